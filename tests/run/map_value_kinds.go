// Map values: structs are copied out (modify and store back), pointers are
// shared, slices are appended through the map, nested maps need their own make.
package main

import (
	"fmt"
	"sort"
)

type acct struct {
	name    string
	balance int
}

func main() {
	byVal := map[string]acct{"a": {"alice", 10}}
	a := byVal["a"]
	a.balance += 5
	fmt.Println(byVal["a"].balance)
	byVal["a"] = a
	fmt.Println(byVal["a"].balance, byVal["zz"].name == "")
	byPtr := map[string]*acct{"b": {"bob", 20}}
	byPtr["b"].balance += 5
	fmt.Println(*byPtr["b"], byPtr["none"] == nil)
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "to", "run"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}, {"x", "a"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested)
	sets := map[string]map[int]bool{"s": {1: true}}
	sets["s"][2] = true
	fmt.Println(len(sets["s"]))
	funcs := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	names := make([]string, 0, len(funcs))
	for k := range funcs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, funcs[k](7))
	}
	fmt.Println(funcs["none"] == nil)
	zero := map[string]interface{}{}
	fmt.Println(zero["x"] == nil)
}
