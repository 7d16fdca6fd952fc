// A panic raised while deferred calls run for an earlier panic: the earlier
// one is aborted; recovering the later one also drops it; the function
// whose defer recovered returns normally to its caller.
package main

import "fmt"

func level3() {
	defer func() {
		fmt.Println("level3 defer sees", recover())
		panic("from level3's defer")
	}()
	panic("level3")
}

func level2() (s string) {
	defer func() {
		s = fmt.Sprint("level2 recovered: ", recover())
	}()
	level3()
	return "not reached"
}

func chain() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(level2())
	chain()
	for i := 0; i < 3; i++ { // the machinery leaves the stack as it found it
		fmt.Println(level2())
	}
}
