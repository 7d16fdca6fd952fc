// A tuple assignment has two phases (spec "Assignment statements"): first
// the index operands and pointer indirections on the left and the values on
// the right are evaluated, then the assignments run left to right; gc does
// each index check and nil check with its own assignment.
// (fixedbugs/issue4620.go, issue23017.go)
package main

type P struct{ i int }

func main() {
	// The index i of m[i] is evaluated before i is assigned.
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	println(i, m[0], m[1])

	// m[2] is assigned before p[1] panics with index out of range.
	m2 := map[int]int{}
	p := []int{}
	func() {
		defer func() { println("panicked:", recover() != nil, "len(m2):", len(m2)) }()
		m2[2], p[1] = 2, 2
	}()

	// m[2] is assigned before q.i panics with a nil dereference.
	m3 := map[int]int{}
	var q *P
	func() {
		defer func() { println("panicked:", recover() != nil, "len(m3):", len(m3)) }()
		m3[2], q.i = 3, 2
	}()
}
