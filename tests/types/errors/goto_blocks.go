package main

func main() {
	goto L
	a, b := 1, 2
	_, _ = a, b
L:
	goto M
	{
	M:
	}
	if true {
		goto N
	} else {
	N:
	}
	goto O
	var c int
	_ = c
	{
	O:
	}
	for {
		goto P
	}
P:
	goto Q
}
