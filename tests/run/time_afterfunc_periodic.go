// An AfterFunc that re-arms itself with Reset from inside its callback.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	count := 0
	var t *time.Timer
	t = time.AfterFunc(2*time.Millisecond, func() {
		count++
		if count < 5 {
			t.Reset(2 * time.Millisecond)
			return
		}
		done <- count
	})
	fmt.Println("callbacks:", <-done)
}
