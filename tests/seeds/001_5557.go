// 修复前
f, _ := os.Open("file.txt")
// 忘记关闭

// 修复后
f, _ := os.Open("file.txt")
defer f.Close()
