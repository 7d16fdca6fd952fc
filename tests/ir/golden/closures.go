// closures: captured variables in cells, Go 1.19's one loop variable,
// defer with arguments bound at the defer statement, recover and named
// results changed by a deferred closure.
package main

func safeDiv(a, b int) (q int, err interface{}) {
	defer func() {
		if e := recover(); e != nil {
			err = e
			q = -1
		}
	}()
	defer println("dividing", a, b)
	return a / b, nil
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	total := 0
	add := func(n int) { total += n }
	for _, f := range fs {
		add(f())
	}
	q, err := safeDiv(1, 0)
	println(total, q, err != nil)
}
