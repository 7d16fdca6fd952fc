// An unrecovered panic with a wrapped error prints the whole chain's text.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	err := fmt.Errorf("load config: %w", fmt.Errorf("open %s: %w", "app.yaml", ErrNotFound))
	fmt.Println(errors.Is(err, ErrNotFound))
	panic(err)
}
