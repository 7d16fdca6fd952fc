// runtime.Stack(buf, true) lists every goroutine with its wait reason
// (printed here sorted, ids other than 1 as N).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

func headers(all bool) []string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, all)
	var hs []string
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if !strings.HasPrefix(l, "goroutine ") {
			continue
		}
		f := strings.Fields(l)
		if f[1] != "1" {
			f[1] = "N"
		}
		hs = append(hs, strings.Join(f, " "))
	}
	sort.Strings(hs)
	return hs
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	var nilc chan int
	started := make(chan bool)
	go func() { started <- true; <-make(chan int) }()
	go func() { started <- true; make(chan int) <- 1 }()
	go func() { started <- true; <-nilc }()
	go func() { started <- true; select {} }()
	go func() {
		started <- true
		select {
		case <-nilc:
		case <-make(chan bool):
		}
	}()
	go func() { started <- true; wg.Wait() }()
	go func() { started <- true; mu.Lock() }()
	go func() { started <- true; time.Sleep(time.Hour) }()
	for i := 0; i < 8; i++ {
		<-started
	}
	time.Sleep(10 * time.Millisecond)
	for _, h := range headers(true) {
		fmt.Println(h)
	}
}
