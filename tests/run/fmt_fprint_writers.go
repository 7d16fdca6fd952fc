// Fprint* write to any io.Writer: strings.Builder, bytes.Buffer, a custom
// writer that counts, os.Stdout and os.Stderr.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type counter struct {
	writes, bytes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return len(p), nil
}

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 1, "a")
	fmt.Fprint(&sb, " ", 2.5)
	fmt.Fprintln(&sb, " end")
	fmt.Printf("%q\n", sb.String())
	var buf bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&buf, "[%d]", i)
	}
	fmt.Println(buf.String(), buf.Len())
	c := &counter{}
	fmt.Fprintf(c, "%s %d\n", "abc", 12345)
	fmt.Fprintln(c, "x", "y")
	fmt.Println(c.writes, c.bytes)
	u := &upper{}
	fmt.Fprintf(u, "shout %v", []string{"a", "b"})
	fmt.Println(u.sb.String())
	fmt.Fprintln(os.Stdout, "stdout line")
	fmt.Fprintf(os.Stderr, "stderr %d\n", 1)
	fmt.Fprint(os.Stderr, "stderr ", 2, "\n")
	s := fmt.Sprintf("%s|%5.2f|%v", "x", 1.0/3, []int{1})
	fmt.Println(s, len(s))
}
