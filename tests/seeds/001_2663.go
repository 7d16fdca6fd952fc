func (rw *RWMutex) Lock() {
    // 获取互斥锁，确保写操作互斥
    rw.w.Lock()
    
    // 标记有写意向，阻止新的读锁
    r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders)
    
    // 等待现有读锁释放
    if r != 0 {
        // 有读锁，需要等待
        rw.readerWait = r
        runtime_SemacquireMutex(&rw.writerSem, false, 0)
    }
}
