// select picks uniformly among ready cases: over 10000 selects on two (then
// three) always-ready channels each case's share is near 1/n. Only whether
// each count lies in a wide band is printed, never the counts.
package main

import "fmt"

func within(count, total, n int) bool {
	share := float64(count) / float64(total)
	want := 1 / float64(n)
	return share > want*0.8 && share < want*1.2
}

func main() {
	const total = 10000
	a, b := make(chan int, 1), make(chan int, 1)
	var ca, cb int
	for i := 0; i < total; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			ca++
			<-b
		case <-b:
			cb++
			<-a
		}
	}
	fmt.Println("two cases, each within 40%-60%:", within(ca, total, 2), within(cb, total, 2), ca+cb)

	c := make(chan int, 1)
	counts := make([]int, 3)
	for i := 0; i < total; i++ {
		select {
		case a <- 1:
			counts[0]++
			<-a
		case b <- 1:
			counts[1]++
			<-b
		case c <- 1:
			counts[2]++
			<-c
		default:
			fmt.Println("default while sends are ready")
		}
	}
	fmt.Println("three send cases near 1/3 each:", within(counts[0], total, 3), within(counts[1], total, 3), within(counts[2], total, 3))

	// The same channel in two cases: both cases are chosen.
	d := make(chan int, 1)
	first, second := 0, 0
	for i := 0; i < 1000; i++ {
		d <- i
		select {
		case <-d:
			first++
		case <-d:
			second++
		}
	}
	fmt.Println("one channel, two cases, both chosen:", first > 300, second > 300, first+second)
}
