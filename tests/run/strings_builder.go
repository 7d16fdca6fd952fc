// strings.Builder: WriteString, WriteByte, WriteRune, Write, Len, Cap
// growth, Grow, Reset, String; and strings.Reader.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('界')
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.Len(), b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	s := b.String()
	b.WriteString("more")
	fmt.Println(s, b.String())
	var lines strings.Builder
	for i := 0; i < 1000; i++ {
		lines.WriteString("line\n")
	}
	fmt.Println(lines.Len(), strings.Count(lines.String(), "\n"))
	r := strings.NewReader("abc日本")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 2)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		fmt.Printf("%q ", buf[:n])
	}
	r2 := strings.NewReader("héllo")
	ch, size, _ := r2.ReadRune()
	ch2, size2, _ := r2.ReadRune()
	fmt.Println(string(ch), size, string(ch2), size2, r2.Len())
	all, _ := io.ReadAll(strings.NewReader("read all of it"))
	fmt.Println(string(all))
}
