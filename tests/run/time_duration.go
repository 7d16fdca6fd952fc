// time.Duration: String for many magnitudes, conversions, Round, Truncate,
// arithmetic with constants.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1500 * time.Microsecond, time.Second, 1500 * time.Millisecond,
		time.Minute, 90 * time.Second, time.Hour,
		time.Hour + 2*time.Minute + 3*time.Second + 400*time.Millisecond,
		-time.Second, -1, 100 * time.Hour,
		time.Duration(math.MaxInt64), time.Duration(math.MinInt64),
	}
	for _, d := range ds {
		fmt.Println(int64(d), d.String())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Round(time.Second), d.Truncate(time.Hour), d.Truncate(time.Minute))
	fmt.Println(d.Round(0), d.Truncate(-1), (-d).Abs())
	fmt.Printf("%v %d %s %.1f\n", 2*time.Second, 2*time.Second, time.Millisecond*250, (90 * time.Second).Minutes())
	for _, s := range []string{"1h15m30.918273645s", "300ms", "-1.5h", "2us", "1µs", "bad", ""} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
}
