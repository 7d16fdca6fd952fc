// Go 1.19 loop variables are per loop, not per iteration: closures created
// in the loop all see the final value, unless the variable is copied.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(3-clause loop)")

	fs = nil
	for _, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() int { return len(v) + int(v[0]) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(range loop)")

	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(copied)")

	fs = nil
	for i := 0; i < 3; i++ {
		fs = append(fs, func(n int) func() int { return func() int { return n } }(i))
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(parameter)")

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	// A closure that modifies the loop variable changes the loop itself.
	count := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		count++
	}
	fmt.Println("iterations:", count)

	var keys []func() string
	for k := range map[string]bool{"only": true} {
		keys = append(keys, func() string { return k })
	}
	fmt.Println(keys[0]())
}
