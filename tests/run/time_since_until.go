// time.Since and time.Until around sleeps; Sub, Add, Before/After on the
// monotonic clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("Since >= 10ms:", el >= 10*time.Millisecond, "and < 1s:", el < time.Second)
	fmt.Println("Sub agrees with Since:", time.Now().Sub(start) >= el)

	deadline := time.Now().Add(50 * time.Millisecond)
	u := time.Until(deadline)
	fmt.Println("Until a future time is positive:", u > 0, u <= 50*time.Millisecond)
	time.Sleep(time.Until(deadline))
	fmt.Println("Until after the deadline is <= 0:", time.Until(deadline) <= 0)
	fmt.Println("Now is after the deadline:", time.Now().After(deadline), deadline.Before(time.Now()))

	past := start.Add(-time.Hour)
	fmt.Println("Since an hour ago:", time.Since(past).Round(time.Hour))
	fmt.Println("Until an hour ago:", time.Until(past).Round(time.Hour))
	fmt.Println("Equal to itself:", start.Equal(start), start.Sub(start))
}
