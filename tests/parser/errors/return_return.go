package main

func f() int {
	return return 1
}
