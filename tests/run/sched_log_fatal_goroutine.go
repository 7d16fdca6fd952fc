// log.Fatal in a goroutine: message on stderr, exit status 1.
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	done := make(chan bool)
	go func() {
		log.Fatal("fatal from a goroutine")
		done <- true
	}()
	<-done
	fmt.Println("never")
}
