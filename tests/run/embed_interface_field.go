// A struct embedding an interface: it satisfies the interface, can override
// one method and delegate the rest; a nil embedded interface panics on call.
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(k string) string
	Put(k, v string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) string { return s.m[k] }
func (s *mapStore) Put(k, v string)     { s.m[k] = v }

type upperStore struct {
	Store // delegate
}

func (u upperStore) Put(k, v string) { u.Store.Put(k, strings.ToUpper(v)) }

type countingStore struct {
	Store
	gets int
}

func (c *countingStore) Get(k string) string {
	c.gets++
	return c.Store.Get(k)
}

func main() {
	base := &mapStore{map[string]string{}}
	var s Store = upperStore{base}
	s.Put("a", "hello")
	fmt.Println(s.Get("a"), base.m)
	cs := &countingStore{Store: s}
	cs.Put("b", "world")
	fmt.Println(cs.Get("a"), cs.Get("b"), cs.Get("c") == "", cs.gets)
	var empty upperStore
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Get("x")
	}()
}
