type Singleton struct {
    Name string
}

var (
    instances sync.Map
)

func GetInstance(name string) *Singleton {
    v, ok := instances.Load(name)
    if ok {
        return v.(*Singleton)
    }
    
    // 创建新实例
    s := &Singleton{Name: name}
    actual, loaded := instances.LoadOrStore(name, s)
    if loaded {
        return actual.(*Singleton)
    }
    return s
}
