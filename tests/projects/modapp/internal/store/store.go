// Package store is a tiny key-value store.
package store

import (
	"errors"
	"sort"
)

// ErrMissing is returned for absent keys.
var ErrMissing = errors.New("store: missing key")

var registry = map[string]*DB{}

var initial = seed()

func seed() int {
	println("store: seed runs first")
	return len(registry)
}

// DB maps names to numbers.
type DB struct {
	name string
	data map[string]int
}

// New makes a DB and registers it.
func New(name string) *DB {
	db := &DB{name: name, data: map[string]int{}}
	registry[name] = db
	return db
}

// Count reports how many DBs exist.
func Count() int { return len(registry) + initial }

func (db *DB) Put(k string, v int) { db.data[k] = v }

func (db *DB) Get(k string) (int, bool) {
	v, ok := db.data[k]
	return v, ok
}

// Keys returns the keys in order.
func (db *DB) Keys() []string {
	var ks []string
	for k := range db.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// MustGet panics when the key is missing.
func (db *DB) MustGet(k string) (int, error) {
	v, ok := db.data[k]
	if !ok {
		panic(errors.New("store: no key " + k + " in " + db.name))
	}
	return v, nil
}
