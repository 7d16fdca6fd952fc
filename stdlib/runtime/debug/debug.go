// Package debug contains facilities for programs to debug themselves while
// they are running.
//
// Design: GC tuning knobs are natives into the C runtime's pacer; the GC
// statistics come from one native that copies the pause history (Go's own
// readGCStats contract), and the quantiles are computed here in Go.
package debug

import (
	"os"
	"runtime"
	"sort"
	"time"
)

// setGCPercent sets GOGC to percent (negative disables the collector) and
// returns the previous setting; the pacer recomputes the heap goal.
func setGCPercent(percent int32) int32

// setMemoryLimit sets the soft memory limit in bytes (negative: only read)
// and returns the previous limit (math.MaxInt64 means none).
func setMemoryLimit(limit int64) int64

// freeOSMemory forces a garbage collection and returns as much memory to
// the operating system as possible.
func freeOSMemory()

// readGCStats fills *pauses (reusing its capacity) with n+n+3 values: the
// n most recent pause durations (newest first, n <= 256), their end times
// as Unix nanoseconds, then the last GC time (Unix ns), the number of GCs
// and the total pause time.
func readGCStats(pauses *[]time.Duration)

// SetGCPercent sets the garbage collection target percentage: a collection
// is triggered when the ratio of freshly allocated data to live data
// remaining after the previous collection reaches this percentage. It
// returns the previous setting. A negative percentage disables GC unless
// the memory limit is reached.
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

// SetMemoryLimit provides the runtime with a soft memory limit and returns
// the previously set limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64 {
	return setMemoryLimit(limit)
}

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible.
func FreeOSMemory() {
	freeOSMemory()
}

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats) {
	// Create a buffer with space for at least two copies of the pause
	// history tracked by the runtime. One will be returned to the caller
	// and the other will be used as transfer buffer for end times history
	// and as a temporary buffer for computing quantiles.
	const maxPause = 256
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}

	readGCStats(&stats.Pause)
	n := len(stats.Pause) - 3
	stats.LastGC = time.Unix(0, int64(stats.Pause[n]))
	stats.NumGC = int64(stats.Pause[n+1])
	stats.PauseTotal = stats.Pause[n+2]
	n /= 2 // buffer holds pauses and end times
	stats.Pause = stats.Pause[:n]

	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for _, ns := range stats.Pause[n : n+n] {
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ns)))
	}

	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
		} else {
			// There's room for a second copy of the data in stats.Pause.
			// See the allocation at the top of the function.
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

var maxStack = 1000000000
var maxThreads = 10000

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting. (Recorded, not
// enforced: the limit is the runtime's own 1 GB.)
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the maximum number of operating system threads that
// the Go program can use and returns the previous setting. (Recorded.)
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic or an
// internal runtime error. (Accepted; subgo prints GOTRACEBACK=single.)
func SetTraceback(level string) {}
