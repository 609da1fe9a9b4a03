// Open-coded defers (Go 1.14's design): a defer statement stores its operands in the frame and
// sets its bit in defer_bits; the exit tests the bits and makes the calls inline. No runtime
// call on the normal path.
//
// codegen: main.unlockOnExit main.twoDefers
// defer_bits is stored once at entry (zero), and for each defer once at its statement (the bit
// set), once at the exit and once in the landing pad's copy of the exit (the bit cleared just
// before the call, so a panic in it does not run it again): 1 + 3 per defer.
// property: main.unlockOnExit defer-bits-stores 4
// property: main.twoDefers defer-bits-stores 7
// property: main.unlockOnExit no-runtime-defer
// pending: Cranelift saves every callee-saved register in a function that has a try_call (the edge to the landing pad clobbers them all), and the deferred call is a try_call; avoiding it needs the calling-convention work of the performance issue
// property: main.unlockOnExit no-callee-saved
package main

type Mutex struct{ held int }

//go:noinline
func (m *Mutex) Lock() { m.held++ }

//go:noinline
func (m *Mutex) Unlock() { m.held-- }

//go:noinline
func unlockOnExit(m *Mutex, x int) int {
	m.Lock()
	defer m.Unlock()
	return x + 1
}

//go:noinline
func twoDefers(m *Mutex, n int) (r int) {
	defer m.Unlock()
	if n > 0 {
		defer func() { r *= 2 }()
	}
	m.Lock()
	m.Lock()
	return n
}

func main() {
	m := &Mutex{}
	println(unlockOnExit(m, 1), twoDefers(m, 3), m.held)
}
