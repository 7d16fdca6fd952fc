package main

func () M() {}

type T int

func (a, b T) N() {}
