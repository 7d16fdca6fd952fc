// Once a panic is recovered, later recover calls return nil; a recovered
// function returns to its caller, which carries on.
package main

import "fmt"

func f() (log []string) {
	defer func() {
		log = append(log, fmt.Sprint("second recover: ", recover()))
	}()
	defer func() {
		log = append(log, fmt.Sprint("first recover: ", recover()))
	}()
	panic("once")
}

func loop() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprint("even ", i))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func main() {
	for _, l := range f() {
		fmt.Println(l)
	}
	loop()
}
