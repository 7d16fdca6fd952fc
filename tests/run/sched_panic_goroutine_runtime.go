// A run-time error in a goroutine (index out of range) while main sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	xs := []int{1, 2, 3}
	i := 5
	go func() {
		fmt.Println("goroutine indexes", i)
		fmt.Println(xs[i])
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
