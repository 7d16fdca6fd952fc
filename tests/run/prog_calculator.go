// A recursive-descent calculator with precedence, unary minus, parentheses,
// variables and errors (division by zero recovered from a runtime panic).
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type calc struct {
	toks []string
	pos  int
	vars map[string]int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || unicode.IsLetter(c):
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || unicode.IsLetter(rune(s[j]))) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func (c *calc) peek() string {
	if c.pos < len(c.toks) {
		return c.toks[c.pos]
	}
	return ""
}

func (c *calc) next() string {
	t := c.peek()
	c.pos++
	return t
}

func (c *calc) expr() int {
	v := c.term()
	for c.peek() == "+" || c.peek() == "-" {
		if c.next() == "+" {
			v += c.term()
		} else {
			v -= c.term()
		}
	}
	return v
}

func (c *calc) term() int {
	v := c.unary()
	for c.peek() == "*" || c.peek() == "/" || c.peek() == "%" {
		switch c.next() {
		case "*":
			v *= c.unary()
		case "/":
			v /= c.unary()
		case "%":
			v %= c.unary()
		}
	}
	return v
}

func (c *calc) unary() int {
	if c.peek() == "-" {
		c.next()
		return -c.unary()
	}
	return c.primary()
}

func (c *calc) primary() int {
	t := c.next()
	switch {
	case t == "(":
		v := c.expr()
		if c.next() != ")" {
			panic(fmt.Errorf("expected )"))
		}
		return v
	case t == "":
		panic(fmt.Errorf("unexpected end"))
	case unicode.IsDigit(rune(t[0])):
		n, err := strconv.Atoi(t)
		if err != nil {
			panic(err)
		}
		return n
	case unicode.IsLetter(rune(t[0])):
		v, ok := c.vars[t]
		if !ok {
			panic(fmt.Errorf("undefined: %s", t))
		}
		return v
	}
	panic(fmt.Errorf("unexpected %q", t))
}

func eval(line string, vars map[string]int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	name := ""
	if i := strings.Index(line, "="); i >= 0 {
		name = strings.TrimSpace(line[:i])
		line = line[i+1:]
	}
	c := &calc{toks: tokenize(line), vars: vars}
	result = c.expr()
	if c.pos < len(c.toks) {
		return 0, fmt.Errorf("trailing %q", c.toks[c.pos])
	}
	if name != "" {
		vars[name] = result
	}
	return result, nil
}

func main() {
	vars := map[string]int{}
	for _, line := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-4 - -4", "x = 7 * 6", "x / 5", "x % 5", "y = x - 2*x",
		"y * (x + 1)", "10 / (5 - 5)", "2 +", "foo + 1", "3 4", "((2))", "99999999999999999999",
		"-(-(-1))", "100 / 7 / 2",
	} {
		v, err := eval(line, vars)
		if err != nil {
			fmt.Printf("%-22s error: %v\n", line, err)
		} else {
			fmt.Printf("%-22s = %d\n", line, v)
		}
	}
	fmt.Println(vars)
}
