// The composite-literal / block ambiguity of statement headers, solved as gc
// does: a literal of a named type needs parentheses in a header, literal
// types (slices, arrays, maps, structs) do not; function literals and
// brackets may hold any expression.
package headers

type T struct{ a int }

func headers(t T, m map[T]int) {
	if t == (T{}) {
	}
	if (t == T{}) {
	}
	if t == [1]T{{1}}[0] {
	}
	for _, x := range []T{{1}, {a: 2}} {
		_ = x
	}
	for _, x := range []int{1, 2} {
		_ = x
	}
	for k := range map[string]int{"a": 1} {
		_ = k
	}
	switch (T{}) {
	case T{}:
	}
	if f := func() bool { return T{} == t }; f() {
	}
	if m[T{}] > 0 {
	}
	if g(T{a: 1}) {
	}
	for i := 0; i < len([]T{{}}); i++ {
	}
	if struct{ a int }{1}.a == 1 {
	}
	var p *T
	if p == (&T{}) {
	}
	if x := (T{}); x.a == 0 {
	}
}

func g(T) bool { return true }
