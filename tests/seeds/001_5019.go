func printAny(v interface{}) {
    fmt.Println(v)
}

func main() {
    x := 42
    printAny(x) // x逃逸到堆上
}
