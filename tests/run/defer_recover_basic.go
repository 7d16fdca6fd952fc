// recover in a deferred function stops the panic; the function then returns
// normally with its named results as the defers left them; recover returns
// nil when there is no panic.
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func unnamedResult() int {
	defer func() { recover() }()
	panic("x")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
	fmt.Println("no panic here")
}

func partial() (r int) {
	defer func() {
		recover()
	}()
	r = 7
	panic("after setting r")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(unnamedResult())
	noPanic()
	fmt.Println(partial())
	fmt.Println("recover in main, no panic:", recover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("value %v type %T\n", r, r)
		}()
		panic(fmt.Sprintf("formatted %d", 42))
	}()
	fmt.Println("main continues")
}
