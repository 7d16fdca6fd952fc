// Two goroutines writing one map without a lock: the runtime notices the
// hashWriting flag and dies with "fatal error: concurrent map writes",
// which recover cannot catch (exit 2). The values are 256 KB arrays, stored
// out of line: inserting a key allocates and zeroes one while the flag is
// set, so a write lasts long and the other writer nearly always finds the
// flag set at its start. (Both writers are caught, and the fatal line is
// printed twice, only when both start a write at the same instant.)
package main

import (
	"fmt"
	"runtime"
)

type blob [256 << 10]byte

var zero blob

func main() {
	runtime.GOMAXPROCS(2)
	defer func() { fmt.Println("recovered:", recover()) }()
	m := map[int]blob{}
	start := make(chan bool)
	for g := 0; g < 2; g++ {
		go func(g int) {
			defer func() { fmt.Println("goroutine recovered:", recover()) }()
			<-start
			for i := 0; ; i++ {
				k := 2*i + g
				m[k] = zero
				delete(m, k)
			}
		}(g)
	}
	close(start)
	select {}
}
