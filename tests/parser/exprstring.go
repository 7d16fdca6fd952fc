// Expressions as gc quotes them in messages: every statement of main is
// reported "X (...) is not used" by gc (except the receive), X as
// ast_expr_string must print it.
package main

type T struct{ a, b int }

func main() {
	var x []int
	var m map[string]int
	var c chan int
	var i interface{}
	var p *T
	struct{a int; b string}{1, "a"}
	func(a, b int, c ...string) (int, error) { return 0, nil }
	func() {}
	[]int{}
	[...]int{1, 2}
	x[1:2]
	x[1:2:3]
	x[:]
	i.(int)
	*p
	m["a"] + 1
	-x[0]
	T{a: 1}
	&T{}
	(x[0])
	len(x)
	append(x, x...)
	map[string][]int{}
	interface{ M() }(nil)
	(chan<- int)(nil)
	(<-chan int)(nil)
	(chan (<-chan int))(nil)
	func(int, string) {}
	func() (a int) { return }
	p.a
	x[0] == 1 && m["b"] < 2
	!true
	'a'
	1.5e3
	`raw`
	struct{}{}
}
