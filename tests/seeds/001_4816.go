// 小对象示例
type Point struct {
    X, Y float64
}
p := &Point{1.0, 2.0} // 小对象分配
