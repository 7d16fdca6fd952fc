// Generic syntax parses and is rejected, once per line, at the position
// given by each WANT comment (the `[` of type parameters or arguments, or a
// constraint element of an interface).
package generics

type List[T any] struct{ next *List[T] } // WANT 10

type Map[K comparable, V any] map[K]V // WANT 9

type Set[T interface{ ~int | ~string }] map[T]bool // WANT 9

type Pair[K, V any] struct{} // WANT 10

type Number interface {
	~int | ~float64 // WANT 2
}
