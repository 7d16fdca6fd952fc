// tsan_newproc: the repro of TSAN_NOTES.md's race 1 (make test-tsan).
// A ping-pong through runnext inherits its time slice, so after 10 ms
// sysmon sets preempt on whichever goroutine is running; once that
// goroutine has exited, the next `go` reuses its g and rt_newproc clears
// preempt with a plain store while sysmon may be storing to it. Run with
// GOMAXPROCS=1 under ThreadSanitizer; the output itself is Go's.
package main

import "fmt"

func main() {
	total := 0
	for r := 0; r < 40; r++ {
		ping, pong := make(chan int), make(chan int)
		go func() {
			for i := 0; i < 3000; i++ {
				ping <- i
				<-pong
			}
			close(ping)
		}()
		for v := range ping {
			total += v
			pong <- 0
		}
	}
	fmt.Println(total)
}
