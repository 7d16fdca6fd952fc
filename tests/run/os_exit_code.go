// os.Exit(3) ends the program at once with status 3: deferred calls do not
// run, but what was printed before is not lost.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "exiting with 3")
	os.Exit(3)
}
