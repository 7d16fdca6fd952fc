import "runtime"

func main() {
    // 启用互斥锁分析
    runtime.SetMutexProfileFraction(10)
    // ...
}
