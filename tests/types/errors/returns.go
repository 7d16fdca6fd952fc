package main

func f() int {
	return
}

func g() (int, string) {
	return 1
}

func h() {
	return 1
}

func k() (int, error) {
	return 1, nil, 2
}

func m() int {
}

func n(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {}
