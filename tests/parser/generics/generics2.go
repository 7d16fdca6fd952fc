// More generic syntax, in declarations of functions, methods and variables
// (a second file: gc stops at ten errors).
package generics

type List[T any] struct{} // WANT 10

type Map[K comparable, V any] map[K]V // WANT 9

func Map2[T, U any](xs []T, f func(T) U) []U { return nil } // WANT 10

func F[T any]() {} // WANT 7

func (l *List[T]) Push(v T) {} // WANT 14

var x List[int] // WANT 11

var y Map[string, int] // WANT 10

type Array [5]int

type Product [N * 2]int

type P *int

const N = 3

func g(a [N]int, m Map[int, int]) {} // WANT 23
