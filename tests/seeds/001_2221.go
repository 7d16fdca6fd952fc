type SpinLock int32

func (sl *SpinLock) Lock() {
    for !atomic.CompareAndSwapInt32((*int32)(sl), 0, 1) {
        runtime.Gosched() // 让出CPU时间
    }
}

func (sl *SpinLock) Unlock() {
    atomic.StoreInt32((*int32)(sl), 0)
}
