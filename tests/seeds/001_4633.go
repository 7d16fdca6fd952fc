type MyStruct struct {
    data [1024]byte
}

func (m *MyStruct) Process() {
    // 处理数据
}

func main() {
    s := MyStruct{}
    s.Process() // s可能逃逸
}
