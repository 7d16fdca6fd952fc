// A multi-value call as the argument list of a builtin: copy(f()),
// delete(h()), print(f()), println(f()).
// (fixedbugs/issue15992.go: subgo crashes; issue35576.go: wrong output)
package main

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "abc" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func p() (int16, float64, string) { return -42, 42.0, "x" }

func main() {
	a := []byte{1, 2, 3}
	println(copy(f(a)), string(a))
	b := []byte{1, 2, 3}
	println(copy(g(b)), string(b))
	m := map[int]int{0: 0}
	delete(h(m))
	println(len(m))
	print(p())
	println()
	println(p())
}
