// Package tabwriter: all of Go 1.19's text/tabwriter, the elastic tabstops filter: text is
// collected into cells (tab-terminated) of lines; a column is a block of consecutive lines
// that have a cell in it, and each column is padded to its widest cell. Output, padding,
// escapes and HTML filtering are Go's byte for byte, including what Write and Flush return
// when the output fails (and their "tabwriter: panic during" re-panic of other panics).
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell is a segment of text terminated by a tab or a line break.
type cell struct {
	size  int  // in bytes
	width int  // in runes, escapes and HTML excepted
	htab  bool // terminated by a '\t' (not a '\v')
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output. The zero value must be initialized with Init.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // the text of the cells, without tabs and line breaks
	pos     int      // how far into buf the current cell's width is counted
	cell    cell     // the current, unterminated cell
	endChar byte     // the byte ending the current escape: Escape, '>', ';', or 0 outside one
	lines   [][]cell // the cells of each line
	widths  []int    // the widths of the enclosing columns while formatting
}

// Formatting flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';') as single
	// characters (width = 1).
	FilterHTML uint = 1 << iota
	// Strip Escape characters bracketing escaped text segments instead of passing them
	// through unchanged with the text.
	StripEscape
	// Force right-alignment of cell content. Default is left-alignment.
	AlignRight
	// Handle empty columns as if they were not present in the input in the first place.
	DiscardEmptyColumns
	// Always use tabs for indentation columns (i.e., padding of leading empty cells on the
	// left) independent of padchar.
	TabIndent
	// Print a vertical bar ('|') between columns (after formatting). Discarded columns appear
	// as zero-width columns ("||").
	Debug
)

// Escape is the escape character: text between two of them is passed through unchanged and
// counts as one cell of its width (the escapes too, unless StripEscape).
const Escape = '\xff'

// addLine starts a new line; unless the text was just flushed, its cell slice has room for
// as many cells as the previous line (Go's capacity policy, which only saves allocations).
func (b *Writer) addLine(flushed bool) {
	if n := len(b.lines) + 1; n <= cap(b.lines) {
		b.lines = b.lines[:n]
		b.lines[n-1] = b.lines[n-1][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if !flushed {
		if n := len(b.lines); n >= 2 {
			if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
				b.lines[n-1] = make([]cell, 0, prev)
			}
		}
	}
}

// reset forgets all text, keeping the storage.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[0:0]
	b.widths = b.widths[0:0]
	b.addLine(true)
}

// Init initializes a Writer: output is the filtered output, minwidth the minimal cell width
// including any padding, tabwidth the width of tab characters (equivalent number of spaces),
// padding the padding added to a cell before computing its width, padchar the ASCII char
// used for padding ('\t' means: align cells with tabs, and clears AlignRight), and flags the
// formatting control. It panics if minwidth, tabwidth or padding is negative.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Tab padding enforces left-alignment.
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer (see Init).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// osError carries an error of the output through a panic to Write or Flush.
type osError struct {
	err error
}

// write0 writes buf to the output, panicking with osError if that fails or is short.
func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

// writeN writes n bytes of repetitions of src, in writes of at most len(src) bytes.
func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[0:n])
}

// writePadding pads a cell of width textw to cellw, with padchar, or with tabs (rounding
// cellw up to a tab stop) when padchar is a tab or useTabs.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding is possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeN([]byte("\t\t\t\t\t\t\t\t"), (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[0:], cellw-textw)
}

// writeLines writes lines line0 to line1 (exclusive), whose text starts at buf[pos0], with
// the cells padded to the current column widths; it returns the position after them.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Leading empty cells are indentation, padded with tabs if TabIndent.
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0([]byte{'|'})
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last line has no newline: it is the unterminated current cell.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0([]byte{'\n'})
		}
	}
	return
}

// format writes lines line0 to line1, computing the width of each column block (the lines
// with a cell in column len(widths)) and recursing into the next column inside it.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		line := b.lines[this]
		if column >= len(line)-1 {
			continue
		}
		// A block of this column starts here: the lines before it are done.
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true // every cell of the block is empty and not tab-terminated
		for ; this < line1; this++ {
			line = b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[0 : len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// appendText adds text to the current cell.
func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes the current cell got since the last update.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// startEscape starts an escaped (Escape) or HTML ('<' tag, '&' entity) segment.
func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends the current escaped segment: escaped text counts its runes (not the Escape
// bytes themselves), a tag nothing and an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the current cell and returns the number of cells of its line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

// handlePanic turns an output error's panic into err; any other panic becomes
// "tabwriter: panic during <op>". A Flush that panicked forgets its text.
func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if nerr, ok := e.(osError); ok {
			*err = nerr.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered in
// the Writer is written to output. Any incomplete escape sequence at the end is considered
// complete for formatting purposes.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

// flushNoDefers formats and writes everything collected, then starts afresh.
func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream. Text is collected until a newline that ends a
// line of one cell, or a form feed, flushes it.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0 // the bytes of buf already collected
	for i, ch := range buf {
		if b.endChar != 0 {
			// Inside an escaped segment: only its end matters.
			if ch == b.endChar {
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i // strip the Escape
				}
				b.appendText(buf[n:j])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.appendText(buf[n:i])
			b.updateWidth()
			n = i + 1
			ncells := b.terminateCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.addLine(ch == '\f')
				if ch == '\f' || ncells == 1 {
					// A line without tabs ends every column block: nothing above can change,
					// so write it out; a form feed forces that.
					b.flushNoDefers()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write0([]byte("---\n"))
					}
				}
			}
		case Escape:
			b.appendText(buf[n:i])
			b.updateWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++ // strip the Escape
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.appendText(buf[n:])
	n = len(buf)
	return
}
