package main

func main() {
L:
	for {
		break M
	}
	continue
	for {
		continue N
	}
	goto Q
O:
	switch {
	case true:
		continue O
	}
	break
}
