func printValue(v interface{}) {
    fmt.Println(v)
}

func main() {
    x := 10
    printValue(x) // x逃逸到堆上
}
