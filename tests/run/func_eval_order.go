// Evaluation order: call arguments and operands left to right; in a tuple
// assignment index expressions are evaluated first, then assignments happen
// left to right.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(trace)
	trace = nil
	fmt.Println(t("x", 1), t("y", 2), t("z", 3))
	fmt.Println(trace)
	trace = nil
	s := []int{t("s0", 0), t("s1", 1)}
	m := map[int]int{t("k", 1): t("v", 2)}
	fmt.Println(s, m, trace)

	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 1, 99 // arr[0]: the index is evaluated before assigning
	fmt.Println(i, arr)
	j := 2
	arr[j], j = 7, 0
	fmt.Println(j, arr)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	k := 0
	k, x[k] = x[k]+10, x[k]+20 // right side first, then x[0]
	fmt.Println(k, x)
	var p *int
	defer func() { fmt.Println("recovered:", recover(), i) }()
	i, *p = 5, 6 // i is assigned before *p panics
}
