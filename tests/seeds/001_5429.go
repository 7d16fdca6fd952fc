import (
    "net/http"
    _ "net/http/pprof"
)

func main() {
    // 启动pprof服务
    go func() {
        http.ListenAndServe("localhost:6060", nil)
    }()
    
    // 主服务代码
}

// 收集堆profile
// curl -o heap.prof http://localhost:6060/debug/pprof/heap
