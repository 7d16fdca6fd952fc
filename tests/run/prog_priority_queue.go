// A binary heap priority queue written by hand, used for Dijkstra's
// shortest paths on a small weighted graph and for heap sort.
package main

import "fmt"

type Item struct {
	Node, Dist int
}

type Heap struct{ items []Item }

func (h *Heap) Len() int { return len(h.items) }

func (h *Heap) Push(it Item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].Dist <= h.items[i].Dist {
			break
		}
		h.items[p], h.items[i] = h.items[i], h.items[p]
		i = p
	}
}

func (h *Heap) Pop() Item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.items[l].Dist < h.items[m].Dist {
			m = l
		}
		if r < len(h.items) && h.items[r].Dist < h.items[m].Dist {
			m = r
		}
		if m == i {
			break
		}
		h.items[m], h.items[i] = h.items[i], h.items[m]
		i = m
	}
	return top
}

type Edge struct{ To, W int }

func dijkstra(g map[int][]Edge, src, n int) ([]int, []int) {
	const inf = 1 << 60
	dist := make([]int, n)
	prev := make([]int, n)
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	dist[src] = 0
	h := &Heap{}
	h.Push(Item{src, 0})
	for h.Len() > 0 {
		it := h.Pop()
		if it.Dist > dist[it.Node] {
			continue
		}
		for _, e := range g[it.Node] {
			if nd := it.Dist + e.W; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = it.Node
				h.Push(Item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for ; to != -1; to = prev[to] {
		p = append([]int{to}, p...)
	}
	return p
}

func main() {
	g := map[int][]Edge{
		0: {{1, 4}, {2, 1}},
		1: {{3, 1}},
		2: {{1, 2}, {3, 5}},
		3: {{4, 3}},
		4: {},
		5: {{0, 1}},
	}
	dist, prev := dijkstra(g, 0, 6)
	for n := 0; n < 6; n++ {
		if dist[n] == 1<<60 {
			fmt.Println(n, "unreachable")
			continue
		}
		fmt.Println(n, dist[n], path(prev, n))
	}
	h := &Heap{}
	vals := []int{9, 4, 7, 1, 8, 2, 2, 6, 0, 5}
	for i, v := range vals {
		h.Push(Item{i, v})
	}
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, h.Pop().Dist)
	}
	fmt.Println(sorted)
}
