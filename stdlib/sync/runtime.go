// Package sync provides basic synchronization primitives such as mutual
// exclusion locks.
//
// Design: as in Go, the primitives are Go code over sync/atomic and a few
// runtime natives: semaphores that park and ready goroutines
// (runtime_Semacquire/Semrelease — the runtime's semaRoot/sudog queues),
// active spinning, a clock, and fatal errors. Mutex keeps Go's normal and
// starvation modes; RWMutex, WaitGroup and Once follow Go's algorithms; Cond
// is a ticket-based notify list written in Go (Go keeps it in the runtime);
// Pool is a locked free list with a victim cache aged by GC cycles; Map is
// a locked map (same API and semantics, simpler than Go's read/dirty maps).
//
// This file: the runtime natives.
package sync

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
// It is intended as a simple sleep primitive for use by the synchronization
// library and should not be used directly.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is like runtime_Semacquire, but for profiling
// contended Mutexes and RWMutexes. If lifo is true, queue waiter at the
// head of wait queue. skipframes is the number of frames to omit during
// tracing, counting from runtime_SemacquireMutex's caller. The goroutine
// blocks in state "semacquire" (Go 1.19's wait reason for it).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_condWait is runtime_Semacquire for Cond.Wait: the goroutine
// blocks in state "sync.Cond.Wait", as Go's notifyListWait parks it.
func runtime_condWait(s *uint32)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire. If handoff is true, pass count
// directly to the first waiter (and yield to it).
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_canSpin reports whether spinning makes sense at the moment:
// iter < 4, more than one P, another P running, and the local run queue
// empty (Go's sync_runtime_canSpin).
func runtime_canSpin(i int) bool

// runtime_doSpin does active spinning (30 PAUSE instructions).
func runtime_doSpin()

// runtime_nanotime returns the runtime's monotonic clock in nanoseconds.
func runtime_nanotime() int64

// runtime_gcCycle returns the number of completed garbage collection
// cycles (MemStats.NumGC); Pool ages its cache with it.
func runtime_gcCycle() uint32

// throw reports an unrecoverable runtime error: prints "fatal error: " +
// s and the goroutine traceback, exits 2.
func throw(s string)

// fatal reports an unrecoverable user error (Go 1.19's sync uses it for
// "sync: unlock of unlocked mutex" and friends); same output as throw.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy may be added to structs which must not be copied after the first
// use (go vet's copylocks check recognises it).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
