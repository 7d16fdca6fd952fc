// A pointer-receiver method can be called on a nil pointer; it only panics
// if it dereferences. A nil pointer in an interface still dispatches.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) MustVal() int { return t.Val }

type Summer interface{ Sum() int }

func main() {
	var root *Tree
	fmt.Println(root.Sum())
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	fmt.Println(root.Sum())
	root.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var s Summer = (*Tree)(nil)
	fmt.Println(s != nil, s.Sum())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty *Tree
		fmt.Println(empty.MustVal())
	}()
}
