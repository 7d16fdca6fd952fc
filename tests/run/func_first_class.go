// Functions are values: stored, passed, returned, compared with nil, used
// as map values and struct fields.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(float64, float64) float64

type Calculator struct {
	ops map[string]Op
}

func (c *Calculator) Register(name string, op Op) { c.ops[name] = op }

func (c *Calculator) Do(name string, a, b float64) (float64, bool) {
	op, ok := c.ops[name]
	if !ok {
		return 0, false
	}
	return op(a, b), true
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	c := &Calculator{ops: map[string]Op{}}
	c.Register("add", func(a, b float64) float64 { return a + b })
	c.Register("pow", func(a, b float64) float64 {
		r := 1.0
		for i := 0; i < int(b); i++ {
			r *= a
		}
		return r
	})
	for _, name := range []string{"add", "pow", "nope"} {
		v, ok := c.Do(name, 2, 10)
		fmt.Println(name, v, ok)
	}
	fmt.Println(mapStrings([]string{"a", "b"}, strings.ToUpper))
	fmt.Println(filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	names := []string{"bob", "Alice", "carol"}
	sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
	fmt.Println(names)
	var nf func()
	fmt.Println(nf == nil, c.ops["add"] != nil)
	fmt.Printf("%T\n", mapStrings)
}
