// 错误示例
tests := []struct{
    name string
    input int
}{
    {"test1", 1},
    {"test2", 2},
}

for _, tc := range tests {
    t.Run(tc.name, func(t *testing.T) {
        go func() {
            result := process(tc.input) // 可能使用错误的tc值
            // ...
        }()
    })
}

// 更好的做法
for _, tc := range tests {
    tc := tc // 创建副本
    t.Run(tc.name, func(t *testing.T) {
        go func() {
            result := process(tc.input)
            // ...
        }()
    })
}
