// cond.go -- Cond over a ticket-based notify list (Go's runtime notifyList,
// written here in Go): Wait takes a ticket before unlocking L, so a Signal
// that happens between the unlock and the sleep is not lost.
package sync

import "sync/atomic"

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify  notifyList
	checker *Cond // detects copies: points to the Cond itself
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine.
func (c *Cond) Wait() {
	c.check()
	t := c.notify.add()
	c.L.Unlock()
	c.notify.wait(t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.check()
	c.notify.notifyOne()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.check()
	c.notify.notifyAll()
}

func (c *Cond) check() {
	if c.checker == nil {
		c.checker = c
	} else if c.checker != c {
		panic("sync.Cond is copied")
	}
}

// notifyList: next is the next ticket to hand out, notify the next ticket
// to wake; waiters parked on their own semaphore.
type notifyList struct {
	next   uint32
	notify uint32
	lock   Mutex
	queue  []*notifyWaiter
}

type notifyWaiter struct {
	ticket uint32
	sema   uint32
}

// less reports whether ticket a comes before b, allowing wrap-around.
func less(a, b uint32) bool { return int32(a-b) < 0 }

func (l *notifyList) add() uint32 {
	return atomic.AddUint32(&l.next, 1) - 1
}

func (l *notifyList) wait(t uint32) {
	l.lock.Lock()
	if less(t, l.notify) {
		// Already notified.
		l.lock.Unlock()
		return
	}
	w := &notifyWaiter{ticket: t}
	l.queue = append(l.queue, w)
	l.lock.Unlock()
	runtime_condWait(&w.sema)
}

func (l *notifyList) notifyOne() {
	// Fast path: no new waiters since the last notification.
	if atomic.LoadUint32(&l.next) == atomic.LoadUint32(&l.notify) {
		return
	}
	l.lock.Lock()
	t := l.notify
	if t == atomic.LoadUint32(&l.next) {
		l.lock.Unlock()
		return
	}
	atomic.StoreUint32(&l.notify, t+1)
	for i, w := range l.queue {
		if w.ticket == t {
			l.queue = append(l.queue[:i], l.queue[i+1:]...)
			l.lock.Unlock()
			runtime_Semrelease(&w.sema, false, 0)
			return
		}
	}
	// The waiter holding ticket t has not parked yet; it will see that it
	// was notified.
	l.lock.Unlock()
}

func (l *notifyList) notifyAll() {
	if atomic.LoadUint32(&l.next) == atomic.LoadUint32(&l.notify) {
		return
	}
	l.lock.Lock()
	q := l.queue
	l.queue = nil
	atomic.StoreUint32(&l.notify, atomic.LoadUint32(&l.next))
	l.lock.Unlock()
	for _, w := range q {
		runtime_Semrelease(&w.sema, false, 0)
	}
}
