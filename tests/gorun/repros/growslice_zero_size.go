// append past the maximum length panics "growslice: cap out of range",
// also for zero-size elements, whose length can reach maxInt.
// (fixedbugs/issue29190.go)
package main

const maxInt = int(^uint(0) >> 1)

func main() {
	s := make([]struct{}, maxInt)
	func() {
		defer func() { println(recover().(error).Error()) }()
		s = append(s, struct{}{})
	}()
	func() {
		defer func() { println(recover().(error).Error()) }()
		s = append(s, make([]struct{}, 1)...)
	}()
}
