// Deriving from a nil parent panics; so do Ticker.Reset(0) and
// NewTimer-free panics of the time package.
package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var nilCtx context.Context
	try("WithCancel(nil)", func() { context.WithCancel(nilCtx) })
	try("WithTimeout(nil)", func() { context.WithTimeout(nilCtx, time.Second) })
	try("WithDeadline(nil)", func() { context.WithDeadline(nilCtx, time.Now()) })
	try("WithValue(nil)", func() { context.WithValue(nilCtx, "k", 1) })
	t := time.NewTicker(time.Hour)
	try("Ticker.Reset(0)", func() { t.Reset(0) })
	t.Stop()
}
