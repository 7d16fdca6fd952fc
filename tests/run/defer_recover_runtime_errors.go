// Recovered runtime errors implement runtime.Error and error; their dynamic
// types are the runtime's own.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if re, ok := r.(runtime.Error); ok {
			err = re
			return
		}
		if e, ok := r.(error); ok {
			err = fmt.Errorf("plain error: %w", e)
			return
		}
		err = fmt.Errorf("not an error: %v", r)
	}()
	f()
	return nil
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "s"
	s := []int{}
	zero := 0
	errs := []error{
		catch(func() { m["a"] = 1 }),
		catch(func() { _ = p.x }),
		catch(func() { _ = i.(int) }),
		catch(func() { _ = s[zero] }),
		catch(func() { _ = 1 / zero }),
		catch(func() { panic(errors.New("custom")) }),
		catch(func() { panic(42) }),
		catch(func() {}),
	}
	for _, e := range errs {
		fmt.Printf("%T: %v\n", e, e)
	}
	var re runtime.Error
	fmt.Println(errors.As(errs[3], &re), re)
}
