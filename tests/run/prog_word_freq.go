// Word frequencies of a text: normalization with unicode, counting in a
// map, sorting by count then word, and a histogram.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. Ça va? Déjà vu, déjà!`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Println(len(words), "words,", len(counts), "distinct")
	for _, e := range list[:12] {
		fmt.Printf("%-12s %3d %s\n", e.w, e.c, strings.Repeat("*", e.c))
	}
	byLen := map[int][]string{}
	for w := range counts {
		n := len([]rune(w))
		byLen[n] = append(byLen[n], w)
	}
	lens := make([]int, 0, len(byLen))
	for n := range byLen {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	for _, n := range lens {
		sort.Strings(byLen[n])
		fmt.Println(n, byLen[n])
	}
}
