// value.go -- printing values of any type by kind, through reflectlite:
// structs ({a b}, {A:a B:b}, main.T{A:a, B:b}), maps (keys sorted), slices,
// arrays, pointers (&{...} at top level, 0xc000... below), interfaces.
package fmt

import "internal/reflectlite"

// printValue is similar to printArg but starts with a reflect value, not
// an interface{} value. It does not handle 'p' and 'T' verbs because these
// should have been already handled by printArg.
func (p *pp) printValue(value reflectlite.Value, verb rune, depth int) {
	// Nested values get their methods honoured here (printArg did it for
	// the top level); values reached through unexported fields do not.
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch f := value; value.Kind() {
	case reflectlite.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
	case reflectlite.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		p.fmtInteger(uint64(f.Int()), signed, verb)
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		p.fmtInteger(f.Uint(), unsigned, verb)
	case reflectlite.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflectlite.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflectlite.String:
		p.fmtString(f.String(), verb)
	case reflectlite.Map:
		if p.fmt.sharpV {
			p.buf.writeString(f.Type().String())
			if f.IsNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		keys, vals := sortedMap(f)
		for i, key := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(key, verb, depth+1)
			p.buf.writeByte(':')
			p.printValue(vals[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case reflectlite.Struct:
		if p.fmt.sharpV {
			p.buf.writeString(f.Type().String())
		}
		p.buf.writeByte('{')
		for i := 0; i < f.NumField(); i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := f.Type().Field(i).Name; name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			p.printValue(getField(f, i), verb, depth+1)
		}
		p.buf.writeByte('}')
	case reflectlite.Interface:
		value := f.Elem()
		if !value.IsValid() {
			if p.fmt.sharpV {
				p.buf.writeString(f.Type().String())
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(value, verb, depth+1)
		}
	case reflectlite.Array, reflectlite.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte arrays and slices of any named byte type print as bytes.
			t := f.Type()
			if t.Elem().Kind() == reflectlite.Uint8 {
				bytes := make([]byte, f.Len())
				for i := range bytes {
					bytes[i] = byte(f.Index(i).Uint())
				}
				p.fmtBytes(bytes, verb, t.String())
				return
			}
		}
		if p.fmt.sharpV {
			p.buf.writeString(f.Type().String())
			if f.Kind() == reflectlite.Slice && f.IsNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i := 0; i < f.Len(); i++ {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(f.Index(i), verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case reflectlite.Pointer:
		// Only a top-level pointer to a composite prints as &{...}; deeper
		// ones print as addresses, which also stops cycles.
		if depth == 0 && f.Pointer() != 0 {
			switch a := f.Elem(); a.Kind() {
			case reflectlite.Array, reflectlite.Slice, reflectlite.Struct, reflectlite.Map:
				p.buf.writeByte('&')
				p.printValue(a, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflectlite.Chan, reflectlite.Func, reflectlite.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// getField gets the i'th field of the struct value. If the field is itself
// a non-nil interface, return a value for the thing inside the interface,
// not the interface itself.
func getField(v reflectlite.Value, i int) reflectlite.Value {
	val := v.Field(i)
	if val.Kind() == reflectlite.Interface && !val.IsNil() {
		val = val.Elem()
	}
	return val
}
