// A JSON-like pretty printer for nested interface{} values (maps with
// sorted keys, slices, strings with escapes, numbers, bools, null), plus a
// small parser for the same syntax to round-trip the output.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func write(sb *strings.Builder, v interface{}, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			write(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]interface{}:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(indent + "  " + strconv.Quote(k) + ": ")
			write(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<%T>\"", x))
	}
}

func Pretty(v interface{}) string {
	var sb strings.Builder
	write(&sb, v, "")
	return sb.String()
}

type parser struct {
	s   string
	pos int
}

var errSyntax = errors.New("syntax error")

func (p *parser) skip() {
	for p.pos < len(p.s) && strings.IndexByte(" \n\t\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) value() (interface{}, error) {
	p.skip()
	if p.pos >= len(p.s) {
		return nil, fmt.Errorf("offset %d: unexpected end: %w", p.pos, errSyntax)
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		m := map[string]interface{}{}
		for {
			p.skip()
			if p.s[p.pos] == '}' {
				p.pos++
				return m, nil
			}
			k, err := p.value()
			if err != nil {
				return nil, err
			}
			key, ok := k.(string)
			if !ok {
				return nil, fmt.Errorf("offset %d: key must be a string: %w", p.pos, errSyntax)
			}
			p.skip()
			if p.s[p.pos] != ':' {
				return nil, fmt.Errorf("offset %d: want ':': %w", p.pos, errSyntax)
			}
			p.pos++
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			m[key] = v
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '[':
		p.pos++
		var list []interface{}
		for {
			p.skip()
			if p.s[p.pos] == ']' {
				p.pos++
				if list == nil {
					list = []interface{}{}
				}
				return list, nil
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			list = append(list, v)
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '"':
		end := p.pos + 1
		for end < len(p.s) && p.s[end] != '"' {
			if p.s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(p.s) {
			return nil, fmt.Errorf("offset %d: unterminated string: %w", p.pos, errSyntax)
		}
		s, err := strconv.Unquote(p.s[p.pos : end+1])
		p.pos = end + 1
		return s, err
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	default:
		end := p.pos
		for end < len(p.s) && strings.IndexByte("+-.eE0123456789", p.s[end]) >= 0 {
			end++
		}
		text := p.s[p.pos:end]
		p.pos = end
		if n, err := strconv.Atoi(text); err == nil {
			return n, nil
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return nil, fmt.Errorf("offset %d: bad number %q: %w", p.pos, text, errSyntax)
		}
		return f, nil
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "subgo",
		"version": 1,
		"ratio":   0.75,
		"tags":    []interface{}{"go", "vm", "teaching"},
		"nested": map[string]interface{}{
			"empty_list": []interface{}{},
			"empty_map":  map[string]interface{}{},
			"ok":         true,
			"nothing":    nil,
			"quote":      "say \"hi\"\n\ttab",
		},
		"matrix": []interface{}{[]interface{}{1, 2}, []interface{}{3, 4.5e10}},
	}
	out := Pretty(doc)
	fmt.Println(out)
	p := &parser{s: out}
	back, err := p.value()
	fmt.Println(err, Pretty(back) == out)
	for _, bad := range []string{`{"a": }`, `[1, 2`, `{"k" 1}`, `{1: 2}`, `"open`} {
		p := &parser{s: bad}
		_, err := func() (v interface{}, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("parser crashed: %v", r)
				}
			}()
			return p.value()
		}()
		fmt.Printf("%-10s -> %v (syntax: %v)\n", bad, err, errors.Is(err, errSyntax))
	}
}
