// Sample from seed block 004_80: an embedded struct's fields (and methods)
// are promoted to the outer struct.
// The notes call e.Greet() but never define Greet: the method below is
// added, printing what the notes' comment says it prints.
// Added: the package clause, the import, the Greet method.
package main

import "fmt"

// --- seed block 004_80 ---
type Person struct {
    Name string
    Age  int
}
// 定义另一个结构体, 嵌入Person
type Employee struct {
    Person // 嵌入结构体, 不需要字段名
    Company string
}
func main() {
    e := Employee{
        Person: Person{
            Name: "Alice",
            Age:  30,
        },
        Company: "Acme Corp",
    }

    // 可以直接访问嵌入结构体的字段和方法
    fmt.Println(e.Name)       // 输出: Alice
    fmt.Println(e.Company)    // 输出: Acme Corp
    e.Greet()                 // 输出: Hello, my name is Alice and I am 30 years old.
}
// --- end of seed block 004_80 ---

// added: the notes call Greet without defining it.
func (p Person) Greet() {
    fmt.Printf("Hello, my name is %s and I am %d years old.\n", p.Name, p.Age)
}
