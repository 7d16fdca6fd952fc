// panic.go -- the Go half of printing an unrecovered panic.
package runtime

type stringer interface {
	String() string
}

// preprintpanic is what Go's preprintpanics does for one panic value before
// the fatal message is printed: an error prints as its Error text and a
// Stringer as its String text; every other value is printed by the C
// runtime's printpanicval. The back end calls it on the panicking goroutine
// for each panic of the chain, so user Error/String methods run as Go code.
func preprintpanic(v any) any {
	if v, ok := v.(error); ok {
		return v.Error()
	}
	if v, ok := v.(stringer); ok {
		return v.String()
	}
	return v
}
