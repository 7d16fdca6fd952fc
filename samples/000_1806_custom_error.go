// Sample from seed block 000_1806: a custom error type. Error has a value
// receiver, so both ValidationError and *ValidationError implement error;
// validate returns the pointer.
// Added: the package clause, the imports, a main that calls validate.
package main

import (
    "errors"
    "fmt"
)

// --- seed block 000_1806 ---
type ValidationError struct {
    Field string
    Value interface{}
    Tag   string
}

func (e ValidationError) Error() string {
    return fmt.Sprintf("验证失败: 字段 %s 值 %v 不满足规则 %s", 
        e.Field, e.Value, e.Tag)
}

func validate(data interface{}) error {
    // 验证逻辑
    return &ValidationError{
        Field: "email",
        Value: "invalid-email",
        Tag:   "email",
    }
}
// --- end of seed block 000_1806 ---

func main() {
    err := validate("x")
    fmt.Println(err)
    fmt.Printf("%T\n", err)
    var ve *ValidationError
    if errors.As(err, &ve) {
        fmt.Println("field:", ve.Field)
    }
}
