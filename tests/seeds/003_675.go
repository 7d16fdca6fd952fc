import _ "net/http/pprof"

func main() {
    // 启动pprof HTTP服务
    go func() {
        log.Println(http.ListenAndServe("localhost:6060", nil))
    }()
    
    // 业务代码
    // ...
}
