// Sample from seed block 001_170: recover stops a panic only when called
// directly by a deferred function: `defer recover()` (recover is itself the
// deferred call) and a recover inside a nested function do nothing, and a
// goroutine's recover sees only that goroutine's panic. Main's panic ends
// the program: "panic: Panic in main" (exit 2).
// Added: the package clause.
package main

// --- seed block 001_170 ---
func main() {
    defer recover() // 无效，recover不是在defer函数内直接调用
    
    defer func() {
        func() {
            recover() // 无效，不是在defer函数内直接调用
        }()
    }()
    
    go func() {
        defer func() {
            recover() // 有效，但只能捕获这个goroutine的panic
        }()
        panic("Panic in goroutine")
    }()
    
    panic("Panic in main") // 这个panic不会被goroutine中的recover捕获
}
// --- end of seed block 001_170 ---
