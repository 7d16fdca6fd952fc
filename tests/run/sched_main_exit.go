// When main returns the program exits at once with status 0: goroutines that
// are blocked, sleeping or spinning are dropped and their defers never run.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(started chan<- bool, kind string) {
	defer fmt.Println("deferred in the", kind, "goroutine: must not print")
	started <- true
	switch kind {
	case "select":
		select {}
	case "chan":
		<-make(chan int)
	case "sleep":
		time.Sleep(time.Hour)
	case "spin":
		for {
		}
	}
}

func main() {
	defer fmt.Println("main's own defer runs")
	started := make(chan bool)
	for _, k := range []string{"select", "chan", "sleep", "spin"} {
		go worker(started, k)
		<-started
	}
	fmt.Println("main returns with", runtime.NumGoroutine(), "goroutines")
}
