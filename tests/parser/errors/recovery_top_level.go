package main

fmt.Println("a")

func main() {
}

x++

func init() {
}

x, y := 1, 2
