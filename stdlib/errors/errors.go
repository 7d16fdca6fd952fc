// Package errors implements functions to manipulate errors.
//
// Design: as in Go, New returns a pointer to a private struct (so two New
// calls with equal text are different errors) and Is/As walk the Unwrap
// chain. As cannot use reflect in subgo: it uses internal/reflectlite, whose
// natives give the target's element type and store through the pointer.
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}
