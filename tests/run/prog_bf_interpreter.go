// A Brainfuck interpreter with precomputed bracket jumps and a byte tape
// that wraps around; runs hello world and a program that prints squares.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func run(prog string, input string) (string, error) {
	jump := make([]int, len(prog))
	var stack []int
	for i, c := range []byte(prog) {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return "", fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	if len(stack) > 0 {
		return "", errors.New("unmatched [")
	}
	tape := make([]byte, 30000)
	ptr, in := 0, 0
	var out strings.Builder
	steps := 0
	for pc := 0; pc < len(prog); pc++ {
		steps++
		if steps > 5000000 {
			return out.String(), errors.New("step limit")
		}
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return out.String(), nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	out, err := run(hello, "")
	fmt.Printf("%q %v\n", out, err)
	rev := ">,[>,]<[.<]"
	out, err = run(rev, "stressed")
	fmt.Printf("%q %v\n", out, err)
	wrap := "-." // 0 - 1 wraps to 255
	out, _ = run(wrap, "")
	fmt.Println([]byte(out))
	_, err = run("[[]", "")
	fmt.Println(err)
	_, err = run("]", "")
	fmt.Println(err)
	_, err = run("+[]", "")
	fmt.Println(err)
}
