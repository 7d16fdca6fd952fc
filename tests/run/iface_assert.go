// Comma-ok type assertions: to concrete types and to interface types; on
// failure the result is the zero value and false.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Named interface{ Name() string }
type Dog struct{ n string }

func (d Dog) Name() string { return d.n }

func describe(v interface{}) string {
	if s, ok := v.(string); ok {
		return "string " + strconv.Quote(s)
	}
	if n, ok := v.(int); ok {
		return "int " + strconv.Itoa(n)
	}
	if nm, ok := v.(Named); ok {
		return "named " + nm.Name()
	}
	if e, ok := v.(error); ok {
		return "error " + e.Error()
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	for _, v := range []interface{}{"hi", 42, Dog{"rex"}, &Dog{"ptr"}, errors.New("boom"), 3.5, nil, int8(1)} {
		fmt.Println(describe(v))
	}
	var i interface{} = 7
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	d, ok := i.(Dog)
	fmt.Printf("%+v %v\n", d, ok)
	var nm Named = Dog{"x"}
	dog, ok := nm.(Dog)
	fmt.Println(dog.n, ok)
	pd, ok := nm.(*Dog)
	fmt.Println(pd == nil, ok)
	var nilI interface{}
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	_, ok = i.(interface{})
	fmt.Println(ok)
}
