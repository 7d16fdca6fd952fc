// Sample from seed block 001_6468: a nil *CustomError stored in an error
// interface makes a non-nil interface (it has a dynamic type).
// Added: the package clause, the import, the CustomError type and the
// `condition` variable (the notes do not define them), and a main that runs
// the block's statements and calls returnsError (the block mixes statements
// and a function declaration; the function moved to package level).
package main

import "fmt"

// added: the notes use CustomError and condition without defining them.
type CustomError struct{ msg string }

func (e *CustomError) Error() string { return e.msg }

var condition = true

// --- seed block 001_6468, part 2 (its declaration) ---
// 更好的做法
func returnsError() error {
    var p *CustomError = nil
    if condition {
        return p // 返回非nil error
    }
    return nil // 明确返回nil
}
// --- end of seed block 001_6468 ---

func main() {
    // --- seed block 001_6468, part 1 (its statements) ---
    // 错误示例
    var err *CustomError = nil
    var err2 error = err
    if err2 != nil {
        fmt.Println("err2 is not nil!") // 会执行这行
    }
    // --- end of part 1 ---
    // added: what returnsError gives, with and without condition
    e := returnsError()
    fmt.Println(e != nil, e == (*CustomError)(nil))
    condition = false
    fmt.Println(returnsError() != nil)
}
