// A binary search tree with insert, delete, traversals, height, and a check
// of the BST invariant after random-looking operations.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	switch {
	case k < n.Key:
		n.Left = insert(n.Left, k)
	case k > n.Key:
		n.Right = insert(n.Right, k)
	}
	return n
}

func remove(n *Node, k int) *Node {
	if n == nil {
		return nil
	}
	switch {
	case k < n.Key:
		n.Left = remove(n.Left, k)
	case k > n.Key:
		n.Right = remove(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right
		}
		if n.Right == nil {
			return n.Left
		}
		m := n.Right
		for m.Left != nil {
			m = m.Left
		}
		n.Key = m.Key
		n.Right = remove(n.Right, m.Key)
	}
	return n
}

func inorder(n *Node, visit func(int)) {
	if n != nil {
		inorder(n.Left, visit)
		visit(n.Key)
		inorder(n.Right, visit)
	}
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func valid(n *Node, lo, hi int) bool {
	if n == nil {
		return true
	}
	return n.Key > lo && n.Key < hi && valid(n.Left, lo, n.Key) && valid(n.Right, n.Key, hi)
}

func draw(n *Node, prefix string, sb *strings.Builder) {
	if n == nil {
		return
	}
	draw(n.Right, prefix+"    ", sb)
	fmt.Fprintf(sb, "%s%d\n", prefix, n.Key)
	draw(n.Left, prefix+"    ", sb)
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	var sb strings.Builder
	draw(root, "", &sb)
	fmt.Print(sb.String())
	var keys []int
	inorder(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root))
	for _, k := range []int{30, 50, 99, 20} {
		root = remove(root, k)
	}
	keys = keys[:0]
	inorder(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root), valid(root, -1<<62, 1<<62))
	var big *Node
	x := uint32(12345)
	for i := 0; i < 5000; i++ {
		x = x*1103515245 + 12345
		big = insert(big, int(x>>8)%100000)
	}
	count := 0
	inorder(big, func(int) { count++ })
	for i := 0; i < 100000; i += 3 {
		big = remove(big, i)
	}
	after := 0
	inorder(big, func(int) { after++ })
	fmt.Println(count, after, height(big) < 40, valid(big, -1, 1<<62))
}
