// 2000 timers, half stopped before they fire: exactly the other half fire.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var fired int32
	var wg sync.WaitGroup
	timers := make([]*time.Timer, 2000)
	for i := range timers {
		d := time.Duration(20+i%10) * time.Millisecond
		if i%2 == 0 {
			wg.Add(1)
			timers[i] = time.AfterFunc(d, func() {
				atomic.AddInt32(&fired, 1)
				wg.Done()
			})
		} else {
			timers[i] = time.AfterFunc(d, func() { atomic.AddInt32(&fired, 1000000) })
		}
	}
	stopped := 0
	for i := 1; i < len(timers); i += 2 {
		if timers[i].Stop() {
			stopped++
		}
	}
	wg.Wait()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stopped", stopped, "fired", atomic.LoadInt32(&fired))

	// Channel timers, received in deadline order.
	chans := make([]<-chan time.Time, 5)
	for i := range chans {
		chans[i] = time.After(time.Duration(5-i) * 4 * time.Millisecond)
	}
	var order []int
	for len(order) < 5 {
		for i, c := range chans {
			select {
			case <-c:
				order = append(order, i)
				chans[i] = nil
			default:
			}
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Println("fired in deadline order:", order[0] == 4 && order[4] == 0)
}
