package main

import "fmt"

// 案例1: 返回局部变量的指针
func createPointer() *int {
    x := 42
    return &x // x逃逸到堆
}

// 案例2: 返回局部变量
func createValue() int {
    x := 42
    return x // x不会逃逸
}

// 案例3: 大型结构体
type LargeStruct struct {
    data [1024]int
}

func processLargeStruct(s LargeStruct) {
    // 处理大结构体
    fmt.Println(s.data[0])
}

func processLargeStructPtr(s *LargeStruct) {
    // 通过指针处理大结构体
    fmt.Println(s.data[0])
}

func main() {
    p := createPointer() // 堆分配
    v := createValue()   // 栈分配
    
    large := LargeStruct{}
    processLargeStruct(large)     // large可能逃逸
    processLargeStructPtr(&large) // 指针传递，large不会复制
    
    fmt.Println(p, v)
}
