// A select over 8 channels, 5 of them ready each round: only ready cases
// are chosen and each ready case gets a fair share.
package main

import "fmt"

func main() {
	chans := make([]chan int, 8)
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	counts := make([]int, 8)
	const rounds = 10000
	for r := 0; r < rounds; r++ {
		for _, i := range []int{0, 2, 3, 5, 7} {
			if len(chans[i]) == 0 {
				chans[i] <- i
			}
		}
		select {
		case v := <-chans[0]:
			counts[v]++
		case v := <-chans[1]:
			counts[v]++
		case v := <-chans[2]:
			counts[v]++
		case v := <-chans[3]:
			counts[v]++
		case v := <-chans[4]:
			counts[v]++
		case v := <-chans[5]:
			counts[v]++
		case v := <-chans[6]:
			counts[v]++
		case v := <-chans[7]:
			counts[v]++
		}
	}
	for i, c := range counts {
		// Ready every round: chosen about 1/5 of the rounds.
		fmt.Println("case", i, "never chosen:", c == 0, "near a fifth:", c > rounds/5*8/10 && c < rounds/5*12/10)
	}
}
