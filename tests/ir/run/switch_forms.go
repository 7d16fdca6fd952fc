// switch_forms: expression switches (fallthrough, tagless, interface tags
// and cases), type switches (nil, several types per case, default).
package main

import "fmt"

type E struct{}

func (E) Error() string { return "E" }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer"
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(n int) string {
	s := ""
	switch {
	case n > 90:
		s += "A"
		fallthrough
	case n > 80:
		s += "B"
	case n > 70:
		s += "C"
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, v := range []interface{}{nil, 1, int64(2), E{}, []int{1, 2}, "s", 3.5} {
		fmt.Println(kind(v))
	}
	fmt.Println(grade(95), grade(85), grade(75), grade(5))
	var i interface{} = 2
	switch i {
	case 1:
		fmt.Println("one")
	case 2, "two":
		fmt.Println("two")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
	}
	switch b := interface{}(true); {
	case b == true:
		fmt.Println("true!")
	}
	var err error
	switch err {
	case nil:
		fmt.Println("no error")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched")
		break
	default:
		fmt.Println("no")
	}
}
