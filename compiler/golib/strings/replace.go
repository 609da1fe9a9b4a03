// Package strings: Replacer (Go 1.19's replace.go, lazy). A Replacer picks, on first use,
// one of Go's four algorithms (a byte table, byte-to-string, a single string, or any
// strings), because they write to an io.Writer in different pieces and a writer can see the
// difference; the replacements themselves are the same: leftmost matches, earlier pairs
// first, no overlaps.
package strings

import (
	"io"
	"sync"
)

// Replacer replaces a list of strings with replacements. It is safe for concurrent use by
// multiple goroutines.
type Replacer struct {
	once   sync.Once
	r      replacer
	oldnew []string
}

// replacer is one of the algorithms.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements
// happen in the order the old strings appear in the target, without overlapping matches;
// old strings are compared in argument order. It panics on an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) buildOnce() {
	r.r = r.build()
	r.oldnew = nil
}

func (b *Replacer) build() replacer {
	oldnew := b.oldnew
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return &singleStringReplacer{old: oldnew[0], value: oldnew[1]}
	}
	allNewBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return makeGenericReplacer(oldnew)
		}
		if len(oldnew[i+1]) != 1 {
			allNewBytes = false
		}
	}
	// Single bytes: later pairs are applied first so that earlier ones win.
	if allNewBytes {
		r := &byteReplacer{}
		for i := range r {
			r[i] = byte(i)
		}
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			r[oldnew[i][0]] = oldnew[i+1][0]
		}
		return r
	}
	r := &byteStringReplacer{toReplace: make([]string, 0, len(oldnew)/2)}
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		o := oldnew[i][0]
		if !r.has[o] {
			r.toReplace = append(r.toReplace, oldnew[i])
		}
		r.has[o] = true
		r.replacements[o] = oldnew[i+1]
	}
	return r
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.once.Do(r.buildOnce)
	return r.r.Replace(s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(r.buildOnce)
	return r.r.WriteString(w, s)
}

// stringWriter writes strings to a writer that has no WriteString.
type stringWriter struct {
	w io.Writer
}

func (w stringWriter) WriteString(s string) (int, error) {
	return w.w.Write([]byte(s))
}

func getStringWriter(w io.Writer) io.StringWriter {
	sw, ok := w.(io.StringWriter)
	if !ok {
		sw = stringWriter{w}
	}
	return sw
}

// appendSliceWriter collects what Replace's algorithms write.
type appendSliceWriter []byte

func (w *appendSliceWriter) Write(p []byte) (int, error) {
	*w = append(*w, p...)
	return len(p), nil
}

func (w *appendSliceWriter) WriteString(s string) (int, error) {
	*w = append(*w, s...)
	return len(s), nil
}

// singleStringReplacer replaces one old string of two or more bytes.
type singleStringReplacer struct {
	old   string
	value string
}

func (r *singleStringReplacer) Replace(s string) string {
	var buf Builder
	i, matched := 0, false
	for {
		match := Index(s[i:], r.old)
		if match == -1 {
			break
		}
		matched = true
		buf.Grow(match + len(r.value))
		buf.WriteString(s[i : i+match])
		buf.WriteString(r.value)
		i += match + len(r.old)
	}
	if !matched {
		return s
	}
	buf.WriteString(s[i:])
	return buf.String()
}

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	var i, wn int
	for {
		match := Index(s[i:], r.old)
		if match == -1 {
			break
		}
		wn, err = sw.WriteString(s[i : i+match])
		n += wn
		if err != nil {
			return
		}
		wn, err = sw.WriteString(r.value)
		n += wn
		if err != nil {
			return
		}
		i += match + len(r.old)
	}
	wn, err = sw.WriteString(s[i:])
	n += wn
	return
}

// byteReplacer maps every byte to one byte.
type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string {
	var buf []byte
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r[b] != b {
			if buf == nil {
				buf = []byte(s)
			}
			buf[i] = r[b]
		}
	}
	if buf == nil {
		return s
	}
	return string(buf)
}

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	// Go writes through a buffer of at most 32 KiB.
	bufsize := 32 << 10
	if len(s) < bufsize {
		bufsize = len(s)
	}
	buf := make([]byte, bufsize)
	for len(s) > 0 {
		ncopy := copy(buf, s)
		s = s[ncopy:]
		for i, b := range buf[:ncopy] {
			buf[i] = r[b]
		}
		wn, err := w.Write(buf[:ncopy])
		n += wn
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// byteStringReplacer maps some bytes to strings.
type byteStringReplacer struct {
	has          [256]bool
	replacements [256]string
	toReplace    []string // the old bytes, each once, as strings
}

// countCutOff: below len(toReplace)*countCutOff bytes, Replace sizes its result by
// looking at every byte rather than counting each old byte.
const countCutOff = 8

func (r *byteStringReplacer) Replace(s string) string {
	newSize := len(s)
	anyChanges := false
	if len(r.toReplace)*countCutOff <= len(s) {
		for _, x := range r.toReplace {
			if c := Count(s, x); c != 0 {
				newSize += c * (len(r.replacements[x[0]]) - 1)
				anyChanges = true
			}
		}
	} else {
		for i := 0; i < len(s); i++ {
			b := s[i]
			if r.has[b] {
				newSize += len(r.replacements[b]) - 1
				anyChanges = true
			}
		}
	}
	if !anyChanges {
		return s
	}
	buf := make([]byte, newSize)
	j := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r.has[b] {
			j += copy(buf[j:], r.replacements[b])
		} else {
			buf[j] = b
			j++
		}
	}
	return string(buf)
}

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !r.has[b] {
			continue
		}
		if last != i {
			nw, err := sw.WriteString(s[last:i])
			n += nw
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		// Go writes the replacement with Write, even to a StringWriter.
		nw, err := w.Write([]byte(r.replacements[b]))
		n += nw
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		var nw int
		nw, err = sw.WriteString(s[last:])
		n += nw
	}
	return
}

// genericReplacer replaces any old strings: at each position, the first pair (in argument
// order) whose old string starts there. Go finds it with a trie; a table of the bytes that
// start an old string skips most positions here, and the pairs are few in practice.
type genericReplacer struct {
	oldnew   []string
	starts   [256]bool // some old string starts with the byte
	hasEmpty bool      // some old string is ""
}

func makeGenericReplacer(oldnew []string) *genericReplacer {
	r := &genericReplacer{oldnew: oldnew}
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			r.hasEmpty = true
		} else {
			r.starts[oldnew[i][0]] = true
		}
	}
	return r
}

// lookup returns the replacement of the first old string that prefixes s, its length, and
// whether there is one; skipEmpty ignores the empty old string (right after an empty match,
// so that the next match moves on).
func (r *genericReplacer) lookup(s string, skipEmpty bool) (val string, keylen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

func (r *genericReplacer) Replace(s string) string {
	buf := make(appendSliceWriter, 0, len(s))
	r.WriteString(&buf, s)
	return string(buf)
}

func (r *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	var last, wn int
	var prevMatchEmpty bool
	for i := 0; i <= len(s); {
		// Without an empty old string, a byte no old string starts with cannot match.
		if i != len(s) && !r.hasEmpty && !r.starts[s[i]] {
			i++
			continue
		}
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			wn, err = sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return
			}
			wn, err = sw.WriteString(val)
			n += wn
			if err != nil {
				return
			}
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return
}
