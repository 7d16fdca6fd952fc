// log.Panic prints the message like Print, then panics with the same text:
// recovered here, then an unrecovered log.Panicln ends the program (exit 2).
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %q\n", r, r)
		}()
		log.Panicf("bad value %d", 7)
	}()
	log.Panicln("giving up", 1)
}
