// Custom formatting hooks: fmt.Formatter gets the verb and flags;
// fmt.GoStringer controls %#v.
package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if f.Flag('+') {
			s = "USD " + s
		}
		if w, ok := f.Width(); ok && w > len(s) {
			s = strings.Repeat(" ", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }
func (i ID) String() string   { return fmt.Sprintf("#%d", int(i)) }

func main() {
	m := Money{12345}
	fmt.Printf("%v|%+v|%12v|%d|%x\n", m, m, m, m, m)
	fmt.Println(m, []Money{{5}, {100}})
	id := ID(7)
	fmt.Printf("%v %#v %s %d\n", id, id, id, id)
	fmt.Printf("%#v\n", []ID{1, 2})
	fmt.Printf("%#v\n", struct{ I ID }{3})
}
