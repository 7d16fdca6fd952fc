// Sample from seed block 000_1262: a type switch with a bound variable.
// Added: the package clause, the import, `_ = val` in the default clause (a
// type switch variable used in no clause is a compile error), and a main
// that calls the function with each kind of value.
package main

import "fmt"

// --- seed block 000_1262 ---
// 高频类型断言优化
func processValue(v interface{}) {
    // 使用type switch比多次类型断言效率更高
    switch val := v.(type) {
    case int:
        // 处理int
    case string:
        // 处理string
    case []byte:
        // 处理[]byte
    default:
        // 处理其他类型
        // added: val must be used in some clause
        _ = val
    }
}
// --- end of seed block 000_1262 ---

func main() {
    for _, v := range []interface{}{1, "s", []byte("b"), 2.5, nil} {
        processValue(v)
        fmt.Printf("processed %T\n", v)
    }
}
