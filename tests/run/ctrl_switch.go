// switch: tagless, with init statements, several values per case,
// fallthrough (also into default), default in the middle, and case
// expressions evaluated top to bottom, left to right, until one matches.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func ft(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	default:
		out = append(out, "default")
	case 5:
		out = append(out, "five")
		fallthrough
	case 6:
		out = append(out, "six-or-fell")
	}
	return out
}

func val(name string, v int) int {
	fmt.Print("eval ", name, "; ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 5, 6} {
		fmt.Println(n, ft(n))
	}
	switch x := 3; x {
	case val("a", 1), val("b", 3), val("c", 3):
		fmt.Println("matched")
	case val("d", 3):
		fmt.Println("not reached")
	}
	switch c := 'x'; {
	case c >= 'a' && c <= 'm':
		fmt.Println("first half")
	case c > 'm':
		fmt.Println("second half")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("string switch")
	}
	f := 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	switch {
	default:
		fmt.Println("only default")
	}
	b := true
	switch b {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{1, 2}:
		fmt.Println("struct case")
	}
}
