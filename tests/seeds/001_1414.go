// 结构体值
type Person struct {
    Name string
}
m := map[string]Person{"a": {Name: "Alice"}}
v := m["a"]
v.Name = "Bob"
fmt.Println(m["a"].Name) // 输出Alice，原map未变

// 结构体指针
m := map[string]*Person{"a": &Person{Name: "Alice"}}
v := m["a"]
v.Name = "Bob"
fmt.Println(m["a"].Name) // 输出Bob，原map已变
