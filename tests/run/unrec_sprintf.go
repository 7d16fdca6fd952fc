// A panic message built with Sprintf, multi-line: only the first line is
// compared (the rest is printed as is by Go).
package main

import "fmt"

func main() {
	panic(fmt.Sprintf("bad state: %d items\nsecond line", 3))
}
