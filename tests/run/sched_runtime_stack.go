// runtime.Stack(buf, false): the calling goroutine's trace only, starting
// with its header "goroutine N [running]:" (ids other than 1 as N), even
// with other goroutines around.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
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
	fmt.Println(headers(false))
	res := make(chan []string)
	go func() { res <- headers(false) }()
	fmt.Println(<-res)
	started := make(chan bool)
	go func() { started <- true; select {} }()
	<-started
	time.Sleep(5 * time.Millisecond)
	fmt.Println(headers(false))
	buf := make([]byte, 10)
	fmt.Printf("a short buffer is filled: %d %q\n", runtime.Stack(buf, false), buf)
}
