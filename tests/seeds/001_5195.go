// 不好的方式
func Process(p *Point) {
    // 使用p
}

// 更好的方式(对于小结构体)
func Process(p Point) {
    // 使用p
}
