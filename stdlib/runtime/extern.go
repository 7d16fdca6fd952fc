// Package runtime contains operations that interact with Go's runtime
// system, such as functions to control goroutines.
//
// Design: the runtime proper is C (subgo's runtime/ library); this package
// is its Go face: natives for the scheduler, GC and stack queries, the
// MemStats struct whose layout the C side fills, and the Go types of the
// run-time panics the C side raises (errorString, plainError, boundsError,
// TypeAssertionError), so recovered values behave as in Go.
//
// This file: natives and small Go functions.
package runtime

// Compiler is the name of the compiler toolchain that built the running
// binary (subgo compiles for the gc model and says so).
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
// (Native: puts the current g on the global run queue and calls schedule.)
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the
// goroutine. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning; if all other goroutines exit, the
// program crashes ("fatal error: no goroutines (main called runtime.Goexit)
// - deadlock!"). (Native.)
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist
// (user goroutines, as Go counts them). (Native.)
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. (Native: stops the world to resize allp.)
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process
// (sched_getaffinity at startup). (Native.)
func NumCPU() int

// GC runs a garbage collection and blocks the caller until the garbage
// collection is complete. It may also block the entire program. (Native:
// a full cycle — mark, mark termination, sweep — as Go's runtime.GC.)
func GC()

// readMemStats stops the world and fills *m with the allocator and GC
// statistics (the C runtime writes the fields in MemStats' declared order
// and layout).
func readMemStats(m *MemStats)

// Stack formats a stack trace of the calling goroutine into buf and
// returns the number of bytes written to buf. If all is true, Stack
// formats stack traces of all other goroutines into buf after the trace
// for the current goroutine. The format is the one of an unrecovered
// panic's traceback ("goroutine 1 [running]:\nmain.f(...)\n\t/path:line
// +0x..."). (Native.)
func Stack(buf []byte, all bool) int

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. (Native: pc is an opaque frame identifier.)
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the garbage collector finds an unreachable
// block with an associated finalizer, it clears the association and runs
// finalizer(obj) in a separate goroutine. (Native: obj must be a pointer
// to the start of a heap object; finalizer nil removes it; errors panic
// with Go's "runtime.SetFinalizer: ..." messages.)
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the calling goroutine to its current operating
// system thread. (Native.)
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread. (Native.)
func UnlockOSThread()

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// Version returns the Go tree's version string. subgo implements Go 1.19.
func Version() string { return "go1.19" }

// NumCgoCall returns the number of cgo calls made by the current process
// (always 0: subgo has no cgo).
func NumCgoCall() int64 { return 0 }

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile (subgo keeps the variable;
// it does not profile).
var MemProfileRate int = 512 * 1024

var mutexProfileFraction int

// SetMutexProfileFraction controls the fraction of mutex contention events
// that are reported in the mutex profile and returns the previous rate. If
// rate < 0, it only reads the current rate. (subgo records the rate but
// does not profile.)
func SetMutexProfileFraction(rate int) int {
	if rate < 0 {
		return mutexProfileFraction
	}
	old := mutexProfileFraction
	mutexProfileFraction = rate
	return old
}

// SetBlockProfileRate controls the fraction of goroutine blocking events
// that are reported in the blocking profile (recorded, not profiled).
func SetBlockProfileRate(rate int) {}

// SetCPUProfileRate sets the CPU profiling rate (accepted and ignored).
func SetCPUProfileRate(hz int) {}

// Breakpoint executes a breakpoint trap. (Native: raises SIGTRAP.)
func Breakpoint()
