package store

import "fmt"

// String formats a DB; this file imports fmt, the other does not.
func (db *DB) String() string {
	return fmt.Sprintf("DB(%s, %d keys)", db.name, len(db.data))
}

func init() {
	fmt.Println("init store (format.go)")
}
