// once.go -- Once: an atomic fast path on done, a mutex slow path, and
// done set only after f returns (so concurrent callers wait for f).
package sync

import "sync/atomic"

// Once is an object that will perform exactly one action. A Once must not
// be copied after first use.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
