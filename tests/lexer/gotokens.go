// gotokens prints Go's own tokenization of a file in the format of
// `subgo dump tokens`, so the lexer's golden files come from Go, not from
// subgo:
//
//	gotokens file.go > file.tokens
//	gotokens -values file.go... > values.golden
//
// With -values it prints instead the value of each string and rune literal
// ("LINE:COL<TAB>STRING<TAB>hex bytes" or "LINE:COL<TAB>CHAR<TAB>U+XXXX",
// after a "# file" line per file), the
// reference for lex_string_value and lex_char_value (tests/lexer/values.c).
//
// It uses go/scanner (comments off) and corrects the two places where
// go/scanner and gc's scanner disagree, because subgo follows gc:
//   - positions are gc's line:column in bytes, computed from byte offsets
//     (go/token puts the end of a file ending in a newline on the last line;
//     gc puts it on the next one);
//   - an automatic semicolon before a comment that ends the line: go/scanner
//     places it at the comment, gc at the newline after a line comment or a
//     one-line block comment, and at the comment only when a block comment
//     itself spans lines. gc also says "EOF" when the file ends instead.
//
// Raw strings are printed as written (go/scanner drops their carriage
// returns from the literal text; gc keeps them).
package main

import (
	"bytes"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"sort"
	"strconv"
	"strings"
)

var names = map[token.Token]string{
	token.EOF: "EOF", token.IDENT: "IDENT", token.INT: "INT", token.FLOAT: "FLOAT",
	token.IMAG: "IMAG", token.CHAR: "CHAR", token.STRING: "STRING",
	token.ADD: "ADD", token.SUB: "SUB", token.MUL: "MUL", token.QUO: "QUO",
	token.REM: "REM", token.AND: "AND", token.OR: "OR", token.XOR: "XOR",
	token.SHL: "SHL", token.SHR: "SHR", token.AND_NOT: "AND_NOT",
	token.ADD_ASSIGN: "ADD_ASSIGN", token.SUB_ASSIGN: "SUB_ASSIGN",
	token.MUL_ASSIGN: "MUL_ASSIGN", token.QUO_ASSIGN: "QUO_ASSIGN",
	token.REM_ASSIGN: "REM_ASSIGN", token.AND_ASSIGN: "AND_ASSIGN",
	token.OR_ASSIGN: "OR_ASSIGN", token.XOR_ASSIGN: "XOR_ASSIGN",
	token.SHL_ASSIGN: "SHL_ASSIGN", token.SHR_ASSIGN: "SHR_ASSIGN",
	token.AND_NOT_ASSIGN: "AND_NOT_ASSIGN", token.LAND: "LAND", token.LOR: "LOR",
	token.ARROW: "ARROW", token.INC: "INC", token.DEC: "DEC", token.EQL: "EQL",
	token.LSS: "LSS", token.GTR: "GTR", token.ASSIGN: "ASSIGN", token.NOT: "NOT",
	token.NEQ: "NEQ", token.LEQ: "LEQ", token.GEQ: "GEQ", token.DEFINE: "DEFINE",
	token.ELLIPSIS: "ELLIPSIS", token.LPAREN: "LPAREN", token.LBRACK: "LBRACK",
	token.LBRACE: "LBRACE", token.COMMA: "COMMA", token.PERIOD: "PERIOD",
	token.RPAREN: "RPAREN", token.RBRACK: "RBRACK", token.RBRACE: "RBRACE",
	token.SEMICOLON: "SEMICOLON", token.COLON: "COLON", token.TILDE: "TILDE",
}

// gcSemicolon moves an automatic semicolon that go/scanner put at offset off
// to where gc puts it, and says why it is there ("newline" or "EOF").
func gcSemicolon(src []byte, off int) (int, string) {
	for off < len(src) && src[off] == '/' {
		if src[off+1] == '/' {
			nl := bytes.IndexByte(src[off:], '\n')
			if nl < 0 {
				return len(src), "EOF"
			}
			return off + nl, "newline"
		}
		end := bytes.Index(src[off+2:], []byte("*/")) + off + 4
		if bytes.IndexByte(src[off:end], '\n') >= 0 {
			return off, "newline"
		}
		for off = end; off < len(src) && strings.IndexByte(" \t\r", src[off]) >= 0; off++ {
		}
	}
	if off == len(src) {
		return off, "EOF"
	}
	return off, "newline"
}

func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// value returns the printed value of a string or rune literal.
func value(tok token.Token, lit string) string {
	if tok == token.CHAR {
		r, _, _, err := strconv.UnquoteChar(lit[1:len(lit)-1], '\'')
		if err != nil {
			panic(err)
		}
		return fmt.Sprintf("U+%04X", r)
	}
	v, err := strconv.Unquote(lit)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("% x", v)
}

// dump prints one file's tokens (or literal values) to out; false if Go's
// scanner found an error.
func dump(path string, values bool, out *strings.Builder) bool {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	lineStarts := []int{0}
	for i, c := range src {
		if c == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))
	var s scanner.Scanner
	ok := true
	s.Init(file, src, func(pos token.Position, msg string) {
		fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
		ok = false
	}, 0)
	if values {
		fmt.Fprintf(out, "# %s\n", path)
	}
	for {
		pos, tok, lit := s.Scan()
		off := file.Offset(pos)
		switch {
		case tok == token.SEMICOLON && lit == ";":
			lit = "semicolon"
		case tok == token.SEMICOLON:
			off, lit = gcSemicolon(src, off)
		case tok == token.STRING && lit[0] == '`':
			lit = string(src[off : off+2+bytes.IndexByte(src[off+1:], '`')])
		case tok.IsKeyword():
			lit = ""
		}
		name, known := names[tok]
		if tok.IsKeyword() {
			name, known = strings.ToUpper(tok.String()), true
		}
		if !known {
			fmt.Fprintf(os.Stderr, "gotokens: unexpected token %v\n", tok)
			os.Exit(2)
		}
		line := sort.Search(len(lineStarts), func(i int) bool { return lineStarts[i] > off })
		col := off - lineStarts[line-1] + 1
		switch {
		case !values:
			fmt.Fprintf(out, "%d:%d\t%s\t%s\n", line, col, name, escape(lit))
		case tok == token.STRING || tok == token.CHAR:
			fmt.Fprintf(out, "%d:%d\t%s\t%s\n", line, col, name, value(tok, lit))
		}
		if tok == token.EOF {
			return ok
		}
	}
}

func main() {
	args := os.Args[1:]
	values := len(args) > 0 && args[0] == "-values"
	if values {
		args = args[1:]
	}
	out := new(strings.Builder)
	ok := true
	for _, path := range args {
		ok = dump(path, values, out) && ok
	}
	if !ok {
		os.Exit(1)
	}
	os.Stdout.WriteString(out.String())
}
