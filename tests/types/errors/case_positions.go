package main

var m map[func()]int

const k func() = nil

func f(e interface{}, a int) {
	switch e.(type) {
	case func(int):
	case func(int):
	}
	switch e {
	case uint8(0):
	case byte(0):
	case 1 + 2:
	case 3:
	}
	switch {
	case 0 == 0:
	case 1 == 1:
	}
	switch a {
	case 0:
	case 0, 1:
	}
}
