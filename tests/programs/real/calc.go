// calc: an expression tokenizer and recursive-descent evaluator with variables, functions and error values.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Number
	Ident
	Op
	LParen
	RParen
)

type Token struct {
	Kind TokenKind
	Text string
	Num  float64
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero, ErrUnknown = errors.New("division by zero"), errors.New("unknown identifier")

var singles = map[byte]TokenKind{'+': Op, '-': Op, '*': Op, '/': Op, '%': Op, '^': Op, '(': LParen, ')': RParen}

func isNum(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c, start := src[i], i
		switch {
		case unicode.IsSpace(rune(c)):
			i++
		case isNum(c):
			for i < len(src) && isNum(src[i]) {
				i++
			}
			f, err := strconv.ParseFloat(src[start:i], 64)
			if err != nil {
				return nil, &SyntaxError{start, "bad number " + strconv.Quote(src[start:i])}
			}
			toks = append(toks, Token{Number, src[start:i], f, start})
		case unicode.IsLetter(rune(c)) || c == '_':
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || src[i] == '_' || isNum(src[i]) && src[i] != '.') {
				i++
			}
			toks = append(toks, Token{Kind: Ident, Text: src[start:i], Pos: start})
		default:
			k, ok := singles[c]
			if !ok {
				return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
			}
			toks = append(toks, Token{Kind: k, Text: string(c), Pos: i})
			i++
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

var funcs = map[string]func(float64) float64{
	"sqrt": math.Sqrt, "abs": math.Abs, "log": math.Log, "floor": math.Floor,
}

var binops = map[string]struct {
	prec int
	fn   func(a, b float64) float64
}{
	"+": {1, func(a, b float64) float64 { return a + b }},
	"-": {1, func(a, b float64) float64 { return a - b }},
	"*": {2, func(a, b float64) float64 { return a * b }},
	"/": {2, func(a, b float64) float64 { return a / b }},
	"%": {2, math.Mod},
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr parses binary operators of precedence >= min, left-associatively.
func (p *parser) expr(min int) (float64, error) {
	lhs, err := p.unary()
	// Unknown operators have precedence 0 and so end the loop.
	for err == nil && binops[p.peek().Text].prec >= min {
		t := p.next()
		op := binops[t.Text]
		rhs, err := p.expr(op.prec + 1)
		if err != nil {
			return 0, err
		}
		if rhs == 0 && (t.Text == "/" || t.Text == "%") {
			return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
		}
		lhs = op.fn(lhs, rhs)
	}
	return lhs, err
}

// unary := "-" unary | primary [ "^" unary ]
func (p *parser) unary() (float64, error) {
	if t := p.peek(); t.Kind == Op && t.Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	base, err := p.primary()
	if err == nil && p.peek().Text == "^" {
		p.next()
		exp, err := p.unary()
		return math.Pow(base, exp), err
	}
	return base, err
}

// primary := number | ident | ident "(" expr ")" | "(" expr ")"
func (p *parser) primary() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == Number:
		return t.Num, nil
	case t.Kind == LParen:
		v, err := p.expr(1)
		if err == nil && p.next().Kind != RParen {
			err = &SyntaxError{p.toks[p.pos-1].Pos, "expected )"}
		}
		return v, err
	case t.Kind == Ident && p.peek().Kind == LParen:
		fn, ok := funcs[t.Text]
		if !ok {
			return 0, fmt.Errorf("function %q: %w", t.Text, ErrUnknown)
		}
		p.next() // "("
		arg, err := p.expr(1)
		if err == nil && p.next().Kind != RParen {
			err = &SyntaxError{p.toks[p.pos-1].Pos, t.Text + " takes one argument"}
		}
		return fn(arg), err
	case t.Kind == Ident:
		if v, ok := p.vars[t.Text]; ok {
			return v, nil
		}
		return 0, fmt.Errorf("%q: %w", t.Text, ErrUnknown)
	}
	return 0, &SyntaxError{t.Pos, fmt.Sprintf("unexpected token %q", t.Text)}
}

func Eval(src string, vars map[string]float64) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = &SyntaxError{p.peek().Pos, "trailing input " + strconv.Quote(p.peek().Text)}
	}
	return v, err
}

func main() {
	vars := map[string]float64{"pi": math.Pi, "x": 3, "rate": 0.075}
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-2 ^ 2", "2 ^ 3 ^ 2", "10 / 4", "10 % 4", "8 - 3 - 2",
		"sqrt(16) + abs(-3)", "floor(x / 2)", "pi * x ^ 2", "1000 * (1 + rate) ^ 10",
		"--x", "1 / (x - 3)", "y + 1", "foo(2)", "2 * (3 + 4", "3 $ 4", "1.2.3",
		"4 5", "sqrt()", "abs(1 2)", "7 % 0", "log(0)", "log(100) / log(10)", "sqrt(-1)", ")",
	}
	for _, in := range inputs {
		v, err := Eval(in, vars)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-24s = %g\n", in, v)
		case errors.As(err, &se):
			fmt.Printf("%-24s ! syntax (pos %d): %s\n", in, se.Pos, se.Msg)
		case errors.Is(err, ErrDivZero), errors.Is(err, ErrUnknown):
			fmt.Printf("%-24s ! eval: %v\n", in, err)
		}
	}
}
