// Package semaphore provides a weighted semaphore implementation
// (golang.org/x/sync/semaphore: NewWeighted, Acquire, TryAcquire, Release).
//
// Design: pure Go. A mutex guards the current weight and a FIFO of waiters;
// each waiter blocks on its own channel, closed when Release (or a
// cancelled front waiter) hands it the weight. A request larger than the
// semaphore can never succeed and only waits for its context.
package semaphore

import (
	"context"
	"sync"
)

type waiter struct {
	n     int64
	ready chan struct{} // closed when the semaphore is acquired
}

// NewWeighted creates a new weighted semaphore with the given maximum
// combined weight for concurrent access.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

// Weighted provides a way to bound concurrent access to a resource. The
// callers can request access with a given weight.
type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []*waiter
}

// Acquire acquires the semaphore with a weight of n, blocking until
// resources are available or ctx is done.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	s.mu.Lock()
	if s.size-s.cur >= n && len(s.waiters) == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}
	if n > s.size {
		// Can never succeed: wait for the context alone, without making
		// later requests queue behind this one.
		s.mu.Unlock()
		<-ctx.Done()
		return ctx.Err()
	}
	w := &waiter{n: n, ready: make(chan struct{})}
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()

	select {
	case <-ctx.Done():
		err := ctx.Err()
		s.mu.Lock()
		select {
		case <-w.ready:
			// Acquired just as the context ended: keep it.
			err = nil
		default:
			front := len(s.waiters) > 0 && s.waiters[0] == w
			s.remove(w)
			// Leaving the front may unblock the waiters behind.
			if front && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return err
	case <-w.ready:
		return nil
	}
}

func (s *Weighted) remove(w *waiter) {
	for i, x := range s.waiters {
		if x == w {
			copy(s.waiters[i:], s.waiters[i+1:])
			s.waiters[len(s.waiters)-1] = nil
			s.waiters = s.waiters[:len(s.waiters)-1]
			return
		}
	}
}

// TryAcquire acquires the semaphore with a weight of n without blocking.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	success := s.size-s.cur >= n && len(s.waiters) == 0
	if success {
		s.cur += n
	}
	s.mu.Unlock()
	return success
}

// Release releases the semaphore with a weight of n.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters wakes waiters in FIFO order while the front one fits
// (strict FIFO: a large waiter at the front holds back smaller ones).
func (s *Weighted) notifyWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			break
		}
		s.cur += w.n
		s.remove(w)
		close(w.ready)
	}
}
