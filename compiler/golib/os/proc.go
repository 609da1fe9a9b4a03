// Package os: processes (Process, ProcessState), as package os/exec reports the commands it
// runs.
package os

import (
	"errors"
	"strconv"
	"syscall"
	"time"
)

// Process stores the information about a process created by StartProcess (os/exec).
type Process struct {
	Pid  int
	done bool
}

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// Kill causes the Process to exit immediately. The commands deferc runs have finished by the
// time a Process exists.
func (p *Process) Kill() error { return ErrProcessDone }

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error { return ErrProcessDone }

// Release releases any resources associated with the Process p.
func (p *Process) Release() error { return nil }

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal()
}

// ProcessState stores information about a process, as reported by Wait. os/exec fills the
// first two fields (its spawn's pid and wait status).
type ProcessState struct {
	pid    int
	status int
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

func (p *ProcessState) exited() bool   { return p.status&0x7f == 0 }
func (p *ProcessState) signaled() bool { s := p.status & 0x7f; return s != 0 && s != 0x7f }

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool { return p.exited() }

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.exited() && p.ExitCode() == 0 }

// ExitCode returns the exit code of the exited process, or -1 if it was terminated by a
// signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	if !p.exited() {
		return -1
	}
	return (p.status >> 8) & 0xff
}

// Sys returns system-dependent exit information (a syscall.WaitStatus).
func (p *ProcessState) Sys() any { return syscall.WaitStatus(p.status) }

// SysUsage returns system-dependent resource usage information (none in deferc).
func (p *ProcessState) SysUsage() any { return nil }

// UserTime returns the user CPU time of the exited process (not measured by deferc).
func (p *ProcessState) UserTime() time.Duration { return 0 }

// SystemTime returns the system CPU time of the exited process (not measured by deferc).
func (p *ProcessState) SystemTime() time.Duration { return 0 }

var signalNames = [...]string{
	1: "hangup", 2: "interrupt", 3: "quit", 4: "illegal instruction",
	5: "trace/breakpoint trap", 6: "aborted", 7: "bus error", 8: "floating point exception",
	9: "killed", 10: "user defined signal 1", 11: "segmentation fault",
	12: "user defined signal 2", 13: "broken pipe", 14: "alarm clock", 15: "terminated",
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	res := ""
	switch {
	case p.exited():
		res = "exit status " + strconv.Itoa(p.ExitCode())
	case p.signaled():
		sig := p.status & 0x7f
		if sig < len(signalNames) && signalNames[sig] != "" {
			res = "signal: " + signalNames[sig]
		} else {
			res = "signal: signal " + strconv.Itoa(sig)
		}
	}
	if p.status&0x80 != 0 {
		res += " (core dumped)"
	}
	return res
}
