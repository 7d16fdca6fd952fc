// log.Fatal prints to stderr then calls os.Exit(1): deferred calls do not run.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(0)
	fmt.Println("before fatal")
	log.Fatal("fatal: ", "config missing")
}
