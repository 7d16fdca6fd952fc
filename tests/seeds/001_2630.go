func (rw *RWMutex) RLock() {
    // 增加读计数
    if atomic.AddInt32(&rw.readerCount, 1) < 0 {
        // 有写锁，等待
        runtime_SemacquireMutex(&rw.readerSem, false, 0)
    }
}
