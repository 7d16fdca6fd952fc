// A pool of 8 workers on a jobs channel with a results channel; results
// are collected and printed in job order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	worker int
	upper  string
}

func worker(id int, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		results <- result{j.id, id, strings.ToUpper(j.text)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while eight workers share the jobs")
	jobs := make(chan job, len(words))
	results := make(chan result, len(words))
	for w := 1; w <= 8; w++ {
		go worker(w, jobs, results)
	}
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	var rs []result
	used := map[int]bool{}
	for range words {
		r := <-results
		rs = append(rs, r)
		used[r.worker] = true
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	var out []string
	for _, r := range rs {
		out = append(out, r.upper)
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println("workers used: between 1 and 8:", len(used) >= 1 && len(used) <= 8)
}
