// log with SetFlags(0): Print, Printf and Println write one line each to
// stderr (adding a newline if missing); SetPrefix and Lmsgprefix; a logger
// of our own on stdout with log.New.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Print("print", 1, 2, "x")
	log.Printf("printf %d %s", 3, "y")
	log.Println("println", 4, 5)
	log.Print("already ends with newline\n")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before message")
	fmt.Println(log.Prefix(), log.Flags() == log.Lmsgprefix)
	l := log.New(os.Stdout, "out: ", 0)
	l.Println("to stdout")
	l.Printf("%v|%q", []int{1}, "s")
	l.SetPrefix("")
	l.Print()
	l.Print("empty prefix")
	fmt.Println(l.Writer() == os.Stdout)
	e := log.New(os.Stderr, "", log.Lshortfile)
	e.Println("with file and line")
	log.SetOutput(os.Stdout)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Println("std logger now on stdout")
}
