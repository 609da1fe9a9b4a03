// txstore: a fake transactional key-value store exercising defer, recover, named results and cleanup order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrConflict = errors.New("write conflict")
var ErrClosed = errors.New("transaction closed")

type Store struct {
	data    map[string]int
	version int
	locks   map[string]bool
	log     []string
}

func (s *Store) logf(format string, args ...interface{}) {
	s.log = append(s.log, fmt.Sprintf(format, args...))
}

// acquire locks a named resource and returns its release function.
func (s *Store) acquire(name string) (release func(), err error) {
	if s.locks[name] {
		return nil, fmt.Errorf("acquire %s: %w", name, ErrConflict)
	}
	s.locks[name] = true
	s.logf("  acquire %s", name)
	return func() {
		delete(s.locks, name)
		s.logf("  release %s", name)
	}, nil
}

type Tx struct {
	store   *Store
	writes  map[string]int
	closed  bool
	started int
}

func (s *Store) Begin() *Tx {
	s.logf("  begin v%d", s.version)
	return &Tx{store: s, writes: map[string]int{}, started: s.version}
}

func (tx *Tx) Set(k string, v int) error {
	if tx.closed {
		return ErrClosed
	}
	tx.writes[k] = v
	return nil
}

func (tx *Tx) Get(k string) int {
	if v, ok := tx.writes[k]; ok {
		return v
	}
	return tx.store.data[k]
}

func (tx *Tx) Commit() error {
	if tx.closed {
		return ErrClosed
	}
	tx.closed = true
	if tx.store.version != tx.started {
		return fmt.Errorf("commit at v%d, store at v%d: %w", tx.started, tx.store.version, ErrConflict)
	}
	keys := make([]string, 0, len(tx.writes))
	for k := range tx.writes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		tx.store.data[k] = tx.writes[k]
	}
	tx.store.version++
	tx.store.logf("  commit %d keys -> v%d", len(keys), tx.store.version)
	return nil
}

func (tx *Tx) Rollback() {
	if tx.closed {
		return
	}
	tx.closed = true
	tx.store.logf("  rollback %d pending writes", len(tx.writes))
}

// Run executes fn inside a transaction. Panics in fn become errors, the
// transaction is rolled back on any error, and all resources are released
// in reverse order of acquisition.
func (s *Store) Run(name string, resources []string, fn func(tx *Tx) error) (err error) {
	s.logf("run %s", name)
	defer func() { s.logf("  done %s err=%v", name, err) }()

	for _, r := range resources {
		release, aerr := s.acquire(r)
		if aerr != nil {
			return fmt.Errorf("%s: %w", name, aerr)
		}
		defer release()
	}

	tx := s.Begin()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: panic: %v", name, p)
		}
		if err != nil {
			tx.Rollback()
			return
		}
		err = tx.Commit()
	}()

	return fn(tx)
}

func transfer(from, to string, amount int) func(tx *Tx) error {
	return func(tx *Tx) error {
		if tx.Get(from) < amount {
			return fmt.Errorf("insufficient funds in %s: have %d, need %d", from, tx.Get(from), amount)
		}
		tx.Set(from, tx.Get(from)-amount)
		tx.Set(to, tx.Get(to)+amount)
		return nil
	}
}

func countDown(n int) (trace []string) {
	for i := 0; i < n; i++ {
		defer func(i int) { trace = append(trace, fmt.Sprint("d", i)) }(i)
	}
	return []string{"body"}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func main() {
	s := &Store{data: map[string]int{}, locks: map[string]bool{}}
	results := []error{
		s.Run("seed", []string{"accounts"}, func(tx *Tx) error {
			tx.Set("alice", 100)
			tx.Set("bob", 50)
			return nil
		}),
		s.Run("pay-bob", []string{"accounts", "audit"}, transfer("alice", "bob", 30)),
		s.Run("overdraw", []string{"accounts"}, transfer("bob", "carol", 500)),
		s.Run("crash", []string{"accounts", "audit", "mail"}, func(tx *Tx) error {
			tx.Set("alice", 0)
			var m map[string]int
			m["boom"] = 1 // nil map write panics
			return nil
		}),
		s.Run("index", []string{"idx"}, func(tx *Tx) error {
			tx.Set("carol", tx.Get("alice")/7)
			panic(fmt.Sprintf("custom failure %d", 7))
		}),
	}

	// Simulate a lock left held by another process.
	s.locks["accounts"] = true
	results = append(results, s.Run("blocked", []string{"audit", "accounts"}, transfer("bob", "alice", 1)))
	delete(s.locks, "accounts")

	tx := s.Begin()
	tx.Set("dave", 1)
	s.version++ // someone else committed meanwhile
	results = append(results, tx.Commit(), tx.Set("dave", 2))

	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("--- results ---")
	for i, err := range results {
		fmt.Printf("%d: %v conflict=%t closed=%t\n", i, err, errors.Is(err, ErrConflict), errors.Is(err, ErrClosed))
	}
	fmt.Println("--- final state ---")
	for _, k := range []string{"alice", "bob", "carol", "dave"} {
		v, ok := s.data[k]
		fmt.Printf("%-6s %4d present=%t\n", k, v, ok)
	}
	fmt.Printf("version=%d locks held=%d\n", s.version, len(s.locks))
	fmt.Println("countDown:", countDown(4))
	q, err := safeDiv(10, 0)
	fmt.Println("safeDiv(10,0):", q, err)
	q, err = safeDiv(10, 3)
	fmt.Println("safeDiv(10,3):", q, err)
}
