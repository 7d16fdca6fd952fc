// Converting between interface types keeps the dynamic type and value;
// interface method values; an interface holding a pointer shares state.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

func main() {
	c := &Counter{}
	var w io.Writer = c
	var e interface{} = w // iface -> eface: same dynamic type
	fmt.Printf("%T %T %v\n", w, e, e == interface{}(c))
	s, ok := e.(fmt.Stringer)
	fmt.Println(ok, s)
	write := w.Write // method value through the interface
	write([]byte("hello"))
	fmt.Fprint(w, "abc")
	fmt.Println(c.n, s.String())
	var r io.Reader = strings.NewReader("data")
	_, isWriter := r.(io.Writer)
	_, isByteReader := r.(io.ByteReader)
	fmt.Println(isWriter, isByteReader)
	ws := []io.Writer{c, &Counter{}, c}
	for _, x := range ws {
		fmt.Fprint(x, "12")
	}
	fmt.Println(c, ws[1], ws[0] == ws[2], ws[0] == ws[1])
}
