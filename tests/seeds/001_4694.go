// 可能导致多次扩容和逃逸
s := make([]int, 0)
for i := 0; i < 1000; i++ {
    s = append(s, i)
}

// 预分配容量
s := make([]int, 0, 1000)
for i := 0; i < 1000; i++ {
    s = append(s, i)
}
