// Value receivers get a copy; pointer receivers modify the original; Go
// takes the address or dereferences automatically where it can.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(d int) *Counter {
	c.n += d
	return c
}

type Temp float64

func (t Temp) F() Temp  { return t*9/5 + 32 }
func (t *Temp) Double() { *t *= 2 }

func main() {
	var c Counter
	c.IncCopy()
	fmt.Println(c.Value())
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	p := &c
	p.IncCopy() // (*p).IncCopy()
	p.Inc()
	fmt.Println(p.Value(), c.n)
	c.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.Inc() // increments the copy
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	t := Temp(100)
	t.Double()
	fmt.Println(t, t.F(), Temp(-40).F())
	m := map[string]Counter{"a": {5}}
	fmt.Println(m["a"].Value()) // value methods work on map elements
}
