// 使用rune遍历字符串
s := "Hello, 世界"
for i, r := range s {
    fmt.Printf("%d: %c [%d]\n", i, r, r)
}

// 字符串与rune的转换
s := "你好"
runes := []rune(s)
fmt.Println(len(s))      // 输出6（字节数）
fmt.Println(len(runes))  // 输出2（字符数）
