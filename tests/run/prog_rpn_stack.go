// A reverse-Polish-notation evaluator on a generic-free stack type, with
// float formatting and error handling for underflow and unknown tokens.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Stack struct{ data []float64 }

var ErrUnderflow = errors.New("stack underflow")

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }

func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, ErrUnderflow
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func rpn(expr string) (float64, error) {
	var st Stack
	binary := map[string]func(a, b float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
		"^": math.Pow,
	}
	for _, tok := range strings.Fields(expr) {
		if f, ok := binary[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %w", tok, err)
			}
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %w", tok, err)
			}
			st.Push(f(a, b))
			continue
		}
		switch tok {
		case "sqrt":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(math.Sqrt(a))
		case "dup":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(a)
			st.Push(a)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			st.Push(v)
		}
	}
	if len(st.data) != 1 {
		return 0, fmt.Errorf("%d values left on the stack", len(st.data))
	}
	return st.data[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 0.5 ^", "1 0 /", "-1 sqrt", "2 dup *", "1 +", "1 2", "x 1 +", "3 4 2 * 1 5 - 2 3 ^ ^ / +", "0.1 0.2 +"} {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-30s error: %v (underflow: %v)\n", e, err, errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-30s = %v\n", e, v)
	}
}
