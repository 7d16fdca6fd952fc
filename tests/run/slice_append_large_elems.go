// Append growth with large elements: once a backing array passes 32 KB it
// is a large allocation rounded to whole pages, so capacities jump
// differently; element sizes 3, 5, 7, 9, 17, 33, 1000 and 5000 bytes.
package main

import "fmt"

type b3 [3]byte
type b5 [5]byte
type b7 [7]byte
type b9 [9]byte
type b17 [17]byte
type b33 [33]byte
type b1000 [1000]byte
type b5000 [5000]byte

func main() {
	var s3 []b3
	var s5 []b5
	var s7 []b7
	var s9 []b9
	var s17 []b17
	var s33 []b33
	var s1000 []b1000
	var s5000 []b5000
	caps := make([][]int, 8)
	record := func(k, c int) {
		if len(caps[k]) == 0 || caps[k][len(caps[k])-1] != c {
			caps[k] = append(caps[k], c)
		}
	}
	for n := 0; n < 600; n++ {
		s3 = append(s3, b3{})
		s5 = append(s5, b5{})
		s7 = append(s7, b7{})
		s9 = append(s9, b9{})
		s17 = append(s17, b17{})
		s33 = append(s33, b33{})
		s1000 = append(s1000, b1000{})
		s5000 = append(s5000, b5000{})
		record(0, cap(s3))
		record(1, cap(s5))
		record(2, cap(s7))
		record(3, cap(s9))
		record(4, cap(s17))
		record(5, cap(s33))
		record(6, cap(s1000))
		record(7, cap(s5000))
	}
	for k, name := range []string{"3", "5", "7", "9", "17", "33", "1000", "5000"} {
		fmt.Println("size", name+":", caps[k])
	}
	type rec struct {
		a int64
		b byte
	}
	var rs []rec
	last := -1
	for i := 0; i < 2000; i++ {
		rs = append(rs, rec{})
		if cap(rs) != last {
			fmt.Print(cap(rs), " ")
			last = cap(rs)
		}
	}
	fmt.Println()
}
