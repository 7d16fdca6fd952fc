func stackAllocation() {
    x := 42                // 栈上
    y := 3.14              // 栈上
    point := struct{ x, y int }{1, 2} // 栈上
    arr := [3]int{1, 2, 3} // 栈上
    
    // 使用这些变量
    fmt.Println(x, y, point, arr)
}
