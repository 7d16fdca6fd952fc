type RWMutex struct {
    w           Mutex  // 用于写锁
    writerSem   uint32 // 写等待信号量
    readerSem   uint32 // 读等待信号量
    readerCount int32  // 读锁计数
    readerWait  int32  // 等待释放的读锁数量
}
