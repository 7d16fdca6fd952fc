// Sample from seed block 001_418: structs whose fields are all comparable
// compare with ==; a struct with a slice field does not (a compile error,
// left commented out as in the notes).
// Added: the package clause, the import, main, a print of d1 and d2 (they
// are otherwise unused).
package main

import "fmt"

func main() {
    // --- seed block 001_418 ---
    // 可比较的结构体
    type Person struct {
        Name string
        Age  int
    }
    p1 := Person{"Alice", 30}
    p2 := Person{"Alice", 30}
    fmt.Println(p1 == p2) // true

    // 不可比较的结构体
    type Data struct {
        Values []int // slice是不可比较的
    }
    d1 := Data{[]int{1, 2, 3}}
    d2 := Data{[]int{1, 2, 3}}
    // fmt.Println(d1 == d2) // 编译错误
    // --- end of seed block 001_418 ---
    fmt.Println(d1, d2)
}
