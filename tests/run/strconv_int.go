// strconv integer conversions: Itoa, Atoi and its errors, ParseInt and
// ParseUint with bases and bit sizes, FormatInt, AppendInt.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<62))
	for _, s := range []string{"42", "-42", "+7", "", "abc", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809", " 1", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1F", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 1, 64}, {"9", 8, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi("x")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 10))
	b := []byte("n=")
	b = strconv.AppendInt(b, -99, 10)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))
}
