// A panic unwinds frame by frame, running each frame's deferred calls in
// LIFO order, until a deferred recover stops it.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	fmt.Println("level3 panics")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer A")
	defer fmt.Println("level2 defer B")
	level3()
	fmt.Println("level2 after call: not printed")
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("level1 recovered ", r)
		}
	}()
	defer fmt.Println("level1 defer before recover")
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
}
