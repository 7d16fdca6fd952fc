// Declarations whose types are known only after another declaration ends.
package main

// T2's underlying type is T1's, still being built when T2 is met.
type T1 struct{ next *T2 }
type T2 T1

// A chain of names that ends in a type literal.
type T3 struct{ next *T4 }
type T4 T5
type T5 T3

// I2 embeds I1 while I1's method signature is being checked.
type I1 interface{ m() I2 }
type I2 interface{ I1 }

var i2 I2
var i1 I1 = i2

// A named pointer type has its base type's fields but none of its methods.
type P *T0
type T0 struct{ x int }

func (*T0) M() {}

func field(p P) int { return p.x }

// Conversions ignore struct tags at every depth.
var tagged []struct {
	F string `json:"f"`
}
var plain = ([]struct{ F string })(tagged)

func main() {
	_ = T2{}.next
	_ = T4{}.next
	_ = field
}
