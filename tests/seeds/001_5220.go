import (
    "net/http"
    _ "net/http/pprof"
    "runtime"
)

func main() {
    go func() {
        http.ListenAndServe("localhost:6060", nil)
    }()
    
    // 应用代码
}
