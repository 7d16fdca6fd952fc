// Three panics, none recovered: each deferred call panics in turn; the
// report lists all three, oldest first, the later ones after a tab.
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	defer func() {
		panic(E{3})
	}()
	defer func() {
		panic(fmt.Errorf("wrapped: %w", E{2}))
	}()
	panic(E{1})
}
