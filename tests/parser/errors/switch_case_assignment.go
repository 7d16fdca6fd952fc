package main

func main() {
	switch {
	case x = 1:
	}
}
