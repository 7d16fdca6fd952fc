// msets_reflect: fmt finds String and Error methods on values it reaches
// through reflectlite (elements, fields, map keys and values, pointees),
// so their method sets must be in the program's table; promoted methods
// through embedded values, pointers and interfaces satisfy interfaces.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temp struct {
	Where string
	C     Celsius
	Prev  *Celsius
}

type Key struct{ a, b int }

func (k Key) String() string { return fmt.Sprintf("<%d,%d>", k.a, k.b) }

type PtrOnly struct{ n int }

func (p *PtrOnly) String() string { return fmt.Sprint("ptr", p.n) }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	*Logger
	fmt.Stringer
	name string
}

type Logs interface{ Log(string) string }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	prev := Celsius(18.25)
	t := Temp{"here", 21.5, &prev}
	fmt.Println(t, []Celsius{1, 2}, map[Key]Celsius{{1, 2}: 3})
	fmt.Printf("%v %+v %s\n", t, []*Temp{&t}[0].C, Key{3, 4})
	fmt.Println(PtrOnly{1}, &PtrOnly{2}, []*PtrOnly{{3}}, [1]PtrOnly{{4}})

	s := Service{&Logger{"> "}, Celsius(5), "svc"}
	var l Logs = s
	var str fmt.Stringer = s
	fmt.Println(l.Log("hi"), str.String(), s)

	var err error = &MyErr{7}
	wrapped := fmt.Errorf("wrap: %w", err)
	var target *MyErr
	fmt.Println(wrapped, errors.As(wrapped, &target), target.code, errors.Unwrap(wrapped) == err)

	words := []string{"ccc", "a", "bb"}
	sort.Sort(byLen(words))
	fmt.Println(words, strings.Join(words, ","))
	sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
	fmt.Println(words)
}
