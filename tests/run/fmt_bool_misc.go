// %t for bools, %v for everything, %% literal, and verbs applied to the
// wrong kinds of values.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t %v %5t|%-6t|\n", true, false, true, true, false)
	fmt.Printf("100%% sure, %d%%\n", 50)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%x\n", true)
	fmt.Printf("%f\n", "x")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("no verbs\n", 5)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%.*d|%*d\n", "p", 5, -3, 7)
	fmt.Printf("%-*d|\n", 4, 9)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%10.3%|\n")
}
