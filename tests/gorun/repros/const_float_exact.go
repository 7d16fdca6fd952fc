// Untyped float constants are exact in gc (rational arithmetic): 1e23+1
// rounds once, to the float64 next to 1e23, and (1+2/3)-5/3 is 0.
// (fixedbugs/bug120.go, issue7740.go)
package main

import "strconv"

const ulp = (1.0 + (2.0 / 3.0)) - (5.0 / 3.0)

func main() {
	println(strconv.FormatFloat(1e23+1, 'g', -1, 64))
	println(strconv.FormatFloat(1e23+8.388608e6, 'g', -1, 64))
	println(ulp == 0)
}
