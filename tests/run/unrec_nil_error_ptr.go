// Panicking with a nil pointer of an error type whose Error method handles
// nil: the runtime calls Error on it.
package main

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil *E error"
	}
	return e.msg
}

func main() {
	var e *E
	panic(e)
}
