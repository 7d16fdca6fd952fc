// workers: 8 workers consume a buffered channel of jobs, each job a little
// CPU work.
//
// main produces 500,000 jobs into a channel of capacity 128; each worker
// receives jobs until the channel is closed and hashes each job number 200
// times (xorshift steps), adding the result into its own sum, sent on
// results when it ends. The total does not depend on which worker did which
// job. The runner times this with GOMAXPROCS=1 and 2: a job (about half a
// microsecond under gc) costs a few channel operations, so the speed-up
// shows how much the shared channel's lock and the handoffs between Ps eat
// into the second P.
package main

import "fmt"

const (
	workers = 8
	jobs    = 500000
	rounds  = 200
)

func work(j uint64) uint64 {
	x := j*2654435761 + 1
	for i := 0; i < rounds; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

func worker(in <-chan uint64, results chan<- uint64) {
	var sum uint64
	for j := range in {
		sum += work(j)
	}
	results <- sum
}

func main() {
	in := make(chan uint64, 128)
	results := make(chan uint64)
	for w := 0; w < workers; w++ {
		go worker(in, results)
	}
	for j := uint64(0); j < jobs; j++ {
		in <- j
	}
	close(in)
	var total uint64
	for w := 0; w < workers; w++ {
		total += <-results
	}
	fmt.Println("workers", workers, jobs, total)
}
