func main() {
    // 使用runtime.Stack查看对象地址
    // 栈地址通常较小，堆地址较大
    
    x := 42
    y := new(int)
    
    var buf [1024]byte
    n := runtime.Stack(buf[:], false)
    fmt.Printf("Stack trace:\n%s\n", buf[:n])
    
    fmt.Printf("x address: %p\n", &x)
    fmt.Printf("y address: %p\n", y)
}
