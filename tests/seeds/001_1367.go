m := map[string]int{"a": 1}
v := m["a"]
v = 2
fmt.Println(m["a"]) // 输出1，原map未变
