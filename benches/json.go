// encoding/json, a valid Go program: `go run benches/json.go` and `deferc run benches/json.go`
// print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// The data is 1,000 records (strings with HTML and non-ASCII characters, ints, floats, a bool,
// a nested struct, an optional pointer, a slice, a map, tags with omitempty and "-"). One
// operation of BenchmarkJSONMarshal is json.Marshal of the 1,000 records, of
// BenchmarkJSONUnmarshal json.Unmarshal of that document into []Record, of
// BenchmarkJSONRoundTrip both. Each benchmark doubles its iteration count until one timed run
// takes at least 200 ms. A checksum of the bytes and decoded values is printed first, so the
// two implementations are seen to do the same work.
package main

import (
	json "encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"
)

const minNs = 200 * 1000 * 1000

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    int    `json:"zip,omitempty"`
}

type Record struct {
	ID     int64          `json:"id"`
	Name   string         `json:"name"`
	Email  string         `json:"email,omitempty"`
	Score  float64        `json:"score"`
	Ratio  float32        `json:"ratio"`
	Active bool           `json:"active"`
	Level  uint8          `json:"level"`
	Tags   []string       `json:"tags"`
	Attrs  map[string]int `json:"attrs"`
	Addr   Address        `json:"address"`
	Prev   *Address       `json:"prev,omitempty"`
	Note   string         `json:"-"`
}

// lcg is a small deterministic generator.
type lcg uint64

func (l *lcg) next() uint64 {
	*l = *l*6364136223846793005 + 1442695040888963407
	return uint64(*l >> 17)
}

var words = []string{"alpha", "beta", "gamma", "delta", "<tag>", "café", "zeta", "eta", "théta", "iota & kappa", "\"q\"", "line\nbreak"}

func makeRecords(n int) []Record {
	var g lcg = 42
	rs := make([]Record, n)
	for i := range rs {
		r := &rs[i]
		r.ID = int64(g.next()%1000000) - 500000
		r.Name = words[g.next()%uint64(len(words))] + " " + strconv.Itoa(i)
		if g.next()%3 != 0 {
			r.Email = "user" + strconv.Itoa(i) + "@example.com"
		}
		r.Score = float64(g.next()%100000) / 7.0
		r.Ratio = float32(g.next()%1000) / 1000
		r.Active = g.next()%2 == 0
		r.Level = uint8(g.next())
		nt := int(g.next() % 5)
		r.Tags = make([]string, nt)
		for j := range r.Tags {
			r.Tags[j] = words[g.next()%uint64(len(words))]
		}
		r.Attrs = map[string]int{}
		for j := int(g.next() % 4); j > 0; j-- {
			r.Attrs[words[g.next()%uint64(len(words))]] = int(g.next() % 1000)
		}
		r.Addr = Address{Street: strconv.Itoa(int(g.next()%999)) + " Main St", City: words[g.next()%uint64(len(words))], Zip: int(g.next() % 99999)}
		if g.next()%4 == 0 {
			r.Prev = &Address{Street: "Old Rd", City: "Nowhere"}
		}
		r.Note = "not encoded"
	}
	return rs
}

func checksum(b []byte, back []Record) uint64 {
	var sum uint64
	for _, c := range b {
		sum = sum*31 + uint64(c)
	}
	for i := range back {
		r := &back[i]
		sum += uint64(r.ID) + uint64(len(r.Name)) + uint64(r.Score*1000) + uint64(len(r.Tags)) + uint64(len(r.Attrs)) + uint64(r.Addr.Zip) + uint64(r.Level)
		if r.Active {
			sum++
		}
		if r.Prev != nil {
			sum += 7
		}
	}
	return sum
}

func run(name string, body func(n int)) {
	n := 1
	for {
		start := time.Now()
		body(n)
		ns := time.Since(start).Nanoseconds()
		if ns >= minNs {
			fmt.Printf("%s %d %.2f ns/op\n", name, n, float64(ns)/float64(n))
			return
		}
		n *= 2
	}
}

func must(err error) {
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}

func main() {
	recs := makeRecords(1000)
	doc, err := json.Marshal(recs)
	must(err)
	var back []Record
	must(json.Unmarshal(doc, &back))
	fmt.Printf("# %d bytes, checksum %d\n", len(doc), checksum(doc, back))
	run("BenchmarkJSONMarshal", func(n int) {
		for i := 0; i < n; i++ {
			_, err := json.Marshal(recs)
			must(err)
		}
	})
	run("BenchmarkJSONUnmarshal", func(n int) {
		for i := 0; i < n; i++ {
			var out []Record
			must(json.Unmarshal(doc, &out))
		}
	})
	run("BenchmarkJSONRoundTrip", func(n int) {
		for i := 0; i < n; i++ {
			b, err := json.Marshal(recs)
			must(err)
			var out []Record
			must(json.Unmarshal(b, &out))
		}
	})
}
