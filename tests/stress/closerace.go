// closerace: racing close, send and select on one buffered channel.
// Senders send in a loop (some with plain sends, some through a select
// with a second, never-ready channel), recovering the "send on closed
// channel" panic that ends each of them; receivers drain with range and
// with select; several goroutines race to close the channel after a
// while, recovering "close of closed channel". Checks: exactly one close
// succeeds, every sender stopped on that panic, every panic has Go's text,
// and every value sent was received exactly once (counts and sums). Then
// the same race with select-with-default senders on an unbuffered channel.
//
// The race is the point: `go run -race` reports close against send, as Go's
// race detector treats close as a write; the outcome is still defined (the
// send panics), and that is what is checked.
//
// Usage: closerace [ROUNDS]   (default 200 rounds of the race)
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

const senders, receivers, closers = 8, 4, 3

type result struct {
	sent, recv, sentSum, recvSum int64
	sendPanics, closePanics      int64
	closes                       int64
	badPanics                    int64
	// the closers start once threshold values were received (reached
	// closes then); main waits on it rather than polling, so a busy
	// sender cannot starve it
	threshold int64
	reached   chan struct{}
}

// got counts a received value
func (r *result) got(v int) {
	atomic.AddInt64(&r.recvSum, int64(v))
	if atomic.AddInt64(&r.recv, 1) == r.threshold {
		close(r.reached)
	}
}

// recovered, deferred, counts a panic with Go's text msg in *n, any
// other panic in badPanics
func (r *result) recovered(n *int64, msg string) {
	if e := recover(); e != nil {
		if err, ok := e.(error); ok && err.Error() == msg {
			atomic.AddInt64(n, 1)
		} else {
			atomic.AddInt64(&r.badPanics, 1)
		}
	}
}

// send keeps sending until the channel is closed under it
func send(id int, ch chan int, never chan int, r *result, wg *sync.WaitGroup) {
	defer wg.Done()
	defer r.recovered(&r.sendPanics, "send on closed channel")
	for v := id*1000000 + 1; ; v++ {
		if id%2 == 0 {
			ch <- v
		} else {
			select {
			case ch <- v:
			case x := <-never:
				_ = x
			}
		}
		atomic.AddInt64(&r.sent, 1)
		atomic.AddInt64(&r.sentSum, int64(v))
	}
}

func receive(id int, ch chan int, never chan int, r *result, wg *sync.WaitGroup) {
	defer wg.Done()
	if id%2 == 0 {
		for v := range ch {
			r.got(v)
		}
		return
	}
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			r.got(v)
		case <-never:
		}
	}
}

func round(n int, r *result) {
	// let some values through first, a different number each round
	r.threshold, r.reached = int64(n%50), make(chan struct{})
	ch := make(chan int, 4)
	never := make(chan int)
	var sendWG, recvWG, closeWG sync.WaitGroup
	for i := 0; i < senders; i++ {
		sendWG.Add(1)
		go send(i, ch, never, r, &sendWG)
	}
	for i := 0; i < receivers; i++ {
		recvWG.Add(1)
		go receive(i, ch, never, r, &recvWG)
	}
	start := make(chan struct{})
	for i := 0; i < closers; i++ {
		closeWG.Add(1)
		go func() {
			defer closeWG.Done()
			defer r.recovered(&r.closePanics, "close of closed channel")
			<-start
			close(ch)
			atomic.AddInt64(&r.closes, 1)
		}()
	}
	if r.threshold > 0 {
		<-r.reached
	}
	close(start)
	closeWG.Wait()
	sendWG.Wait()
	recvWG.Wait()
}

// the same race with select-with-default senders and an unbuffered channel
func defaultRound(r *result) {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < senders; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer r.recovered(&r.sendPanics, "send on closed channel")
			for v := 1; ; v++ {
				select {
				case ch <- v:
					atomic.AddInt64(&r.sent, 1)
					atomic.AddInt64(&r.sentSum, int64(v))
				default:
					// the receiver, readied into this P's runnext, would
					// otherwise wait for preemption (10 ms) to run
					runtime.Gosched()
				}
			}
		}(i)
	}
	var rwg sync.WaitGroup
	rwg.Add(1)
	go func() {
		defer rwg.Done()
		for k := 0; k < 100; k++ {
			r.got(<-ch)
		}
		close(ch)
		atomic.AddInt64(&r.closes, 1)
	}()
	rwg.Wait()
	wg.Wait()
}

func main() {
	rounds := 200
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	var total result
	for n := 0; n < rounds; n++ {
		var r result
		if n%4 == 3 {
			defaultRound(&r)
		} else {
			round(n, &r)
		}
		ok := r.closes == 1 && r.sendPanics == senders && r.badPanics == 0 &&
			r.sent == r.recv && r.sentSum == r.recvSum
		if n%4 != 3 {
			ok = ok && r.closePanics == closers-1
		}
		if !ok {
			fmt.Printf("round %d: %+v\n", n, r)
			os.Exit(1)
		}
		total.sent += r.sent
		total.closes += r.closes
		total.sendPanics += r.sendPanics
		total.closePanics += r.closePanics
	}
	fmt.Println("rounds:", rounds, "closes:", total.closes, "send panics:", total.sendPanics,
		"close panics:", total.closePanics, "values > 0:", total.sent > 0)
}
