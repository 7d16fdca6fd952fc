// The empty struct: zero-size values used as set members and signals; all
// values of it are equal.
package main

import (
	"fmt"
	"sort"
)

type void struct{}

func (void) Hello() string { return "hello from void" }

func main() {
	set := map[string]struct{}{}
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		set[w] = struct{}{}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(set))
	_, has := set["c"]
	fmt.Println(has)
	var a, b struct{}
	fmt.Println(a == b, a, void{}.Hello())
	arr := make([]struct{}, 1000)
	fmt.Println(len(arr), arr[999] == struct{}{})
	fmt.Printf("%v %+v %#v %T\n", void{}, void{}, void{}, void{})
	var i interface{} = void{}
	_, ok := i.(void)
	fmt.Println(ok, i == interface{}(void{}))
}
