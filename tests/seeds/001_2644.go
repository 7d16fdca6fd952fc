func (rw *RWMutex) RUnlock() {
    // 减少读计数
    if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
        // 有写意向，检查是否需要唤醒写锁
        if atomic.AddInt32(&rw.readerWait, -1) == 0 {
            // 唤醒写锁
            runtime_Semrelease(&rw.writerSem, false, 1)
        }
    }
}
