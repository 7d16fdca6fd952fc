// Sample from seed block 001_5378: &x used only locally versus new(int)
// stored in a global (which escapes).
// Added: the package clause, the import, a stub storeGlobally (the notes do
// not define it) and a main that calls the function.
package main

import "fmt"

// --- seed block 001_5378 ---
// 查看逃逸分析
// go build -gcflags="-m" program.go

func escapeAnalysis() {
    x := 42
    p := &x      // 不一定导致逃逸
    fmt.Println(*p)

    y := new(int) // 可能逃逸到堆上
    *y = 42
    storeGlobally(y) // y逃逸到堆上
}
// --- end of seed block 001_5378 ---

// added: the notes call storeGlobally without defining it.
var global *int

func storeGlobally(p *int) { global = p }

func main() {
    escapeAnalysis()
    fmt.Println(*global)
}
