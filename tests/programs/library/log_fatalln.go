// log.Fatalln and Logger.Fatal / Fatalln share Output and os.Exit(1); the standard logger's
// Fatalln with Lshortfile names main's line.
package main

import "log"

func main() {
	log.SetFlags(log.Lshortfile)
	log.Fatalln("gone", 42)
}
