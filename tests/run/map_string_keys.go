// Maps keyed by strings: empty key, unicode keys, long keys, keys built at
// run time from bytes, and lookups by substrings.
package main

import (
	"fmt"
	"strings"
)

func main() {
	m := map[string]int{"": 0, "a": 1, "日本": 2}
	long := strings.Repeat("x", 100)
	m[long] = 100
	m[long+"y"] = 101
	fmt.Println(len(m), m[""], m["日本"], m[strings.Repeat("x", 100)], m[long[:99]])
	b := []byte("abc")
	m[string(b)] = 3
	b[0] = 'z' // the key was copied
	fmt.Println(m["abc"], m["zbc"])
	text := "alpha beta alpha gamma beta alpha"
	counts := make(map[string]int)
	for _, w := range strings.Split(text, " ") {
		counts[w]++
	}
	fmt.Println(counts)
	sub := "xxalphaxx"[2:7]
	fmt.Println(counts[sub])
	keys := map[string]bool{}
	for i := 0; i < 1000; i++ {
		keys[fmt.Sprintf("key-%04d", i)] = i%3 == 0
	}
	n := 0
	for k, v := range keys {
		if v && strings.HasSuffix(k, "0") {
			n++
		}
	}
	fmt.Println(len(keys), n, keys["key-0999"], keys["key-0998"])
}
