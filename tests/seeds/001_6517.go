// 错误示例
for i := 0; i < 10; i++ {
    f, _ := os.Open(fmt.Sprintf("file%d.txt", i))
    defer f.Close() // 所有文件在函数结束时才关闭
}

// 更好的做法
for i := 0; i < 10; i++ {
    func() {
        f, _ := os.Open(fmt.Sprintf("file%d.txt", i))
        defer f.Close() // 每次迭代结束就关闭
    }()
}
