// Small encoders: Roman numerals both ways, run-length encoding of runes,
// Caesar cipher, base-N conversion and a hex dump.
package main

import (
	"fmt"
	"strings"
)

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range romanVals {
		for n >= v {
			sb.WriteString(romanSyms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func rle(s string) string {
	var sb strings.Builder
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && r[j] == r[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, r[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		sb.WriteString(strings.Repeat(string(c), n))
		n = 0
	}
	return sb.String()
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + rune((int(r-'a')+k%26+26)%26)
		}
		return r
	}, s)
}

func toBase(n uint64, base uint64) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{digits[n%base]}, b...)
		n /= base
	}
	return string(b)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2023, 3999} {
		r := toRoman(n)
		fmt.Print(n, "=", r, "=", fromRoman(r), " ")
	}
	fmt.Println()
	for _, s := range []string{"aaabccddddd", "héééllo", "", "xyz"} {
		e := rle(s)
		fmt.Printf("%q -> %q -> ok=%v\n", s, e, unrle(e) == s)
	}
	c := caesar("hello, world", 3)
	fmt.Println(c, caesar(c, -3))
	for _, b := range []uint64{2, 8, 16, 36} {
		fmt.Print(toBase(1<<64-1, b), " ")
	}
	fmt.Println()
	data := []byte("subgo: a teaching VM\x00\x01\xff")
	for off := 0; off < len(data); off += 8 {
		end := off + 8
		if end > len(data) {
			end = len(data)
		}
		chunk := data[off:end]
		ascii := strings.Map(func(r rune) rune {
			if r < 32 || r > 126 {
				return '.'
			}
			return r
		}, string(chunk))
		fmt.Printf("%04x  % -24x |%s|\n", off, chunk, ascii)
	}
}
