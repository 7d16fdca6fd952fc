// control: range over slices, arrays, strings and maps, switch with
// fallthrough, type switch with case nil and multi-type cases, labels.
package main

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8:
		return "int"
	case string:
		return x
	default:
		return "other"
	}
}

func main() {
	arr := [3]int{1, 2, 3}
	n := 0
outer:
	for i, v := range arr {
		for _, r := range "aé" {
			if r > 'z' {
				continue outer
			}
			n += i * v
		}
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		n += len(k) + v
	}
	switch {
	case n > 100:
		n = 0
		fallthrough
	case n > 1:
		n++
	default:
		n--
	}
	println(n, kind(nil), kind(int8(1)), kind("s"))
}
