package main

type T struct{}
type A = T
type P = *T

func (T) m() {}
func (A) m() {}
func (*A) n() {}
func (A) k() {}

var _ = T{}.k
var _ = (&T{}).n
var _ = A{}.zz
