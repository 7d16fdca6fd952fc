// os.Args holds the program name then the arguments (os_args.args lists
// them, one per line); the name is not printed since it differs between
// go run and subgo run.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(os.Args), len(args))
	for i, a := range args {
		fmt.Printf("%d: %q\n", i, a)
	}
	sum := 0
	for _, a := range args {
		if n, err := strconv.Atoi(a); err == nil {
			sum += n
		}
	}
	fmt.Println("sum of numbers:", sum)
	fmt.Println(strings.Join(args, "|"))
	fmt.Println(os.Args[0] != "")
}
