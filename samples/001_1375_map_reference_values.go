// Sample from seed block 001_1375: map values that are slices, maps or
// pointers share their data with the copy read out of the map.
// Added: the package clause, the import, main, and { } blocks around the
// second and third alternatives (each redeclares m and v).
package main

import "fmt"

func main() {
    // --- seed block 001_1375 ---
    // slice类型
    m := map[string][]int{"a": {1, 2, 3}}
    v := m["a"]
    v[0] = 99
    fmt.Println(m["a"]) // 输出[99 2 3]，原map已变

    // added: a { } block: this alternative redeclares m and v
    {
        // map类型
        m := map[string]map[string]int{"a": {"x": 1}}
        v := m["a"]
        v["x"] = 99
        fmt.Println(m["a"]["x"]) // 输出99，原map已变
    }

    // added: a { } block: this alternative redeclares m and v
    {
        // 指针类型
        type Person struct {
            Name string
        }
        m := map[string]*Person{"a": &Person{Name: "Alice"}}
        v := m["a"]
        v.Name = "Bob"
        fmt.Println(m["a"].Name) // 输出Bob，原map已变
    }
    // --- end of seed block 001_1375 ---
}
