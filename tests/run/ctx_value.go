// context.WithValue: lookup walks up the chain, the nearest key wins,
// keys of different types never collide, missing keys give nil.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string

type userKey struct{}

func main() {
	root := context.Background()
	a := context.WithValue(root, ctxKey("user"), "alice")
	b := context.WithValue(a, ctxKey("role"), "admin")
	c := context.WithValue(b, ctxKey("user"), "bob")
	d := context.WithValue(c, otherKey("user"), "carol")
	e := context.WithValue(d, userKey{}, 42)

	fmt.Println(a.Value(ctxKey("user")), b.Value(ctxKey("user")), c.Value(ctxKey("user")))
	fmt.Println(e.Value(ctxKey("role")), e.Value(otherKey("user")), e.Value("user"), e.Value(userKey{}))
	fmt.Println("missing:", e.Value(ctxKey("missing")))
	fmt.Println(a)
	fmt.Println(e)

	cctx, cancel := context.WithCancel(e)
	fmt.Println("through a cancel context:", cctx.Value(userKey{}))
	cancel()
	fmt.Println("after cancel:", cctx.Value(ctxKey("user")), cctx.Err())

	func() {
		defer func() { fmt.Println("nil key:", recover()) }()
		context.WithValue(root, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("uncomparable key:", recover()) }()
		context.WithValue(root, []int{1}, 1)
	}()
}
