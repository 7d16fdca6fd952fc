// context.Background and context.TODO: never canceled, no deadline, no
// values, and their String forms.
package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		d, ok := ctx.Deadline()
		fmt.Println(ctx, ctx.Err(), ctx.Done() == nil, d.IsZero(), ok, ctx.Value("k"))
	}
	fmt.Println(context.Background() == context.Background())
	fmt.Printf("%T\n", context.Background())
}
