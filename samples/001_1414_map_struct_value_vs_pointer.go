// Sample from seed block 001_1414: a struct stored by value in a map is
// copied out on read; stored by pointer, the change is visible.
// Added: the package clause, the import, main, and a { } block around the
// second alternative (it redeclares m and v).
package main

import "fmt"

func main() {
    // --- seed block 001_1414 ---
    // 结构体值
    type Person struct {
        Name string
    }
    m := map[string]Person{"a": {Name: "Alice"}}
    v := m["a"]
    v.Name = "Bob"
    fmt.Println(m["a"].Name) // 输出Alice，原map未变

    // added: a { } block: this alternative redeclares m and v
    {
        // 结构体指针
        m := map[string]*Person{"a": &Person{Name: "Alice"}}
        v := m["a"]
        v.Name = "Bob"
        fmt.Println(m["a"].Name) // 输出Bob，原map已变
    }
    // --- end of seed block 001_1414 ---
}
