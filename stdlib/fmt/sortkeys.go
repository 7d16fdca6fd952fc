// sortkeys.go -- map keys in a stable, type-defined order (Go's
// internal/fmtsort): numbers and strings ascending, false before true,
// NaN first, pointers and channels by address, structs and arrays
// element-wise, interfaces by dynamic type then value, nil first.
package fmt

import (
	"internal/reflectlite"
	"sort"
)

type sortedKeys struct {
	keys, vals []reflectlite.Value
}

func (s *sortedKeys) Len() int           { return len(s.keys) }
func (s *sortedKeys) Less(i, j int) bool { return compare(s.keys[i], s.keys[j]) < 0 }
func (s *sortedKeys) Swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
}

// sortedMap returns a map's keys and values, sorted by key.
func sortedMap(m reflectlite.Value) (keys, vals []reflectlite.Value) {
	keys, vals = m.MapEntries()
	sort.Stable(&sortedKeys{keys, vals})
	return keys, vals
}

func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// compare compares two values of the same type. It returns -1, 0, 1
// according to whether a > b (1), a == b (0), or a < b (-1).
func compare(aVal, bVal reflectlite.Value) int {
	aType, bType := aVal.Type(), bVal.Type()
	if aType != bType {
		return -1 // No good answer possible, but don't return 0: they're not equal.
	}
	switch aVal.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		a, b := aVal.Int(), bVal.Int()
		return cmp3(a < b, a > b)
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		a, b := aVal.Uint(), bVal.Uint()
		return cmp3(a < b, a > b)
	case reflectlite.String:
		a, b := aVal.String(), bVal.String()
		return cmp3(a < b, a > b)
	case reflectlite.Float32, reflectlite.Float64:
		return floatCompare(aVal.Float(), bVal.Float())
	case reflectlite.Bool:
		a, b := aVal.Bool(), bVal.Bool()
		return cmp3(!a && b, a && !b)
	case reflectlite.Pointer, reflectlite.UnsafePointer, reflectlite.Chan:
		a, b := aVal.Pointer(), bVal.Pointer()
		return cmp3(a < b, a > b)
	case reflectlite.Struct:
		for i := 0; i < aVal.NumField(); i++ {
			if c := compare(aVal.Field(i), bVal.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < aVal.Len(); i++ {
			if c := compare(aVal.Index(i), bVal.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		an, bn := aVal.IsNil(), bVal.IsNil()
		if an || bn {
			return cmp3(an && !bn, bn && !an)
		}
		a, b := aVal.Elem(), bVal.Elem()
		at, bt := a.Type(), b.Type()
		if at != bt {
			return cmp3(at < bt, at > bt)
		}
		return compare(a, b)
	}
	panic("bad type in compare: " + aType.String())
}

// floatCompare compares two floating-point values. NaNs compare low.
func floatCompare(a, b float64) int {
	switch {
	case a != a && b != b:
		return 0
	case a != a:
		return -1
	case b != b:
		return 1
	}
	return cmp3(a < b, a > b)
}
