// os.Exit from deep inside calls, with pending defers in every frame.
package main

import (
	"fmt"
	"os"
)

func fail(depth int) {
	defer fmt.Println("defer at depth", depth)
	if depth == 3 {
		fmt.Println("fatal condition at depth", depth)
		os.Exit(4)
	}
	fail(depth + 1)
}

func main() {
	fail(0)
}
