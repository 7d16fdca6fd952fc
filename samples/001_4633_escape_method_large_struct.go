// Sample from seed block 001_4633: calling a pointer method on a local
// 1 KB struct (s does not escape: Process does nothing with it). The
// program prints nothing and exits 0.
// Added: the package clause.
package main

// --- seed block 001_4633 ---
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
// --- end of seed block 001_4633 ---
