// Statements: simple statements, blocks, if/else chains with init
// statements, the three for forms and range, switch and type switch with
// init statements, select, go, defer, return, labels with break, continue
// and goto, fallthrough, empty statements.
package stmts

func stmts(n int, ch chan int, v interface{}) (r int) {
	x := 1
	x++
	x--
	x += 2
	x -= 1
	x *= 3
	x /= 2
	x %= 5
	x <<= 1
	x >>= 1
	x &= 7
	x |= 8
	x ^= 1
	x &^= 2
	a, b := 1, 2
	a, b = b, a
	ch <- x
	{
		y := x
		_ = y
	}
	;
	if x > 0 {
	} else if y := x; y < 0 {
	} else {
	}
	if x := f(); x {
	}
	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for i := 0; i < 3; {
		i++
	}
	for range ch {
	}
	for i := range []int{1, 2} {
		_ = i
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	var k, val int
	for k, val = range []int{} {
	}
	_, _ = k, val
	switch {
	case x > 1:
		fallthrough
	case x < 1, x == 2:
	default:
	}
	switch y := x * 2; y {
	case 1:
	}
	switch x := v.(type) {
	case int, string:
		_ = x
	case nil:
	case func(int) bool, []int, map[string]int, chan int, *int, struct{}, interface{ M() }:
	}
	switch v.(type) {
	}
	select {
	case ch <- 1:
	case y := <-ch:
		_ = y
	case y, ok := <-ch:
		_, _ = y, ok
	case <-ch:
	case a = <-ch:
	default:
	}
	select {}
	go f()
	go func() {}()
	defer f()
	defer func() { recover() }()
outer:
	for {
		for {
			break outer
		}
	}
loop:
	for {
		continue loop
	}
	goto end
end:
	r = x
	return
}

func f() bool { return true }

func empty() {
L:
}

func labelEmpty() {
	{
	L:
	}
	switch {
	case true:
	M:
	}
}
