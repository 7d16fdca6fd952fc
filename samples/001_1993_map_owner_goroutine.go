// Sample from seed block 001_1993: a map owned by one goroutine; others read
// and write it by sending requests on a channel and waiting for the reply.
// The block mixes declarations and statements: the declarations stay at the
// top level, the statements move into main.
// Added: the package clause, the imports, main, a print of the first read
// (empty: the key is not there yet) and a second read after the write.
package main

import "fmt"

// --- seed block 001_1993 (declarations) ---
type request struct {
    key   string
    value string
    resp  chan string
}

func worker(requests chan request) {
    data := make(map[string]string)
    for req := range requests {
        switch {
        case req.value == "":
            // 读取操作
            req.resp <- data[req.key]
        default:
            // 写入操作
            data[req.key] = req.value
            req.resp <- "ok"
        }
    }
}
// --- end of seed block 001_1993 (declarations) ---

func main() {
    // --- seed block 001_1993 (statements) ---
    // 使用
    requests := make(chan request)
    go worker(requests)

    // 读取
    resp := make(chan string)
    requests <- request{key: "foo", resp: resp}
    value := <-resp

    // 写入
    requests <- request{key: "foo", value: "bar", resp: resp}
    <-resp
    // --- end of seed block 001_1993 (statements) ---
    fmt.Printf("first read: %q\n", value)
    requests <- request{key: "foo", resp: resp}
    fmt.Printf("after write: %q\n", <-resp)
}
