// Expressions: every operator and precedence level, conversions of type
// literals, method expressions, selectors, indexes, slices, type
// assertions, calls with ... and trailing commas, function literals,
// receive and channel types.
package exprs

type T struct{ a, b int }

func (T) M(int) int { return 0 }

func exprs(x, y int, b bool, s []int, m map[string]int, c chan int, i interface{}) {
	_ = x + y*2 - y/3%4<<1>>2&7&^1 | 8 ^ 9
	_ = x == y || x != y && x < y || x <= y && x > y || x >= y
	_ = -x + +y
	_ = !b
	_ = ^x
	_ = *&x
	_ = <-c
	_ = (x + y) * 2
	_ = s[1] + s[x:] [0] + s[:y][0] + s[x:y][0] + s[x:y:10][0] + s[:][0]
	_ = m["k"]
	_ = i.(int)
	_ = i.(interface{ M(int) int })
	_ = T.M
	_ = (*T).M
	_ = T{}.M
	_ = []byte("x")
	_ = string(rune(65))
	_ = (*int)(nil)
	_ = (func())(nil)
	_ = func() int { return 1 }()
	_ = map[string]int(nil)
	_ = (chan int)(nil)
	_ = (<-chan int)(c)
	_ = (chan<- int)(c)
	_ = interface{}(1)
	_ = struct{}{}
	_ = [...]int{1, 2, 3}
	_ = append(s, s...)
	_ = append(s,
		1,
		2,
	)
	_ = 'a' + '\n' + '\x00'
	_ = 1.5e3 + 0x1p-2 + 0o17 + 0b101 + 1_000 + 017 + 2i
	_ = "a" + `raw
string`
	f := func(a ...int) (r int) { return len(a) }
	_ = f(1, 2, 3,)
	var ch chan<- <-chan int
	_ = ch
	var cc chan (<-chan int)
	_ = cc
}
