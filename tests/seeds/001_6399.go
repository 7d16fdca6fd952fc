// 错误示例
file, _ := os.Open("file.txt") // 忽略错误

// 更好的做法
file, err := os.Open("file.txt")
if err != nil {
    log.Fatalf("Failed to open file: %v", err)
}
defer file.Close()
