func fanIn(ch1, ch2 <-chan string) <-chan string {
    merged := make(chan string)
    go func() {
        defer close(merged)
        for {
            select {
            case v, ok := <-ch1:
                if !ok {
                    ch1 = nil
                } else {
                    merged <- v
                }
            case v, ok := <-ch2:
                if !ok {
                    ch2 = nil
                } else {
                    merged <- v
                }
            }
            
            // 所有channel都关闭时退出
            if ch1 == nil && ch2 == nil {
                return
            }
        }
    }()
    return merged
}
