type Singleton struct {
    // 单例的字段
}

var (
    instance unsafe.Pointer
)

func GetInstance() *Singleton {
    if atomic.LoadPointer(&instance) == nil {
        mu.Lock()
        defer mu.Unlock()
        if atomic.LoadPointer(&instance) == nil {
            p := &Singleton{}
            atomic.StorePointer(&instance, unsafe.Pointer(p))
        }
    }
    return (*Singleton)(atomic.LoadPointer(&instance))
}
