var a uint8 = 255
fmt.Println(a + 1) // 输出0，发生溢出

var b uint8 = 0
fmt.Println(b - 1) // 输出255，发生下溢
