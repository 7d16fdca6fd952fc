package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 1:
	case 3:
	case 2:
	}
	switch {
	case true:
		fallthrough
	}
	var i interface{}
	switch i.(type) {
	case int, int:
	}
	switch y := i.(type) {
	case string:
	}
}
