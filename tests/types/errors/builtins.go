package main

func main() {
	var s []int
	_ = len(1)
	_ = cap("a")
	_ = append(1, 2)
	s = append(s, "a")
	copy(s, 1)
	delete(s, 1)
	var c <-chan int
	close(c)
	close(s)
	_ = make(int)
	_ = make([]int)
	_ = new(1)
	_ = len()
	_ = len(s, s)
	var x complex128
	_ = real(x)
	_ = min(1, 2)
	_ = s
}
