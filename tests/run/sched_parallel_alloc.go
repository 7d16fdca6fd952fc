// 8 goroutines allocate at the same time on 4 Ps: maps, slices, strings,
// closures and boxed interface values built and checked in parallel.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func build(g int) string {
	m := make(map[string][]int)
	for i := 0; i < 3000; i++ {
		k := "k" + strconv.Itoa(i%300)
		m[k] = append(m[k], i*g)
	}
	var parts []string
	for k, v := range m {
		if len(v) != 10 {
			return "bad length for " + k
		}
		parts = append(parts, k)
	}
	sort.Strings(parts)
	var fs []func() int
	for i := 0; i < 100; i++ {
		i := i
		fs = append(fs, func() int { return i * g })
	}
	s := 0
	for _, f := range fs {
		s += f()
	}
	var boxes []interface{}
	for i := 0; i < 1000; i++ {
		boxes = append(boxes, i, strconv.Itoa(i), float64(i))
	}
	n := 0
	for _, b := range boxes {
		switch v := b.(type) {
		case int:
			n += v
		case string:
			n += len(v)
		case float64:
			n += int(v)
		}
	}
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		sb.WriteString(fmt.Sprintf("%d,", i%10))
	}
	return fmt.Sprintf("g%d keys=%d first=%s last=%s closures=%d boxes=%d text=%d",
		g, len(parts), parts[0], parts[len(parts)-1], s, n, len(sb.String()))
}

func main() {
	runtime.GOMAXPROCS(4)
	res := make([]string, 8)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				res[g] = build(g)
			}
		}(g)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
}
