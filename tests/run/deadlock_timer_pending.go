// A pending timer is not a deadlock: main blocks on a channel that only a
// time.AfterFunc callback sends on, and the callback runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { ch <- "from AfterFunc" })
	fmt.Println(<-ch)
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired while main was the only goroutine")
	time.Sleep(5 * time.Millisecond)
	fmt.Println("and a sleep in main alone is no deadlock either")
}
