// An unrecovered panic with a custom error type (pointer receiver) prints
// the result of its Error method.
package main

import "fmt"

type QueryError struct {
	Query string
	Line  int
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q failed at line %d", e.Query, e.Line)
}

func main() {
	panic(&QueryError{"SELECT 1", 3})
}
