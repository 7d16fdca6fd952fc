// A request with a 100ms budget fans out to subtasks of different lengths:
// the fast ones finish, the slow ones see the deadline.
package main

import (
	"context"
	"fmt"
	"sort"
	"time"
)

func subtask(ctx context.Context, name string, d time.Duration, out chan<- string) {
	select {
	case <-time.After(d):
		out <- name + ": done"
	case <-ctx.Done():
		out <- name + ": " + ctx.Err().Error()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	out := make(chan string)
	tasks := map[string]time.Duration{"fast": time.Millisecond, "quick": 2 * time.Millisecond, "slow": time.Second, "slower": 2 * time.Second}
	for name, d := range tasks {
		go subtask(ctx, name, d, out)
	}
	var lines []string
	for range tasks {
		lines = append(lines, <-out)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
