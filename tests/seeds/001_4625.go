func makeBuffer(size int) []byte {
    return make([]byte, size) // 大小在运行时确定，可能逃逸
}
