// An unrecovered panic with a value-receiver error struct prints Error().
package main

import "fmt"

type HTTPError struct {
	Status int
	Msg    string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }

func main() {
	panic(HTTPError{404, "Not Found"})
}
