// Sample from seed block 001_6232: a singleton created by init(), which runs
// before main.
// Added: the package clause, the import, a main that uses it.
package main

import "fmt"

// --- seed block 001_6232 ---
type Singleton struct {
    // 单例的字段
}

var instance *Singleton

func init() {
    instance = &Singleton{}
}

func GetInstance() *Singleton {
    return instance
}
// --- end of seed block 001_6232 ---

func main() {
    a, b := GetInstance(), GetInstance()
    fmt.Println(a != nil, a == b)
}
