// bytes.Buffer: writing, reading, Next, ReadString, Truncate, Reset, Len,
// and reading until io.EOF.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('☺')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b4 := buf.Next(5)
	fmt.Printf("%q %d\n", b4, buf.Len())
	c, _ := buf.ReadByte()
	fmt.Printf("%q\n", c)
	word, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", word, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.String())
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	buf.Reset()
	buf.WriteString("0123456789")
	buf.Truncate(4)
	fmt.Println(buf.String())
	p := make([]byte, 3)
	for {
		n, err := buf.Read(p)
		if err == io.EOF {
			fmt.Println("EOF", n)
			break
		}
		fmt.Printf("%q ", p[:n])
	}
	nb := bytes.NewBufferString("line1\nline2\nlast")
	for {
		line, err := nb.ReadString('\n')
		fmt.Printf("%q ", line)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	var out bytes.Buffer
	n, err := io.Copy(&out, bytes.NewReader([]byte("copied")))
	fmt.Println(n, err, out.String(), bytes.NewBuffer([]byte("xy")).Len())
}
