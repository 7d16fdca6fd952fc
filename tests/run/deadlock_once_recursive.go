// Calling Once.Do from inside its own function waits for itself: Once's
// mutex is never released ("semacquire").
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("in Do, calling Do again")
		once.Do(func() {})
	})
}
