// Sample from seed block 001_35: new returns a pointer to a zero value; make
// initializes a map, a slice (length, capacity) or a channel (buffer size).
// Added: the package clause, the imports, main, a print of each value.
package main

import "fmt"

func main() {
    // --- seed block 001_35 ---
    // new示例
    p := new(int)     // p是*int类型，指向零值int

    // make示例
    m := make(map[string]int)    // m是初始化的map，可直接使用
    s := make([]int, 10, 100)    // s是一个长度为10，容量为100的slice
    c := make(chan int, 5)       // c是一个缓冲区大小为5的channel
    // --- end of seed block 001_35 ---
    m["a"] = 1
    fmt.Println(*p, m, len(s), cap(s), len(c), cap(c))
}
