// Package runtime: the frames of the running goroutine as Go 1.19's extern.go and symtab.go
// give them: Caller, Callers, CallersFrames, FuncForPC. The runtime walks the frames and
// knows the compiled functions (runtime/src/symtab.rs).
package runtime

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. The argument skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller. The return values report the program counter, file name,
// and line number within the file of the corresponding call. The boolean ok is false if it
// was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	n := callers(skip+1, &rpc[0], 1)
	if n < 1 {
		return
	}
	frame, _ := CallersFrames(rpc[:]).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

// Callers fills the slice pc with the return program counters of function invocations on
// the calling goroutine's stack. The argument skip is the number of stack frames to skip
// before recording in pc, with 0 identifying the frame for Callers itself and 1 identifying
// the caller of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, &pc[0], len(pc))
}

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	// callers is a slice of PCs that have not yet been expanded to frames.
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame. For a frame that calls
	// another frame, this will be the program counter of a call instruction.
	PC uintptr

	// Func is the Func value of this call frame. This may be nil for non-Go code or fully
	// inlined functions.
	Func *Func

	// Function is the package path-qualified function name of this call frame. If non-empty,
	// this string uniquely identifies a single function in the program.
	Function string

	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int

	// Entry point program counter for the function; may be zero if not known.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values, and
// whether there are more frames: more is false when this frame is the last one (pcs of no
// known function are passed over, as Go passes them).
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := findfunc(pc)
		if f == nil {
			continue
		}
		entry := funcEntry(f)
		if pc > entry {
			// The pcs are return addresses: the frame is at the call before it.
			pc--
		}
		frame = Frame{
			PC:       pc,
			Func:     f,
			Function: funcName(f),
			File:     funcFile(f),
			Line:     funcLine(f, pc),
			Entry:    entry,
		}
		if frame.Function == "runtime.Callers" {
			// Go's frame 0 of Callers is inlined code (callers in Callers): no Func.
			frame.Func = nil
		}
		for len(ci.callers) > 0 && findfunc(ci.callers[0]) == nil {
			ci.callers = ci.callers[1:]
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	return findfunc(pc)
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f)
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	nilcheck(f)
	return funcEntry(f)
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc. The result will not be accurate if pc is not a program counter within
// f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	nilcheck(f)
	return funcFile(f), funcLine(f, pc)
}

// nilcheck faults as Go's methods do on a nil *Func.
func nilcheck(f *Func) {
	if f == nil {
		var p *int
		*p = 0
	}
}

func callers(skip int, buf *uintptr, n int) int
func findfunc(pc uintptr) *Func
func funcName(f *Func) string
func funcEntry(f *Func) uintptr
func funcFile(f *Func) string
func funcLine(f *Func, pc uintptr) int
