// Text layout: greedy word wrapping, full justification with distributed
// spaces, centring, and a boxed table with column widths counted in runes.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(words []string, width int) string {
	if len(words) == 1 {
		return words[0]
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	var sb strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	sb.WriteString(sep + "\n")
	for ri, r := range rows {
		sb.WriteString("|")
		for i, c := range r {
			sb.WriteString(" " + c + strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)) + " |")
		}
		sb.WriteString("\n")
		if ri == 0 {
			sb.WriteString(sep + "\n")
		}
	}
	sb.WriteString(sep + "\n")
	return sb.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds count as runes, not bytes."
	lines := wrap(text, 28)
	for i, l := range lines {
		s := strings.Join(l, " ")
		if i < len(lines)-1 {
			s = justify(l, 28)
		}
		fmt.Printf("|%-28s|\n", s)
	}
	fmt.Printf("[%s]\n[%s]\n", center("title", 11), center("日本語", 8))
	fmt.Print(table([][]string{{"name", "lang", "stars"}, {"subgo", "C", "1"}, {"gö", "Go", "120000"}, {"日本", "?", ""}}))
}
