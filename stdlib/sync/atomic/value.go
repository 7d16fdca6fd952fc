// value.go -- Value: an atomically loaded and stored interface value whose
// dynamic type is fixed by the first Store. Go does this with unsafe
// two-word tricks; subgo has natives that read and write an interface{}
// variable as one atomic unit.
package atomic

import "internal/reflectlite"

// loadIface atomically reads the interface value *p (both words as one unit).
func loadIface(p *any) any

// storeIface atomically writes v into *p.
func storeIface(p *any, v any)

// swapIface atomically writes new into *p and returns the old value.
func swapIface(p *any, new any) (old any)

// casIface atomically replaces *p by new if *p == old (interface equality
// as Go's ==: same dynamic type and equal values; the caller guarantees the
// values are comparable) and reports whether it did.
func casIface(p *any, old, new any) (swapped bool)

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return loadIface(&v.v)
}

func sameType(a, b any) bool { return reflectlite.TypeOf(a) == reflectlite.TypeOf(b) }

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if casIface(&v.v, nil, val) {
				return
			}
			continue
		}
		if !sameType(cur, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeIface(&v.v, val)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if casIface(&v.v, nil, new) {
				return nil
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapIface(&v.v, new)
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	cur := loadIface(&v.v)
	if cur == nil {
		if old != nil {
			return false
		}
		return casIface(&v.v, nil, new)
	}
	if !sameType(cur, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	// Compare old and current via runtime equality check; this panics for
	// uncomparable types, as in Go.
	if cur != old {
		return false
	}
	return casIface(&v.v, old, new)
}
