func newValue() *int {
    x := 42
    return &x // x逃逸到堆上
}
