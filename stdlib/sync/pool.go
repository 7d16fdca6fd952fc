// pool.go -- Pool: a free list under a mutex with Go's victim cache. Go
// keeps per-P lists and moves them to the victim cache in a GC hook; subgo
// ages lazily: whenever a Get or Put sees that GC cycles completed since
// the last look, the primary list becomes the victim list (one cycle) or
// both are dropped (two or more), which is what Go's poolCleanup achieves.
package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	primary []any
	victim  []any
	cycle   uint32 // GC cycle count when last aged

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

func (p *Pool) age() {
	c := runtime_gcCycle()
	switch c - p.cycle {
	case 0:
		return
	case 1:
		p.victim = p.primary
	default:
		p.victim = nil
	}
	p.primary = nil
	p.cycle = c
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.age()
	p.primary = append(p.primary, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller.
func (p *Pool) Get() any {
	p.mu.Lock()
	p.age()
	var x any
	if n := len(p.primary); n > 0 {
		x = p.primary[n-1]
		p.primary[n-1] = nil
		p.primary = p.primary[:n-1]
	} else if n := len(p.victim); n > 0 {
		x = p.victim[n-1]
		p.victim[n-1] = nil
		p.victim = p.victim[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
