// Semicolons: written ones, optional ones before ) and }, one-line forms,
// statements and declarations spread over lines where Go allows it.
package semicolons; import "fmt"; const c = 1; var v = 2

type T struct{ a int; b string; }
type I interface{ M(); N() int; }

func f() { x := 1; x++; fmt.Println(x); }
func g() int { return 1 }
func h() {}
func i() {
	var (a = 1; b = 2;)
	_, _ = a, b
	if a > 0 { return }
	for { break }
	switch { case true: default: }
	x := f
	x(
	)
	_ = []int{
		1,
		2,
	}
	_ = 1 +
		2
	_ = fmt.Sprint(
		"a",
		"b")
}
