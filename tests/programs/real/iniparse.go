// iniparse: a small INI parser with line-numbered errors, %w wrapping and errors.Is/As checks.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

var (
	ErrSyntax    = errors.New("syntax error")
	ErrDuplicate = errors.New("duplicate key")
	ErrNotFound  = errors.New("key not found")
)

// ParseError records where in the input a problem was found.
type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %v (%q)", e.Line, e.Err, e.Text)
}

func (e *ParseError) Unwrap() error { return e.Err }

type Config struct {
	sections map[string]map[string]string
	order    []string
}

func Parse(r io.Reader) (*Config, error) {
	cfg := &Config{sections: map[string]map[string]string{}}
	section := ""
	cfg.sections[section] = map[string]string{}
	cfg.order = append(cfg.order, section)

	sc := bufio.NewScanner(r)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				return nil, &ParseError{lineNo, raw, fmt.Errorf("%w: malformed section header", ErrSyntax)}
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.sections[section]; !ok {
				cfg.sections[section] = map[string]string{}
				cfg.order = append(cfg.order, section)
			}
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			return nil, &ParseError{lineNo, raw, fmt.Errorf("%w: expected key = value", ErrSyntax)}
		}
		key := strings.ToLower(strings.TrimSpace(line[:eq]))
		val := strings.TrimSpace(line[eq+1:])
		if key == "" {
			return nil, &ParseError{lineNo, raw, fmt.Errorf("%w: empty key", ErrSyntax)}
		}
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		if _, dup := cfg.sections[section][key]; dup {
			return nil, &ParseError{lineNo, raw, fmt.Errorf("%w %q in section [%s]", ErrDuplicate, key, section)}
		}
		cfg.sections[section][key] = val
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	return cfg, nil
}

func (c *Config) Get(section, key string) (string, error) {
	s, ok := c.sections[section]
	if !ok {
		return "", fmt.Errorf("section [%s]: %w", section, ErrNotFound)
	}
	v, ok := s[key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", section, key, ErrNotFound)
	}
	return v, nil
}

func (c *Config) Int(section, key string) (int, error) {
	v, err := c.Get(section, key)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", section, key, err)
	}
	return n, nil
}

func (c *Config) Dump() {
	for _, name := range c.order {
		keys := make([]string, 0, len(c.sections[name]))
		for k := range c.sections[name] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if name == "" {
			fmt.Println("(global)")
		} else {
			fmt.Printf("[%s]\n", name)
		}
		for _, k := range keys {
			fmt.Printf("  %-10s = %q\n", k, c.sections[name][k])
		}
	}
}

const good = `; sample configuration
name = demo
[server]
Host = localhost
port = 8080
motd = "hello, \"world\"\n"
[database]
# connection settings
user = admin
pool = 12
timeout = 3x
`

var bad = []string{
	"[server]\nport = 1\nport = 2\n",
	"a = 1\n[broken\nb = 2\n",
	"x = 1\n\njust some words\n",
	"[s]\n = nothing\n",
}

func main() {
	cfg, err := Parse(strings.NewReader(good))
	if err != nil {
		fmt.Println("unexpected:", err)
		return
	}
	cfg.Dump()
	fmt.Println()

	lookups := [][2]string{
		{"server", "port"}, {"database", "pool"}, {"database", "timeout"},
		{"server", "missing"}, {"cache", "size"},
	}
	for _, l := range lookups {
		n, err := cfg.Int(l[0], l[1])
		var numErr *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%s.%s -> %d\n", l[0], l[1], n)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%s.%s -> not found: %v\n", l[0], l[1], err)
		case errors.As(err, &numErr):
			fmt.Printf("%s.%s -> bad number %q (func %s): %v\n", l[0], l[1], numErr.Num, numErr.Func, numErr.Err)
		default:
			fmt.Printf("%s.%s -> other error: %v\n", l[0], l[1], err)
		}
	}
	fmt.Println()

	for i, src := range bad {
		_, err := Parse(strings.NewReader(src))
		fmt.Printf("input #%d: %v\n", i+1, err)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  at line %d, syntax=%t duplicate=%t\n",
				pe.Line, errors.Is(err, ErrSyntax), errors.Is(err, ErrDuplicate))
		}
		wrapped := fmt.Errorf("loading input #%d: %w", i+1, err)
		fmt.Printf("  wrapped still matches ParseError: %t\n", errors.As(wrapped, &pe))
	}
}
