// 错误示例
var err *CustomError = nil
var err2 error = err
if err2 != nil {
    fmt.Println("err2 is not nil!") // 会执行这行
}

// 更好的做法
func returnsError() error {
    var p *CustomError = nil
    if condition {
        return p // 返回非nil error
    }
    return nil // 明确返回nil
}
