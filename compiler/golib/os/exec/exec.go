// Package exec runs external commands, as Go 1.19's os/exec does. deferc runs every goroutine
// on one thread, so a command runs to completion when it is started (Start spawns it, feeds
// it Stdin, collects its output and waits; Wait then delivers the output to Stdout and
// Stderr): programs that talk to a command while it runs, through pipes, are not served.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// ErrNotFound is the error resulting if a path search failed to find an executable file.
var ErrNotFound = errors.New("executable file not found in $PATH")

// Error is returned by LookPath when it fails to classify a file as an executable.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string {
	return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	*os.ProcessState
	Stderr []byte
}

func (e *ExitError) Error() string {
	return e.ProcessState.String()
}

// Cmd represents an external command being prepared or run.
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	ExtraFiles   []*os.File
	Process      *os.Process
	ProcessState *os.ProcessState
	Err          error

	ctx      context.Context
	started  bool
	finished bool
	out      []byte
	errOut   []byte
	combined bool
	waitErr  error
}

// Command returns the Cmd struct to execute the named program with the given arguments.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{
		Path: name,
		Args: append([]string{name}, arg...),
	}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			cmd.Path = lp
		}
		if err != nil {
			cmd.Err = err
		}
	}
	return cmd
}

// CommandContext is like Command but includes a context: a context done before the
// command starts makes Start fail with the context's error.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	cmd := Command(name, arg...)
	cmd.ctx = ctx
	return cmd
}

// String returns a human-readable description of c.
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	b := new(strings.Builder)
	b.WriteString(c.Path)
	for _, a := range c.Args[1:] {
		b.WriteByte(' ')
		b.WriteString(a)
	}
	return b.String()
}

func findExecutable(file string) error {
	d, err := os.Stat(file)
	if err != nil {
		return err
	}
	m := d.Mode()
	if m.IsDir() {
		return syscall.EISDIR
	}
	if m&0111 != 0 {
		return nil
	}
	return fs.ErrPermission
}

// LookPath searches for an executable named file in the directories named by the PATH
// environment variable.
func LookPath(file string) (string, error) {
	if strings.Contains(file, "/") {
		err := findExecutable(file)
		if err == nil {
			return file, nil
		}
		return "", &Error{file, err}
	}
	path := os.Getenv("PATH")
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		path := filepath.Join(dir, file)
		if err := findExecutable(path); err == nil {
			return path, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}

// spawnReq is what runtime/src/pkg_exec.rs reads and fills (its SpawnReq, field for field).
type spawnReq struct {
	path     string
	argv     []string
	env      []string
	dir      string
	stdin    []byte
	combined bool
	stdout   []byte
	stderr   []byte
	pid      int
	status   int // the wait status, as waitpid returns it
	errno    int // spawning failed (no process ran)
}

func spawn(r *spawnReq)

// Start starts the specified command (and, in deferc, runs it to completion).
func (c *Cmd) Start() error {
	if c.Err != nil {
		return c.Err
	}
	if c.Path == "" && c.Args == nil {
		return errors.New("exec: no command")
	}
	if c.started {
		return errors.New("exec: already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			return c.ctx.Err()
		default:
		}
	}
	c.started = true
	var in []byte
	if c.Stdin != nil {
		if f, ok := c.Stdin.(*os.File); !ok || f != nil {
			b, err := io.ReadAll(c.Stdin)
			if err != nil {
				return err
			}
			in = b
		}
	}
	env := c.Env
	if env == nil {
		env = os.Environ()
	}
	r := &spawnReq{path: c.Path, argv: c.Args, env: env, dir: c.Dir, stdin: in}
	r.combined = c.Stdout != nil && c.Stdout == c.Stderr
	spawn(r)
	if r.errno != 0 {
		err := syscall.Errno(r.errno)
		if c.Dir != "" {
			if _, serr := os.Stat(c.Dir); serr != nil {
				return &fs.PathError{Op: "chdir", Path: c.Dir, Err: err}
			}
		}
		return &fs.PathError{Op: "fork/exec", Path: c.Path, Err: err}
	}
	c.Process = &os.Process{Pid: r.pid}
	// os.ProcessState's first two fields are the pid and the wait status (compiler/golib/os
	// proc.go); os has no constructor for them, as Go's has none either.
	ps := new(os.ProcessState)
	*(*[2]int)(unsafe.Pointer(ps)) = [2]int{r.pid, r.status}
	c.ProcessState = ps
	c.out = r.stdout
	c.errOut = r.stderr
	c.combined = r.combined
	return nil
}

// Wait waits for the command to exit and delivers its output to Stdout and Stderr.
func (c *Cmd) Wait() error {
	if !c.started {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	var copyErr error
	if c.Stdout != nil && len(c.out) > 0 {
		_, copyErr = c.Stdout.Write(c.out)
	}
	if c.Stderr != nil && !c.combined && len(c.errOut) > 0 {
		if _, err := c.Stderr.Write(c.errOut); copyErr == nil {
			copyErr = err
		}
	}
	if !c.ProcessState.Success() {
		return &ExitError{ProcessState: c.ProcessState}
	}
	return copyErr
}

// Run starts the specified command and waits for it to complete.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Output runs the command and returns its standard output.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout bytes.Buffer
	c.Stdout = &stdout
	captureErr := c.Stderr == nil
	var stderr bytes.Buffer
	if captureErr {
		c.Stderr = &stderr
	}
	err := c.Run()
	if err != nil && captureErr {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = stderr.Bytes()
		}
	}
	return stdout.Bytes(), err
}

// CombinedOutput runs the command and returns its combined standard output and standard
// error.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// Environ returns a copy of the environment in which the command would be run.
func (c *Cmd) Environ() []string {
	if c.Env != nil {
		return append([]string(nil), c.Env...)
	}
	return os.Environ()
}
