// Package reflectlite is subgo's tiny stand-in for reflect, used only by the
// standard library (fmt prints arbitrary values, errors.As stores through a
// pointer, sort.Slice swaps elements). Go's own errors and sort use a package
// of the same name for the same job.
//
// Design: a Type is an opaque handle on a runtime type descriptor (the
// runtime's _type, which is never freed, so a uintptr is a safe handle). A
// Value pairs a static Type with the value boxed in an interface{}. Every
// query that needs the runtime's knowledge of memory layout is a native (a
// body-less function implemented in C by the runtime); everything else is Go.
//
// This file: Kind, Type and the natives that inspect type descriptors.
package reflectlite

// A Kind is the specific kind of type that a Type represents. The values are
// those of Go's reflect.Kind, so runtime descriptors can share one numbering.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

// String returns the name of k as reflect prints it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// Type is a handle on a runtime type descriptor. The zero Type means "no
// type" (the type of a nil interface value).
type Type uintptr

// typeOf returns the dynamic type of i, or 0 if i is nil.
func typeOf(i interface{}) Type

// typeKind returns t's kind (Invalid for 0).
func typeKind(t Type) Kind

// typeString returns t's name as Go's reflect.Type.String spells it:
// "int", "main.T", "*main.T", "[]interface {}", "map[string]int",
// "[3]uint8", "chan<- int", "func(int, ...string) (bool, error)",
// "struct { A int; b string }" (tags as Go prints them: struct { A int
// "json:\"a\"" }), "interface { M() }", "error".
func typeString(t Type) string

// typeElem returns the element type of an Array, Chan, Map, Pointer or
// Slice type t. The runtime panics for other kinds.
func typeElem(t Type) Type

// typeKey returns the key type of Map type t.
func typeKey(t Type) Type

// typeLen returns the length of Array type t.
func typeLen(t Type) int

// typeNumField returns the number of fields of Struct type t.
func typeNumField(t Type) int

// typeField returns field i of Struct type t: its name (for an embedded
// field, the type's name without package or '*'), its type, and whether it
// is embedded.
func typeField(t Type, i int) (name string, typ Type, embedded bool)

// typeImplements reports whether t implements Interface type iface.
func typeImplements(t, iface Type) bool

// typeComparable reports whether values of type t are comparable with ==
// (false for slices, maps, funcs and structs/arrays containing them).
func typeComparable(t Type) bool

// TypeOf returns the dynamic type of i; the zero Type if i is nil.
func TypeOf(i interface{}) Type { return typeOf(i) }

// Kind returns t's kind.
func (t Type) Kind() Kind { return typeKind(t) }

// String returns t's Go spelling, or "<nil>" for the zero Type.
func (t Type) String() string {
	if t == 0 {
		return "<nil>"
	}
	return typeString(t)
}

// Elem returns the element type of an Array, Chan, Map, Pointer or Slice.
func (t Type) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return typeElem(t)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Key returns a map type's key type.
func (t Type) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return typeKey(t)
}

// Len returns an array type's length.
func (t Type) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t)
}

// NumField returns a struct type's field count.
func (t Type) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t)
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	Type      Type
	Anonymous bool // embedded field
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return len(f.Name) > 0 && isUpper(f.Name)
}

// Field returns field i of a struct type.
func (t Type) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	name, typ, emb := typeField(t, i)
	return StructField{Name: name, Type: typ, Anonymous: emb}
}

// Implements reports whether t implements interface type u.
func (t Type) Implements(u Type) bool {
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return t != 0 && typeImplements(t, u)
}

// AssignableTo reports whether a value of type t is assignable to type u.
// Runtime type descriptors are unique per type, so identity is equality of
// handles; assignability between a named and an identical unnamed type is
// not needed by the library and is not reported.
func (t Type) AssignableTo(u Type) bool {
	if t == u {
		return true
	}
	return u.Kind() == Interface && t.Implements(u)
}

// Comparable reports whether values of type t can be compared with ==.
func (t Type) Comparable() bool { return t != 0 && typeComparable(t) }

// isUpper reports whether s starts with an upper-case ASCII or non-ASCII
// letter; enough to tell exported identifiers (non-ASCII letters are rare in
// field names and treated as exported only if upper case in Latin-1).
func isUpper(s string) bool {
	c := s[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r := []rune(s)[0]
	return (0xC0 <= r && r <= 0xDE && r != 0xD7) || (0x391 <= r && r <= 0x3A9) || (0x410 <= r && r <= 0x42F)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
