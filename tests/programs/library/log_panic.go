// log.Panicf not recovered: the line is logged, then Go's panic report for the message.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicf("cannot continue: %d", 3)
}
