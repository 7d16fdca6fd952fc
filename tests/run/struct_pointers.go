// Pointers to structs: automatic dereference for fields and methods, new,
// &T{} literals, pointer aliasing and linked structures.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	p := new(Node)
	p.Val = 1
	(*p).Val++
	fmt.Println(p.Val, p.Next == nil)
	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	// Reverse the list in place.
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	c := Counter{}
	c.Inc() // (&c).Inc()
	cp := &c
	cp.Inc()
	alias := cp
	alias.Inc()
	fmt.Println(c.n, cp.n, alias == cp)
	counters := []Counter{{}, {}}
	counters[1].Inc()
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	pp := &cp
	(*pp).Inc()
	fmt.Println(c.n, (**pp).n)
}
