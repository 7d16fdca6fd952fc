func (rw *RWMutex) Unlock() {
    // 恢复readerCount，允许新的读操作
    r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
    
    // 唤醒所有等待的读锁
    for i := 0; i < int(r); i++ {
        runtime_Semrelease(&rw.readerSem, false, 1)
    }
    
    // 释放互斥锁
    rw.w.Unlock()
}
