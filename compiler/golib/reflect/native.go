// Package reflect: what reflect asks of the runtime (runtime/src/pkg_reflect.rs and the
// entries compiled code uses, shared through codegen/runtime_abi.rs's aliases), and the
// runtime's error values it panics with.
package reflect

import "unsafe"

// alloc allocates size zeroed bytes for values of type t (one, or an array of them).
func alloc(size uintptr, t *rtype) unsafe.Pointer

// memmove copies n bytes from src to dst.
func memmove(dst, src unsafe.Pointer, n uintptr)

func makemap(t *rtype, hint int) unsafe.Pointer
func maplen(m unsafe.Pointer) int

// mapaccess returns the address of key's value in m, or nil when absent.
func mapaccess(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapassign(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)
func mapiternext(it *hiter)

// mapkeyunhashable returns the dynamic type of the interface key that cannot be hashed.
func mapkeyunhashable(t *rtype, key unsafe.Pointer) *rtype

func chanlen(c unsafe.Pointer) int
func chancap(c unsafe.Pointer) int

// implements reports whether values of type t have every method of interface iface.
func implements(t *rtype, iface *rtype) bool

// typelinks returns the program's table of type descriptors: a count, then that many
// *rtype (compiled by codegen, not a runtime entry).
func typelinks() unsafe.Pointer

// lookupType returns the program's descriptor that match accepts, or nil.
func lookupType(match func(t *rtype) bool) *rtype {
	p := typelinks()
	n := *(*int)(p)
	for i := 0; i < n; i++ {
		t := *(**rtype)(unsafe.Add(p, ptrSize*uintptr(i+1)))
		if match(t) {
			return t
		}
	}
	return nil
}

// runtimeError is the runtime's errorString: a run-time panic's value.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }
func (e runtimeError) RuntimeError() {}

// plainError is the runtime's plainError: a run-time panic printed without "runtime error".
type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}
