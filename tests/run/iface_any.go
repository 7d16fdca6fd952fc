// interface{} (any) holds any value: reassigning changes the dynamic type;
// slices of any; any passed to variadic functions.
package main

import "fmt"

type Pair struct {
	K string
	V any
}

func count(args ...any) (ints, strs, others int) {
	for _, a := range args {
		switch a.(type) {
		case int:
			ints++
		case string:
			strs++
		default:
			others++
		}
	}
	return
}

func main() {
	var x any
	fmt.Printf("%v %T\n", x, x)
	x = 42
	fmt.Printf("%v %T\n", x, x)
	x = "text"
	fmt.Printf("%v %T\n", x, x)
	x = []any{1, "a", nil, 2.5, []int{1}}
	fmt.Printf("%v %T\n", x, x)
	x = Pair{"k", Pair{"inner", true}}
	fmt.Printf("%v %+v %T\n", x, x, x)
	fmt.Println(count(1, 2, "a", 3.0, nil, "b"))
	vals := []int{1, 2, 3}
	boxed := make([]any, len(vals))
	for i, v := range vals {
		boxed[i] = v
	}
	fmt.Println(count(boxed...))
	fmt.Println(fmt.Sprint(boxed...), fmt.Sprintln(boxed...) == "1 2 3\n")
	m := map[string]any{"n": 1, "s": "x", "l": []string{"a"}}
	fmt.Println(m)
}
