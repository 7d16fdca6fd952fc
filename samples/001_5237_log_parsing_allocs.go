// Sample from seed block 001_5237: parsing "k=v,k=v" lines, first with a new
// map per line, then reusing one map cleared with delete.
// Added: the package clause, the imports, the Result type and processData
// (the notes do not define them), a main that runs both versions; the
// second processLogs is renamed processLogsReused (declared twice in the
// notes). processData copies what it needs: the reused map is cleared on
// the next line, so keeping a reference to it would be a bug.
package main

import (
    "fmt"
    "strings"
)

// added: the notes use Result and processData without defining them.
type Result struct {
    User, Action string
    Fields       int
}

func processData(data map[string]string) Result {
    return Result{User: data["user"], Action: data["action"], Fields: len(data)}
}

// --- seed block 001_5237 ---
// 问题代码
func processLogs(logs []string) []Result {
    results := make([]Result, 0)
    for _, log := range logs {
        // 每次迭代创建多个小对象
        parts := strings.Split(log, ",")
        data := make(map[string]string)
        for _, part := range parts {
            kv := strings.Split(part, "=")
            data[kv[0]] = kv[1]
        }
        results = append(results, processData(data))
    }
    return results
}

// 优化后
// added: renamed from processLogs (declared twice in the notes)
func processLogsReused(logs []string) []Result {
    results := make([]Result, 0, len(logs)) // 预分配容量
    data := make(map[string]string)         // 复用map

    for _, log := range logs {
        // 清空map而非创建新map
        for k := range data {
            delete(data, k)
        }

        parts := strings.Split(log, ",")
        for _, part := range parts {
            kv := strings.Split(part, "=")
            data[kv[0]] = kv[1]
        }
        results = append(results, processData(data))
    }
    return results
}
// --- end of seed block 001_5237 ---

func main() {
    logs := []string{"user=ann,action=login", "user=bob,action=buy,item=7", "action=logout"}
    fmt.Println(processLogs(logs))
    fmt.Println(processLogsReused(logs))
}
