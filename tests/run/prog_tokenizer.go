// A tokenizer for a small expression language: identifiers, numbers
// (int and float), strings with escapes, operators (longest match),
// comments, and error reporting with line:column positions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Int
	Float
	String
	Op
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Int", "Float", "String", "Op", "Illegal"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%d %-7v %q", t.Line, t.Col, t.Kind, t.Text)
}

type Lexer struct {
	src       []rune
	pos       int
	line, col int
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), line: 1, col: 1} }

func (l *Lexer) peek(off int) rune {
	if l.pos+off < len(l.src) {
		return l.src[l.pos+off]
	}
	return 0
}

func (l *Lexer) advance() rune {
	r := l.src[l.pos]
	l.pos++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

var operators = []string{"<<=", ">>=", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", ":=", "+", "-", "*", "/", "%", "(", ")", "{", "}", "=", "<", ">", ",", ";", "!"}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) {
		r := l.peek(0)
		if unicode.IsSpace(r) {
			l.advance()
		} else if r == '/' && l.peek(1) == '/' {
			for l.pos < len(l.src) && l.peek(0) != '\n' {
				l.advance()
			}
		} else {
			break
		}
	}
	line, col := l.line, l.col
	if l.pos >= len(l.src) {
		return Token{EOF, "", line, col}
	}
	start := l.pos
	r := l.peek(0)
	switch {
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek(0)) || unicode.IsDigit(l.peek(0)) || l.peek(0) == '_' {
			l.advance()
		}
		return Token{Ident, string(l.src[start:l.pos]), line, col}
	case unicode.IsDigit(r):
		kind := Int
		for unicode.IsDigit(l.peek(0)) {
			l.advance()
		}
		if l.peek(0) == '.' && unicode.IsDigit(l.peek(1)) {
			kind = Float
			l.advance()
			for unicode.IsDigit(l.peek(0)) {
				l.advance()
			}
		}
		return Token{kind, string(l.src[start:l.pos]), line, col}
	case r == '"':
		l.advance()
		var sb strings.Builder
		for {
			if l.pos >= len(l.src) || l.peek(0) == '\n' {
				return Token{Illegal, "unterminated string", line, col}
			}
			c := l.advance()
			if c == '"' {
				return Token{String, sb.String(), line, col}
			}
			if c == '\\' && l.pos < len(l.src) {
				switch e := l.advance(); e {
				case 'n':
					sb.WriteRune('\n')
				case 't':
					sb.WriteRune('\t')
				default:
					sb.WriteRune(e)
				}
				continue
			}
			sb.WriteRune(c)
		}
	}
	rest := string(l.src[l.pos:])
	for _, op := range operators {
		if strings.HasPrefix(rest, op) {
			for range op {
				l.advance()
			}
			return Token{Op, op, line, col}
		}
	}
	l.advance()
	return Token{Illegal, string(r), line, col}
}

func main() {
	src := `x := 42 + y_1*3.25 // comment
if x >= 10 && name != "wörld\n" {
	shift <<= 2; π = 3.14159
}
bad @ "open`
	lx := NewLexer(src)
	counts := map[Kind]int{}
	for {
		t := lx.Next()
		fmt.Println(t)
		counts[t.Kind]++
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
}
