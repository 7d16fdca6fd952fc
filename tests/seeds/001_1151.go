type ChanMap struct {
    reqChan chan request
    quitChan chan struct{}
}

type request struct {
    key string
    value int
    op operation
    respChan chan response
}

func NewChanMap() *ChanMap {
    cm := &ChanMap{
        reqChan: make(chan request),
        quitChan: make(chan struct{}),
    }
    go cm.run()
    return cm
}

func (cm *ChanMap) run() {
    data := make(map[string]int)
    for {
        select {
        case req := <-cm.reqChan:
            // 处理请求
        case <-cm.quitChan:
            return
        }
    }
}
