// nil map
var nilMap map[string]int
fmt.Println(nilMap == nil)        // true
fmt.Println(len(nilMap))          // 0
fmt.Println(nilMap["key"])        // 0, 不会panic
// nilMap["key"] = 10             // panic: assignment to entry in nil map
delete(nilMap, "key")             // 不会panic，但没有效果

// 空map
emptyMap := make(map[string]int)
fmt.Println(emptyMap == nil)      // false
fmt.Println(len(emptyMap))        // 0
fmt.Println(emptyMap["key"])      // 0, 不会panic
emptyMap["key"] = 10              // 正常工作
delete(emptyMap, "key")           // 正常工作
