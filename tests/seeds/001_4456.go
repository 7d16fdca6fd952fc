import (
    "net/http"
    _ "net/http/pprof"
    "runtime/pprof"
)

// HTTP服务器方式
func main() {
    go func() {
        http.ListenAndServe("localhost:6060", nil)
    }()
    // 应用代码...
}

// 命令行使用
// go tool pprof http://localhost:6060/debug/pprof/heap

// 手动生成profile
f, _ := os.Create("mem.prof")
pprof.WriteHeapProfile(f)
f.Close()
