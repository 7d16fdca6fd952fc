package main

func init() int { return 1 }

func main(x int) {}

type T int

func (T) M()  {}
func (T) M()  {}
func (int) N() {}

var init = 1
