// binarytrees.go -- the binary-trees benchmark of the Computer Language
// Benchmarks Game: build perfect binary trees bottom-up and count their
// nodes, many short-lived small trees of each depth plus one long-lived tree.
// Allocation of small pointer-holding objects and recursion: this one
// measures the allocator (and, once it exists, the collector). The same
// program as binarytrees.lua.
package main

import "fmt"

const maxDepthArg = 16

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	maxDepth := maxDepthArg
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
}
