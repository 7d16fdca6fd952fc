package main

func foo() {}

var _ [2]foo

func f(x interface{}) {
	switch t := x.(type) {
	case 0:
		t.x = 1
	case undefinedT:
		t.y = 2
	case nil:
		_ = t
	}
	x.x = 1
}
