// Building an aligned report with Sprintf: dynamic widths with *, left and
// right alignment, numbers with signs and thousands computed by hand.
package main

import (
	"fmt"
	"strings"
)

func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

type row struct {
	name  string
	value int64
	delta float64
}

func main() {
	rows := []row{{"alpha", 1234567, 0.0523}, {"beta", -9876, -0.25}, {"gamma-long-name", 0, 1}, {"δ", 1000, -0.001}}
	w := 0
	for _, r := range rows {
		if n := len([]rune(r.name)); n > w {
			w = n
		}
	}
	header := fmt.Sprintf("%-*s | %12s | %8s", w, "name", "value", "delta")
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))
	for _, r := range rows {
		fmt.Printf("%-*s | %12s | %+7.2f%%\n", w, r.name, thousands(r.value), r.delta*100)
	}
	fmt.Printf("%*s\n", len(header), "end")
	fmt.Printf("[%-8.3s] [%8.3s] [%-+6d] [%x] [%X] [%o]\n", "abcdef", "abcdef", 42, "Go", []byte{1, 171}, 64)
	fmt.Println(thousands(-1000000), thousands(999), thousands(1<<62))
}
