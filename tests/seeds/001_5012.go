func makeBuffer(size int) []byte {
    return make([]byte, size) // 在堆上
}
