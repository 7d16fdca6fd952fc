// go panic(v): the builtin itself as the goroutine; it panics in the new
// goroutine (exit 2).
package main

import "time"

func main() {
	go panic("from go panic(...)")
	time.Sleep(time.Second)
}
