import (
    _ "net/http/pprof"
    "net/http"
    "log"
)

func main() {
    // 启动pprof服务
    go func() {
        log.Println(http.ListenAndServe("localhost:6060", nil))
    }()
    
    // 主程序逻辑
    runApplication()
}
