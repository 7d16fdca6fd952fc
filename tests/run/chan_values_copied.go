// Values are copied into and out of channels: large arrays and structs
// arrive intact and later changes to the sender's variable do not show.
package main

import "fmt"

type big struct {
	id   int
	data [64]int
	name string
}

func main() {
	ch := make(chan big, 2)
	var b big
	b.id = 1
	for i := range b.data {
		b.data[i] = i
	}
	b.name = "first"
	ch <- b
	b.id = 2
	b.data[0] = 99
	b.name = "second"
	ch <- b
	x, y := <-ch, <-ch
	fmt.Println(x.id, x.data[0], x.data[63], x.name)
	fmt.Println(y.id, y.data[0], y.data[63], y.name)

	arr := make(chan [128]byte)
	go func() {
		var a [128]byte
		for i := range a {
			a[i] = byte(i)
		}
		arr <- a
		a[5] = 0
	}()
	a := <-arr
	s := 0
	for _, v := range a {
		s += int(v)
	}
	fmt.Println("array through an unbuffered channel, sum", s)

	sl := make(chan []int, 1)
	shared := []int{1, 2, 3}
	sl <- shared
	shared[0] = 100
	fmt.Println("a slice shares its elements:", <-sl)

	ifc := make(chan interface{}, 3)
	ifc <- 42
	ifc <- "str"
	ifc <- b
	for i := 0; i < 3; i++ {
		switch v := (<-ifc).(type) {
		case int:
			fmt.Println("int", v)
		case string:
			fmt.Println("string", v)
		case big:
			fmt.Println("big", v.id, v.name)
		}
	}
}
