// The run-time panics of the language, recovered: their %T, their Error()
// text, and whether they implement runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) interface{} {
	var r interface{}
	func() {
		defer func() { r = recover() }()
		f()
	}()
	return r
}

func main() {
	zero := 0
	neg := -1
	var m map[int]int
	var e interface{} = 1.5
	s := []int{1, 2, 3}
	rs := []interface{}{
		catch(func() { _ = s[neg+4] }),
		catch(func() { _ = s[1:zero] }),
		catch(func() { _ = 5 % zero }),
		catch(func() { m[1] = 1 }),
		catch(func() { _ = e.(string) }),
		catch(func() { _ = 1 << neg }),
		catch(func() { _ = make([]byte, neg) }),
		catch(func() { var p *int; _ = *p }),
		catch(func() { panic("user") }),
	}
	for _, r := range rs {
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%-28T runtime.Error=%-5v %q\n", r, isRT, msg)
	}
}
