package main

func f(a int, a string) (b int, a bool) { return }

func g() (r int, r string) { return }

func main() {}
