package testing

// matchString reports whether the regular expression pat matches somewhere in s, as
// regexp.MatchString does for -test.run and -test.bench. A small backtracking matcher for
// the syntax such patterns use: literals, `.`, character classes (`[a-z]`, `[^0-9]`, `\d`,
// `\w`, `\s`), `^` and `$`, groups, alternation and the greedy `*`, `+` and `?`. An invalid
// pattern matches nothing.
func matchString(pat, s string) bool {
	p := &reParser{src: pat}
	n := p.alt()
	if p.err || p.pos != len(pat) {
		return false
	}
	for i := 0; i <= len(s); i++ {
		if n.match(s, i, func(int) bool { return true }) {
			return true
		}
	}
	return false
}

type reKind int

const (
	reLit reKind = iota
	reAny
	reClass
	reBegin
	reEnd
	reCat
	reAlt
	reStar
	rePlus
	reQuest
)

type reNode struct {
	kind   reKind
	lit    byte
	ranges [][2]byte
	negate bool
	subs   []*reNode
}

// match calls k with every end position of a match of n starting at i, until k says yes.
func (n *reNode) match(s string, i int, k func(int) bool) bool {
	switch n.kind {
	case reLit:
		return i < len(s) && s[i] == n.lit && k(i+1)
	case reAny:
		return i < len(s) && s[i] != '\n' && k(i+1)
	case reClass:
		if i >= len(s) {
			return false
		}
		in := false
		for _, r := range n.ranges {
			if r[0] <= s[i] && s[i] <= r[1] {
				in = true
				break
			}
		}
		return in != n.negate && k(i+1)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reCat:
		return n.cat(0, s, i, k)
	case reAlt:
		for _, a := range n.subs {
			if a.match(s, i, k) {
				return true
			}
		}
		return false
	case reStar:
		return n.star(s, i, k)
	case rePlus:
		return n.subs[0].match(s, i, func(j int) bool { return j != i && n.star(s, j, k) })
	case reQuest:
		return n.subs[0].match(s, i, k) || k(i)
	}
	return false
}

func (n *reNode) cat(j int, s string, i int, k func(int) bool) bool {
	if j == len(n.subs) {
		return k(i)
	}
	return n.subs[j].match(s, i, func(e int) bool { return n.cat(j+1, s, e, k) })
}

func (n *reNode) star(s string, i int, k func(int) bool) bool {
	if n.subs[0].match(s, i, func(j int) bool { return j != i && n.star(s, j, k) }) {
		return true
	}
	return k(i)
}

type reParser struct {
	src string
	pos int
	err bool
}

func (p *reParser) alt() *reNode {
	alts := []*reNode{p.cat()}
	for p.pos < len(p.src) && p.src[p.pos] == '|' {
		p.pos++
		alts = append(alts, p.cat())
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &reNode{kind: reAlt, subs: alts}
}

func (p *reParser) cat() *reNode {
	n := &reNode{kind: reCat}
	for p.pos < len(p.src) && p.src[p.pos] != '|' && p.src[p.pos] != ')' {
		a := p.atom()
	quantifiers:
		for p.pos < len(p.src) {
			switch p.src[p.pos] {
			case '*':
				a = &reNode{kind: reStar, subs: []*reNode{a}}
			case '+':
				a = &reNode{kind: rePlus, subs: []*reNode{a}}
			case '?':
				a = &reNode{kind: reQuest, subs: []*reNode{a}}
			default:
				break quantifiers
			}
			p.pos++
		}
		n.subs = append(n.subs, a)
	}
	return n
}

var (
	digitRanges = [][2]byte{{'0', '9'}}
	wordRanges  = [][2]byte{{'0', '9'}, {'A', 'Z'}, {'a', 'z'}, {'_', '_'}}
	spaceRanges = [][2]byte{{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}}
)

func (p *reParser) atom() *reNode {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '.':
		return &reNode{kind: reAny}
	case '^':
		return &reNode{kind: reBegin}
	case '$':
		return &reNode{kind: reEnd}
	case '(':
		if p.pos+1 < len(p.src) && p.src[p.pos] == '?' && p.src[p.pos+1] == ':' {
			p.pos += 2
		}
		n := p.alt()
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			p.err = true
			return n
		}
		p.pos++
		return n
	case '[':
		return p.class()
	case '\\':
		if p.pos >= len(p.src) {
			p.err = true
			return &reNode{kind: reCat}
		}
		e := p.src[p.pos]
		p.pos++
		switch e {
		case 'd':
			return &reNode{kind: reClass, ranges: digitRanges}
		case 'D':
			return &reNode{kind: reClass, ranges: digitRanges, negate: true}
		case 'w':
			return &reNode{kind: reClass, ranges: wordRanges}
		case 'W':
			return &reNode{kind: reClass, ranges: wordRanges, negate: true}
		case 's':
			return &reNode{kind: reClass, ranges: spaceRanges}
		case 'S':
			return &reNode{kind: reClass, ranges: spaceRanges, negate: true}
		}
		return &reNode{kind: reLit, lit: e}
	case '*', '+', '?':
		p.err = true
	}
	return &reNode{kind: reLit, lit: c}
}

func (p *reParser) class() *reNode {
	n := &reNode{kind: reClass}
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		n.negate = true
		p.pos++
	}
	first := true
	for p.pos < len(p.src) && (first || p.src[p.pos] != ']') {
		first = false
		lo := p.src[p.pos]
		p.pos++
		if lo == '\\' && p.pos < len(p.src) {
			lo = p.src[p.pos]
			p.pos++
			switch lo {
			case 'd':
				n.ranges = append(n.ranges, digitRanges...)
				continue
			case 'w':
				n.ranges = append(n.ranges, wordRanges...)
				continue
			case 's':
				n.ranges = append(n.ranges, spaceRanges...)
				continue
			}
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			hi = p.src[p.pos+1]
			p.pos += 2
		}
		n.ranges = append(n.ranges, [2]byte{lo, hi})
	}
	if p.pos >= len(p.src) {
		p.err = true
		return n
	}
	p.pos++
	return n
}
