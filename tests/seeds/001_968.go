m := map[string]int{
    "a": 1,
    "b": 2,
    "c": 3,
}

// 每次运行可能输出不同的顺序
for k, v := range m {
    fmt.Println(k, v)
}
