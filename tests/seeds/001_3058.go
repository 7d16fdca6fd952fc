type WaitGroup struct {
    noCopy noCopy
    state1 [3]uint32 // 包含计数器和等待者数量
}
