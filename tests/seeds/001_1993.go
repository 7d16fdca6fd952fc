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
