// A tiny bytecode stack machine (fitting for a project about VMs): an
// assembler with labels, a dispatch loop, calls with a return stack, and
// runtime errors reported as Go errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	CALL
	RET
	PRINT
	HALT
	OVER
	DROP
	LOAD
	STORE
)

var opNames = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP,
	"swap": SWAP, "jmp": JMP, "jz": JZ, "call": CALL, "ret": RET, "print": PRINT, "halt": HALT, "over": OVER, "drop": DROP,
	"load": LOAD, "store": STORE}

type Instr struct {
	Op  Op
	Arg int
}

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, len(lines))
	for i, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", i, f[0])
		}
		prog[i].Op = op
		if len(f) > 1 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				prog[i].Arg = n
			} else if at, ok := labels[f[1]]; ok {
				prog[i].Arg = at
			} else {
				return nil, fmt.Errorf("line %d: bad argument %q", i, f[1])
			}
		}
	}
	return prog, nil
}

var ErrStack = errors.New("stack underflow")

func run(prog []Instr, out *strings.Builder) (steps int, err error) {
	var stack, rstack []int
	var regs [8]int
	pop := func() int {
		if len(stack) == 0 {
			panic(ErrStack)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("after %d steps: %w", steps, e)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		pc++
		steps++
		switch in.Op {
		case PUSH:
			stack = append(stack, in.Arg)
		case ADD:
			b, a := pop(), pop()
			stack = append(stack, a+b)
		case SUB:
			b, a := pop(), pop()
			stack = append(stack, a-b)
		case MUL:
			b, a := pop(), pop()
			stack = append(stack, a*b)
		case DIV:
			b, a := pop(), pop()
			stack = append(stack, a/b)
		case DUP:
			a := pop()
			stack = append(stack, a, a)
		case OVER:
			b, a := pop(), pop()
			stack = append(stack, a, b, a)
		case DROP:
			pop()
		case LOAD:
			stack = append(stack, regs[in.Arg])
		case STORE:
			regs[in.Arg] = pop()
		case SWAP:
			b, a := pop(), pop()
			stack = append(stack, b, a)
		case JMP:
			pc = in.Arg
		case JZ:
			if pop() == 0 {
				pc = in.Arg
			}
		case CALL:
			rstack = append(rstack, pc)
			pc = in.Arg
		case RET:
			pc = rstack[len(rstack)-1]
			rstack = rstack[:len(rstack)-1]
		case PRINT:
			fmt.Fprintln(out, pop())
		case HALT:
			return steps, nil
		}
	}
	return steps, nil
}

const factorial = `
	push 20
	store 0      ; r0 = n
	push 1
	store 1      ; r1 = acc
loop:
	load 0
	jz done
	load 1
	load 0
	mul
	store 1      ; acc *= n
	load 0
	push -1
	add
	store 0      ; n--
	jmp loop
done:
	load 1
	print
	push 12
	call square
	print
	halt
square:          ; x -> x*x
	dup
	mul
	ret
`

func main() {
	simple := "push 6\npush 7\nmul\nprint\npush 1\npush 2\nover\nadd\nadd\nprint\npush 9\ndrop\npush 100\npush 7\ndiv\nprint\npush 3\nloop: dup\nprint\npush -1\nadd\ndup\njz end\njmp loop\nend: halt"
	for _, src := range []string{simple, "push 1\npush 0\ndiv", "add", "bogus 1", "push nowhere"} {
		prog, err := assemble(src)
		if err != nil {
			fmt.Println("assemble:", err)
			continue
		}
		var out strings.Builder
		steps, err := run(prog, &out)
		fmt.Printf("%q steps=%d err=%v\n", out.String(), steps, err)
	}
	prog, err := assemble(factorial)
	var out strings.Builder
	steps, err2 := run(prog, &out)
	fmt.Printf("%d instructions, %v; %q steps=%d err=%v\n", len(prog), err, out.String(), steps, err2)
}
