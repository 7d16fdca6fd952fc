// 错误示例
f, _ := os.Open("file.txt")
// 忘记调用 f.Close()

// 正确示例
f, _ := os.Open("file.txt")
defer f.Close()
