// Package log: Go 1.19's log, all of it (the flags Ldate ... LstdFlags, Logger with New,
// Default and every method, and the standard logger's functions Print*, Fatal*, Panic*,
// Output, Flags, SetFlags, Prefix, SetPrefix, Writer, SetOutput), written for deferc.
// Lshortfile and Llongfile name the caller through runtime.Caller's walk, as Go's do. The date and
// time come from the wall clock and the C library's local time zone (localOffset), without
// package time.
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// Flags choosing what begins each line; LstdFlags is the standard logger's.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123.  assumes Ltime.
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23. overrides Llongfile
	LUTC                          // if Ldate or Ltime is set, use UTC rather than the local time zone
	Lmsgprefix                    // move the "prefix" from the beginning of the line to before the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// walltime is the wall clock in nanoseconds since the epoch (the runtime's, as time.Now's).
func walltime() int64

// localOffset is the local time zone's offset from UTC in seconds at Unix time sec
// (runtime/src/pkg_log.rs).
func localOffset(sec int64) int

// A Logger writes lines to an io.Writer, one Write per line; it may be used from several
// goroutines.
type Logger struct {
	mu        sync.Mutex
	prefix    string
	flag      int
	out       io.Writer
	buf       []byte
	isDiscard bool // out == io.Discard: nothing is formatted
}

// New creates a Logger writing to out, each line starting with prefix (or, with Lmsgprefix,
// its message) and the header flag asks for.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag, isDiscard: out == io.Discard}
}

// SetOutput sets the logger's destination.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
	l.isDiscard = w == io.Discard
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level functions.
func Default() *Logger { return std }

// itoa appends i in decimal, zero-padded to wid digits.
func itoa(buf *[]byte, i int, wid int) {
	var b [20]byte
	p := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[p] = byte('0' + i - q*10)
		p--
		i = q
	}
	b[p] = byte('0' + i)
	*buf = append(*buf, b[p:]...)
}

// civil is the calendar date of a day counted from 1970-01-01 (proleptic Gregorian).
func civil(days int64) (year, month, day int) {
	z := days + 719468 // days from 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                // day of the 400-year era
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era
	doy := doe - (365*yoe + yoe/4 - yoe/100)             // day of the year from March 1
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int(mp + 3)
	if month > 12 {
		month -= 12
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return
}

// formatHeader appends the line's header: the prefix (unless Lmsgprefix), date, time, file
// and line as the flags ask, then the prefix with Lmsgprefix.
func (l *Logger) formatHeader(buf *[]byte, now int64, file string, line int) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		sec := now / 1e9
		nsec := now % 1e9
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
		if l.flag&LUTC == 0 {
			sec += int64(localOffset(sec))
		}
		days := sec / 86400
		if sec%86400 < 0 {
			days--
		}
		secs := int(sec - days*86400)
		if l.flag&Ldate != 0 {
			year, month, day := civil(days)
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, month, 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			itoa(buf, secs/3600, 2)
			*buf = append(*buf, ':')
			itoa(buf, secs/60%60, 2)
			*buf = append(*buf, ':')
			itoa(buf, secs%60, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, int(nsec)/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes s as one line (a newline added if missing) after the header. calldepth is
// the number of frames between Output and the call whose file and line Lshortfile and
// Llongfile report (1: Output's caller).
func (l *Logger) Output(calldepth int, s string) error {
	now := walltime()
	var file string
	var line int
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Lshortfile|Llongfile) != 0 {
		l.mu.Unlock()
		var ok bool
		file, line, ok = callerAt(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
		l.mu.Lock()
	}
	l.buf = l.buf[:0]
	l.formatHeader(&l.buf, now, file, line)
	l.buf = append(l.buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

// Printf writes fmt.Sprintf(format, v...) as a line.
func (l *Logger) Printf(format string, v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintf(format, v...))
}

// Print writes fmt.Sprint(v...) as a line.
func (l *Logger) Print(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprint(v...))
}

// Println writes fmt.Sprintln(v...) as a line.
func (l *Logger) Println(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintln(v...))
}

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println followed by panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// Flags returns the logger's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the logger's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Prefix returns the logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Writer returns the logger's destination.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// SetOutput sets the standard logger's destination.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the standard logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the standard logger's destination.
func Writer() io.Writer { return std.Writer() }

// The standard logger's functions call Output themselves (not through the Logger methods),
// so that calldepth 2 names their caller, as in Go.

// Print writes fmt.Sprint(v...) as a line to the standard logger.
func Print(v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprint(v...))
}

// Printf writes fmt.Sprintf(format, v...) as a line to the standard logger.
func Printf(format string, v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprintf(format, v...))
}

// Println writes fmt.Sprintln(v...) as a line to the standard logger.
func Println(v ...any) {
	if std.isDiscard {
		return
	}
	std.Output(2, fmt.Sprintln(v...))
}

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes s with the standard logger; calldepth counts as for Logger.Output, from the
// caller of this function.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}

// callerAt is runtime.Caller for Lshortfile and Llongfile, counting frames as runtime.Caller
// does (this function stands where runtime.Caller would). deferc keeps runtime.Caller itself out of the
// subset until it also reports what Go's does for line directives, deferred calls and
// panicking frames; log's calls are plain calls, which it reports right.
func callerAt(skip int) (file string, line int, ok bool) {
	pc := caller(skip, &file, &line)
	return file, line, pc != 0
}

// caller is the frame walk (runtime/src/traceback.rs caller_impl, through a shim that passes
// its caller's frame).
func caller(skip int, file *string, line *int) uintptr
