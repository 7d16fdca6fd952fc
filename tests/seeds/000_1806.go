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
