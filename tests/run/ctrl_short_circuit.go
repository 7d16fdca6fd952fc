// && and || evaluate their right operand only when needed.
package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name+"=t")
	return true
}

func f(name string) bool {
	calls = append(calls, name+"=f")
	return false
}

func show(label string, v bool) {
	fmt.Println(label, v, calls)
	calls = nil
}

func main() {
	show("f&&t", f("a") && t("b"))
	show("t&&f", t("a") && f("b"))
	show("t||f", t("a") || f("b"))
	show("f||t", f("a") || t("b"))
	show("f||f&&t", f("a") || f("b") && t("c"))
	show("(f||t)&&t", (f("a") || t("b")) && t("c"))
	show("!t||t", !t("a") || t("b"))
	var m map[string]int
	var p *struct{ n int }
	ok := p != nil && p.n > 0 // no nil dereference
	fmt.Println(ok, m != nil && m["x"] > 0)
	s := []int{1}
	i := 5
	fmt.Println(i < len(s) && s[i] > 0)
}
