// A WaitGroup counter going below zero panics: "sync: negative WaitGroup
// counter", unrecovered here (exit 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("one Done too many")
	wg.Done()
}
