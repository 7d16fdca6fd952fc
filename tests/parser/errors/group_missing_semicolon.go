package main

var (
	a int b int
)
