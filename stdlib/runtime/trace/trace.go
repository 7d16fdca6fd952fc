// Package trace contains facilities for programs to generate traces for
// the Go execution tracer.
//
// subgo does not produce Go's binary execution trace: Start accepts the
// writer and reports success, but nothing is ever written to it (so `go
// tool trace` cannot read the result). Instead, tasks, regions and log
// messages are forwarded to subgo's own timeline — `subgo run
// -trace=out.json` writes a Chrome trace-event file where they appear next
// to goroutines, Ps and GC phases. Without -trace they cost one native call
// that does nothing.
package trace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// userEvent records a user annotation in the runtime's trace, if one is
// being written (subgo run -trace): kind 0 task begin, 1 task end, 2
// region begin, 3 region end, 4 log. id is the task id (0 = none); a and b
// are the task/region type or the log category and message.
func userEvent(kind int, id uint64, a, b string)

var (
	mu      sync.Mutex
	tracing bool
)

// Start enables tracing for the current program. While tracing, the trace
// will be buffered and written to w. Start returns an error if tracing is
// already enabled. (subgo: nothing is written to w; see the package doc.)
func Start(w io.Writer) error {
	mu.Lock()
	defer mu.Unlock()
	if tracing {
		return errors.New("tracing is already enabled")
	}
	tracing = true
	return nil
}

// Stop stops the current tracing, if any.
func Stop() {
	mu.Lock()
	tracing = false
	mu.Unlock()
}

// IsEnabled reports whether tracing is enabled.
func IsEnabled() bool {
	mu.Lock()
	defer mu.Unlock()
	return tracing
}

type traceContextKey struct{}

var lastTaskID uint64 = 0

func newID() uint64 {
	return atomic.AddUint64(&lastTaskID, 1)
}

// Task is a data type for tracing a user-defined, logical operation.
type Task struct {
	id uint64
}

// NewTask creates a task instance with the type taskType and returns it
// along with a Context that carries the task.
func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	id := newID()
	userEvent(0, id, taskType, "")
	s := &Task{id: id}
	return context.WithValue(pctx, traceContextKey{}, s), s
}

func fromContext(ctx context.Context) *Task {
	if s, ok := ctx.Value(traceContextKey{}).(*Task); ok {
		return s
	}
	return &bgTask
}

var bgTask = Task{id: uint64(0)}

// End marks the end of the operation represented by the Task.
func (t *Task) End() {
	userEvent(1, t.id, "", "")
}

// Log emits a one-off event with the given category and message.
func Log(ctx context.Context, category, message string) {
	userEvent(4, fromContext(ctx).id, category, message)
}

// Logf is like Log, but the value is formatted using the specified format
// spec.
func Logf(ctx context.Context, category, format string, args ...any) {
	userEvent(4, fromContext(ctx).id, category, fmt.Sprintf(format, args...))
}

// WithRegion starts a region associated with its calling goroutine, runs
// fn, and then ends the region.
func WithRegion(ctx context.Context, regionType string, fn func()) {
	id := fromContext(ctx).id
	userEvent(2, id, regionType, "")
	defer userEvent(3, id, regionType, "")
	fn()
}

// Region is a region of code whose execution time interval is traced.
type Region struct {
	id         uint64
	regionType string
}

// StartRegion starts a region and returns a function for marking the end of
// the region.
func StartRegion(ctx context.Context, regionType string) *Region {
	id := fromContext(ctx).id
	userEvent(2, id, regionType, "")
	return &Region{id, regionType}
}

// End marks the end of the traced code region.
func (r *Region) End() {
	userEvent(3, r.id, r.regionType, "")
}
