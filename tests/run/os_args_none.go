// Without arguments os.Args has only the program name.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:], len(os.Args[1:]))
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: prog NAME")
		os.Exit(1)
	}
}
