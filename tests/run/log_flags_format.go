// log's header flags: the date, time and microseconds vary, so the program
// checks their shape (digits and separators at the right places) and prints
// only the verdicts; Lshortfile/Llongfile give this file's name and line.
package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

// shape maps digits to 9 so "2023/04/05 12:34:56" becomes "9999/99/99 99:99:99".
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", log.LstdFlags)
	l.Print("std")
	fmt.Printf("%q\n", shape(buf.String()))
	buf.Reset()
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Print("micro")
	fmt.Printf("%q\n", shape(buf.String()))
	buf.Reset()
	l.SetFlags(log.Ltime)
	l.SetPrefix("P ")
	l.Print("prefix first")
	fmt.Printf("%q\n", shape(buf.String()))
	buf.Reset()
	l.SetFlags(log.Ltime | log.Lmsgprefix)
	l.Print("prefix last")
	fmt.Printf("%q\n", shape(buf.String()))
	buf.Reset()
	l.SetFlags(log.Lshortfile)
	l.SetPrefix("")
	l.Print("short")
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	l.SetFlags(log.Llongfile)
	l.Print("long")
	s := buf.String()
	fmt.Println(strings.HasPrefix(s, "/"), strings.HasSuffix(s, "/log_flags_format.go:48: long\n"))
	buf.Reset()
	l.SetFlags(log.Lshortfile | log.Llongfile)
	l.Print("both: short wins")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(log.LstdFlags == log.Ldate|log.Ltime, log.Flags())
}
