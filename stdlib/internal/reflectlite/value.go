// value.go -- Value: a static type plus the value boxed in an interface{}.
//
// The invariant: for a non-interface static type, val's dynamic type is typ;
// for an Interface static type, val holds the interface's dynamic value (nil
// for a nil interface), exactly what converting it to interface{} gives. So a
// Value never needs a pointer into memory, and the natives below can box
// elements, fields and pointees into fresh interface{} values.
package reflectlite

// valueLen returns len(x) for a String, Array, Slice, Map or Chan value.
func valueLen(x interface{}) int

// valueIndex returns element i of an Array or Slice value x, boxed; for an
// interface element type, the element's dynamic value. The caller checks i.
func valueIndex(x interface{}, i int) interface{}

// valueField returns field i of a Struct value x, boxed as valueIndex does.
func valueField(x interface{}, i int) interface{}

// valueElem returns *x for a non-nil Pointer value x, boxed as valueIndex does.
func valueElem(x interface{}) interface{}

// valueIsNil reports whether a Chan, Func, Map, Pointer, Slice or
// UnsafePointer value x is nil.
func valueIsNil(x interface{}) bool

// valuePointer returns x's pointer word as an integer: the address a Chan,
// Func, Map, Pointer or UnsafePointer value holds, or a Slice's data pointer.
func valuePointer(x interface{}) uintptr

// valueInt returns a value of any signed integer kind as int64.
func valueInt(x interface{}) int64

// valueUint returns a value of any unsigned integer kind as uint64.
func valueUint(x interface{}) uint64

// valueFloat returns a Float32 or Float64 value as float64.
func valueFloat(x interface{}) float64

// valueBool returns a value of Bool kind.
func valueBool(x interface{}) bool

// valueString returns a value of String kind.
func valueString(x interface{}) string

// valueMapEntries returns the keys and elements of a Map value, boxed as
// valueIndex does, in the map's (random) iteration order.
func valueMapEntries(x interface{}) (keys, elems []interface{})

// valueSwap swaps elements i and j of a Slice value x in place (the slice
// shares its backing array with the caller). The caller checks i and j.
func valueSwap(x interface{}, i, j int)

// valueStore sets *p = v for a non-nil Pointer value p whose element type v's
// dynamic type is assignable to (for an interface element type, v is stored
// converted to that interface).
func valueStore(p interface{}, v interface{})

// A Value is a value of some static type, inspected at run time.
type Value struct {
	typ Type
	val interface{}
	ro  bool // reached through an unexported struct field
}

// ValueOf returns a Value for i's dynamic value; the zero Value if i is nil.
func ValueOf(i interface{}) Value {
	if i == nil {
		return Value{}
	}
	return Value{typ: typeOf(i), val: i}
}

// A ValueError is the panic value of a Value method called on the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) must(method string, kinds ...Kind) {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic(&ValueError{Method: "reflect.Value." + method, Kind: k})
}

// IsValid reports whether v represents a value (false for the zero Value).
func (v Value) IsValid() bool { return v.typ != 0 }

// Kind returns the kind of v's static type; Invalid for the zero Value.
func (v Value) Kind() Kind { return v.typ.Kind() }

// Type returns v's static type.
func (v Value) Type() Type { return v.typ }

// CanInterface reports whether Interface may be used: false for values
// reached through unexported struct fields.
func (v Value) CanInterface() bool { return v.typ != 0 && !v.ro }

// Interface returns v's value as an interface{} (for an Interface-kind value,
// its dynamic value).
func (v Value) Interface() interface{} {
	if v.typ == 0 {
		panic(&ValueError{Method: "reflect.Value.Interface", Kind: Invalid})
	}
	if v.ro {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.val
}

// Len returns v's length.
func (v Value) Len() int {
	v.must("Len", String, Array, Slice, Map, Chan)
	return valueLen(v.val)
}

// Index returns element i of an Array or Slice.
func (v Value) Index(i int) Value {
	v.must("Index", Array, Slice)
	if i < 0 || i >= valueLen(v.val) {
		panic("reflect: array index out of range")
	}
	return Value{typ: typeElem(v.typ), val: valueIndex(v.val, i), ro: v.ro}
}

// NumField returns the number of fields of a Struct value.
func (v Value) NumField() int {
	v.must("NumField", Struct)
	return typeNumField(v.typ)
}

// Field returns field i of a Struct value.
func (v Value) Field(i int) Value {
	v.must("Field", Struct)
	f := v.typ.Field(i)
	return Value{typ: f.Type, val: valueField(v.val, i), ro: v.ro || !f.IsExported()}
}

// Elem returns the value an Interface contains or a Pointer points to; the
// zero Value for a nil interface or pointer.
func (v Value) Elem() Value {
	v.must("Elem", Interface, Pointer)
	if v.Kind() == Interface {
		w := ValueOf(v.val)
		w.ro = v.ro
		return w
	}
	if valueIsNil(v.val) {
		return Value{}
	}
	return Value{typ: typeElem(v.typ), val: valueElem(v.val), ro: v.ro}
}

// IsNil reports whether a Chan, Func, Interface, Map, Pointer or Slice is nil.
func (v Value) IsNil() bool {
	v.must("IsNil", Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer)
	if v.Kind() == Interface {
		return v.val == nil
	}
	return valueIsNil(v.val)
}

// Pointer returns v's pointer word as an integer.
func (v Value) Pointer() uintptr {
	v.must("Pointer", Chan, Func, Map, Pointer, Slice, UnsafePointer)
	return valuePointer(v.val)
}

// Int returns a signed integer value.
func (v Value) Int() int64 {
	v.must("Int", Int, Int8, Int16, Int32, Int64)
	return valueInt(v.val)
}

// Uint returns an unsigned integer value.
func (v Value) Uint() uint64 {
	v.must("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	return valueUint(v.val)
}

// Float returns a floating-point value.
func (v Value) Float() float64 {
	v.must("Float", Float32, Float64)
	return valueFloat(v.val)
}

// Bool returns a boolean value.
func (v Value) Bool() bool {
	v.must("Bool", Bool)
	return valueBool(v.val)
}

// String returns a String value's contents, or "<T Value>" for other kinds
// (as reflect does).
func (v Value) String() string {
	if v.Kind() == String {
		return valueString(v.val)
	}
	if v.typ == 0 {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// MapEntries returns a Map value's keys and elements, in iteration order.
func (v Value) MapEntries() (keys, elems []Value) {
	v.must("MapEntries", Map)
	ks, es := valueMapEntries(v.val)
	kt, et := typeKey(v.typ), typeElem(v.typ)
	keys = make([]Value, len(ks))
	elems = make([]Value, len(es))
	for i := range ks {
		keys[i] = Value{typ: kt, val: ks[i], ro: v.ro}
		elems[i] = Value{typ: et, val: es[i], ro: v.ro}
	}
	return keys, elems
}

// Swapper returns a function that swaps the elements i and j of slice.
func Swapper(slice interface{}) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := valueLen(slice)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		valueSwap(slice, i, j)
	}
}

// Store sets *p = x; p must be a non-nil pointer whose element type x's
// dynamic type is assignable to.
func Store(p interface{}, x interface{}) {
	pv := ValueOf(p)
	if pv.Kind() != Pointer || pv.IsNil() {
		panic("reflectlite: Store needs a non-nil pointer")
	}
	if x != nil && !typeOf(x).AssignableTo(typeElem(pv.typ)) {
		panic("reflectlite: Store of " + typeOf(x).String() + " into " + pv.typ.String())
	}
	valueStore(p, x)
}
