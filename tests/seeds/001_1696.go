import (
    "fmt"
    "runtime"
)

func main() {
    // 获取当前GOMAXPROCS值
    fmt.Println("Default GOMAXPROCS:", runtime.GOMAXPROCS(0))
    
    // 设置GOMAXPROCS
    runtime.GOMAXPROCS(4)
    fmt.Println("New GOMAXPROCS:", runtime.GOMAXPROCS(0))
    
    // 获取当前线程数(不精确)
    fmt.Println("Current threads:", runtime.NumCPU())
}
