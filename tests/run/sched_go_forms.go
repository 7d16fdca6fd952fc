// The forms a go statement takes: builtins (close, println), a function
// value returned by a call (the call runs in the caller), method values
// and expressions, a package function, runtime.Goexit itself.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type acc struct {
	mu  sync.Mutex
	sum int
}

func (a *acc) add(v int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += v
	a.mu.Unlock()
}

func maker(tag string) func(chan<- string) {
	fmt.Println("maker runs in the caller:", tag)
	return func(out chan<- string) { out <- "made " + tag }
}

func main() {
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("go close(ch): closed =", !ok)

	done := make(chan bool)
	go println("go println writes to stderr")
	time.Sleep(10 * time.Millisecond)

	out := make(chan string)
	go maker("f")(out)
	fmt.Println(<-out)

	var wg sync.WaitGroup
	var a acc
	for i := 1; i <= 10; i++ {
		wg.Add(2)
		go a.add(i, &wg)          // method value
		go (*acc).add(&a, i, &wg) // method expression
	}
	wg.Wait()
	fmt.Println("sum through methods:", a.sum)

	res := make(chan []string, 1)
	split := func(s string) { res <- strings.Fields(s) }
	go split("a b c")
	fmt.Println(<-res)

	before := runtime.NumGoroutine()
	go runtime.Goexit()
	go func() { done <- true }()
	<-done
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("go runtime.Goexit() leaves no goroutine:", runtime.NumGoroutine() == before)

	var once sync.Once
	ran := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		go once.Do(func() { ran <- true })
	}
	<-ran
	time.Sleep(10 * time.Millisecond)
	fmt.Println("go once.Do: f ran", 1+len(ran), "time(s)")
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("go wg.Done()")
}
