package main

func main() {
	for {
		break 1
	}
}
