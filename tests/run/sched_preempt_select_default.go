// A goroutine polling in for { select { default: } } with one P: the loop
// is preempted, so a sleeping main and a ticker goroutine still run.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var polls int64
	quit := make(chan bool)
	go func() {
		for {
			select {
			case <-quit:
				return
			default:
				atomic.AddInt64(&polls, 1)
			}
		}
	}()
	ticks := 0
	tk := time.NewTicker(2 * time.Millisecond)
	for ticks < 5 {
		<-tk.C
		ticks++
	}
	tk.Stop()
	close(quit)
	fmt.Println("ticks beside a polling loop:", ticks, "polled:", atomic.LoadInt64(&polls) > 0)
}
