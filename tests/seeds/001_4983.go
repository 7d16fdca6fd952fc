func storeValue(ptr *int) {
    *ptr = 42
}

func main() {
    x := 0
    storeValue(&x) // x可能逃逸到堆上
}
