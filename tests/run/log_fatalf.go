// log.Fatalf with a prefix: one line on stderr, exit status 1.
package main

import (
	"log"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("svc: ")
	log.Fatalf("port %d in use", 8080)
}
