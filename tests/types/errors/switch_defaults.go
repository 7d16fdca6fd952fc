package main

func main() {
	var e interface{}
	switch e {
	default:
	case 1:
	default:
	}
	switch e.(type) {
	default:
	default:
	}
	var c chan int
	select {
	default:
	case <-c:
	default:
	}
	var ar [2]func()
	switch ar {
	}
	var st struct{ f func() }
	switch st {
	}
}
