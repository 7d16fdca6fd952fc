// Type switches: single-type cases bind the concrete type, multi-type cases
// keep the interface type, nil case, default, interface-type cases, order.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("pointer to ", *x)
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	n := 5
	vals := []interface{}{nil, 1, int64(2), "abc", errors.New("e"), MyErr{7}, Temp(21.5),
		[]int{1, 2, 3}, func() int { return 9 }, &n, true, false, 2.5, []string{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var err error = MyErr{1}
	switch err.(type) {
	case MyErr:
		fmt.Println("MyErr value")
	}
	switch e := err.(type) {
	case interface{ Error() string }:
		fmt.Println("has Error:", e.Error())
	}
	var s Stringer
	switch s.(type) {
	case nil:
		fmt.Println("nil Stringer")
	default:
		fmt.Println("non-nil")
	}
	switch v := interface{}(3).(type) {
	default:
		fmt.Printf("%T %v\n", v, v)
	}
}
