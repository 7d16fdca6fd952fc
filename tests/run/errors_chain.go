// Error chains: custom wrappers with Unwrap, fmt.Errorf %w layers,
// errors.Is and errors.As walking the chain, Unwrap one step at a time.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

func open(path string) error {
	if path == "/root" {
		return &OpError{"open", ErrPermission}
	}
	_, err := strconv.Atoi(path)
	if err != nil {
		return &OpError{"parse", err}
	}
	return nil
}

func load(path string) error {
	if err := open(path); err != nil {
		return fmt.Errorf("load %q: %w", path, err)
	}
	return nil
}

func main() {
	for _, p := range []string{"/root", "abc", "12"} {
		err := load(p)
		fmt.Println(err)
		if err == nil {
			continue
		}
		var op *OpError
		var ne *strconv.NumError
		fmt.Println(" is permission:", errors.Is(err, ErrPermission), "as OpError:", errors.As(err, &op), "as NumError:", errors.As(err, &ne))
		if op != nil {
			fmt.Println(" op:", op.Op)
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  %d %T\n", depth, e)
			depth++
		}
	}
}
