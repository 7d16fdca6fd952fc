// Declarations: package clause, every import form, grouped and single
// const/var/type declarations, iota with implicit repetition, aliases,
// functions with and without bodies, methods.
package decls

import "fmt"
import m "math"
import . "strings"
import _ "os"
import (
	"sort"
	str "strconv"
	. "unicode"
	_ "errors"
)

import ()

const Pi = 3.14

const (
	A = iota
	B
	C, D = iota, iota * 2
	E, F
	_
	G string = "g"
	H
)

const ()

var x int
var y, z = 1, "z"
var (
	p *int
	q, r float64 = 1, 2
	s    = []int{1}
)

type T struct{}
type (
	U = T
	V int
	W []V
)

type Alias = map[string][]int

func native(x int) int

func (T) Value() {}
func (t *T) Pointer(a, b int, c ...string) (n int, err error) { return }
func (_ T) Blank()                                           {}

func f() (int, string) { return 0, "" }
func g() (x, y int)    { return }
func h(int, string, ...float64) func() func(int) error {
	return nil
}

var _ = fmt.Sprint(m.Pi, ToUpper("a"), sort.Ints, str.Itoa, IsLetter)
