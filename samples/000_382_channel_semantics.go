// Sample from seed block 000_382: channel semantics in five demonstrations:
// an unbuffered channel's send waits for the receiver; a buffered one's
// only when the buffer is full; select with a default polls several
// channels; producers and consumers over buffered channels; closing a
// channel once, by the sender, with a stop channel for the receiver.
// Changed to run, and to give one output (every change is marked "added:"):
// - The notes' hchan listing is left out: it does not compile (it names
//   types only the runtime has), and it needed the unsafe import.
// - The goroutines of each demonstration print in an order that depends on
//   timing: their lines are collected (sortedPrintf, sortedPrintln) and
//   printed sorted at the end of the demonstration (flushSorted). The
//   select demonstration runs in main and prints directly.
// - What is printed depends on the order of events 30 to 80 ms apart: the
//   timing demonstrations sleep twice the notes' durations (the unit ms),
//   so that a loaded machine does not reorder them.
// - Durations (耗时) differ on every run: the sends print whether they
//   blocked (waited 50 ms or more) instead. An unbuffered send blocks until
//   the receiver comes (100 to 200 ms here); a buffered send blocks only
//   when the buffer is full (the last three sends).
// - The select demonstration polls every 50 units and its fast source sent
//   at 100, on a polling instant, so which poll saw it was a race: it sends
//   at 75. The timeout at 200 then falls after the fifth and last poll.
// - In the producer-consumer demonstration, which consumer takes which task
//   is random: the consumer's id is left out of its line. The result
//   collector printed after the function had returned, during the next
//   demonstration: the function waits until only 2 goroutines are left,
//   main and the select demonstration's slow source, which stays blocked
//   forever on its send to ch2.
// - When the receiver of the last demonstration closes stopCh, the sender's
//   select sees both stopCh and room in dataCh ready and picks one at
//   random, so a random number of extra sends followed: the sender checks
//   stopCh on its own first (a priority select, as in the notes' 001_3664).
// Added: the above, and the helpers below.
// --- seed block 000_382 ---
package main

import (
    "fmt"
    // added: runtime, sort and strings for the added code; unsafe (used only
    // by the hchan listing) removed
    "runtime"
    "sort"
    "strings"
    "sync"
    "time"
)

// added: goroutines' lines, printed sorted by flushSorted
var sorted struct {
    sync.Mutex
    lines []string
}

func sortedPrintf(format string, a ...interface{}) {
    sorted.Lock()
    defer sorted.Unlock()
    sorted.lines = append(sorted.lines, fmt.Sprintf(format, a...))
}

func sortedPrintln(a ...interface{}) {
    sortedPrintf("%s", fmt.Sprintln(a...))
}

func flushSorted() {
    sorted.Lock()
    defer sorted.Unlock()
    sort.Strings(sorted.lines)
    fmt.Print(strings.Join(sorted.lines, ""))
    sorted.lines = nil
}

// added: whether a send that started at start waited 50 ms or more
func blocked(start time.Time) bool {
    return time.Since(start) >= 50*time.Millisecond
}

// added: the notes' durations are in units of ms, twice a millisecond:
// the timing margins double, so that a busy machine does not change what
// is printed (see the header)
const ms = 2 * time.Millisecond
// --- end of the added helpers ---

// added: the notes' hchan listing (a simplified copy of the runtime's
// struct) is left out here: it names types no program has (waitq, mutex)
// and does not compile; subgo's runtime has the real one (runtime2.h)

// 演示无缓冲channel的同步特性
func demonstrateUnbufferedChannel() {
    fmt.Println("\n=== 无缓冲Channel同步特性 ===")
    
    ch := make(chan int)
    
    var wg sync.WaitGroup
    
    // 发送者
    wg.Add(1)
    go func() {
        defer wg.Done()
        for i := 0; i < 5; i++ {
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("准备发送: %d\n", i)
            start := time.Now()
            ch <- i  // 在没有接收者时会阻塞
            // added: was fmt.Printf("发送完成: %d (耗时: %v)\n", i, time.Since(start))
            sortedPrintf("发送完成: %d (阻塞: %v)\n", i, blocked(start))
        }
        close(ch)
    }()
    
    // 接收者（延迟启动）
    wg.Add(1)
    go func() {
        defer wg.Done()
        // added: was 100 * time.Millisecond, see the header
        time.Sleep(100 * ms) // 模拟延迟
        
        for val := range ch {
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("接收到: %d\n", val)
            // added: was 50 * time.Millisecond, see the header
            time.Sleep(50 * ms) // 模拟处理时间
        }
    }()
    
    wg.Wait()
    // added: the section's lines, sorted
    flushSorted()
}

// 演示有缓冲channel的异步特性
func demonstrateBufferedChannel() {
    fmt.Println("\n=== 有缓冲Channel异步特性 ===")
    
    ch := make(chan int, 3) // 缓冲区大小为3
    
    var wg sync.WaitGroup
    
    // 发送者
    wg.Add(1)
    go func() {
        defer wg.Done()
        for i := 0; i < 6; i++ {
            start := time.Now()
            ch <- i
            // added: was fmt.Printf("发送: %d (耗时: %v, 缓冲区状态: %d/%d)\n",
            //     i, time.Since(start), len(ch), cap(ch))
            sortedPrintf("发送: %d (阻塞: %v, 缓冲区状态: %d/%d)\n", 
                i, blocked(start), len(ch), cap(ch))
            // added: was 30 * time.Millisecond, see the header
            time.Sleep(30 * ms)
        }
        close(ch)
    }()
    
    // 接收者（延迟启动）
    wg.Add(1)
    go func() {
        defer wg.Done()
        // added: was 200 * time.Millisecond, see the header
        time.Sleep(200 * ms) // 让缓冲区先填满
        
        for val := range ch {
            // added: sortedPrintf instead of fmt.Printf
            sortedPrintf("接收: %d (缓冲区状态: %d/%d)\n", 
                val, len(ch), cap(ch))
            // added: was 80 * time.Millisecond, see the header
            time.Sleep(80 * ms)
        }
    }()
    
    wg.Wait()
    // added: the section's lines, sorted
    flushSorted()
}

// Channel的select多路复用
func demonstrateChannelSelect() {
    fmt.Println("\n=== Channel Select多路复用 ===")
    
    ch1 := make(chan string)
    ch2 := make(chan string)
    timeout := make(chan bool, 1)
    
    // 模拟不同速度的数据源
    go func() {
        // added: was 100 * time.Millisecond, see the header
        time.Sleep(75 * ms)
        ch1 <- "快速数据源"
    }()
    
    go func() {
        // added: was 300 * time.Millisecond, see the header
        time.Sleep(300 * ms)
        ch2 <- "慢速数据源"
    }()
    
    // 设置超时
    go func() {
        // added: was 200 * time.Millisecond, see the header
        time.Sleep(200 * ms)
        timeout <- true
    }()
    
    // 非阻塞select模式
    for i := 0; i < 5; i++ {
        select {
        case msg1 := <-ch1:
            fmt.Printf("从 ch1 接收: %s\n", msg1)
        case msg2 := <-ch2:
            fmt.Printf("从 ch2 接收: %s\n", msg2)
        case <-timeout:
            fmt.Println("超时，操作取消")
            return
        default:
            fmt.Printf("第 %d 次轮询: 暂无数据\n", i+1)
            // added: was 50 * time.Millisecond, see the header
            time.Sleep(50 * ms)
        }
    }
}

// 生产者-消费者模式的性能优化
func optimizedProducerConsumer() {
    fmt.Println("\n=== 优化的生产者-消费者模式 ===")
    
    const (
        numProducers = 3
        numConsumers = 2
        bufferSize   = 10
        numTasks     = 20
    )
    
    taskCh := make(chan int, bufferSize)
    resultCh := make(chan int, bufferSize)
    
    var wg sync.WaitGroup
    
    // 生产者
    for i := 0; i < numProducers; i++ {
        wg.Add(1)
        go func(producerID int) {
            defer wg.Done()
            for j := 0; j < numTasks/numProducers; j++ {
                task := producerID*100 + j
                taskCh <- task
                // added: sortedPrintf instead of fmt.Printf
                sortedPrintf("生产者 %d 生产任务: %d\n", producerID, task)
                time.Sleep(10 * time.Millisecond)
            }
        }(i)
    }
    
    // 关闭任务通道
    go func() {
        wg.Wait()
        close(taskCh)
    }()
    
    // 消费者
    var consumerWg sync.WaitGroup
    for i := 0; i < numConsumers; i++ {
        consumerWg.Add(1)
        go func(consumerID int) {
            defer consumerWg.Done()
            for task := range taskCh {
                // 模拟任务处理
                result := task * 2
                resultCh <- result
                // added: was fmt.Printf("消费者 %d 处理任务 %d -> 结果 %d\n",
                //     consumerID, task, result); see the header
                sortedPrintf("消费者 处理任务 %d -> 结果 %d\n", 
                    task, result)
                time.Sleep(20 * time.Millisecond)
            }
        }(i)
    }
    
    // 关闭结果通道
    go func() {
        consumerWg.Wait()
        close(resultCh)
    }()
    
    // 结果收集器
    go func() {
        var results []int
        for result := range resultCh {
            results = append(results, result)
        }
        // added: sortedPrintf instead of fmt.Printf
        sortedPrintf("收集到 %d 个结果\n", len(results))
    }()
    
    // 等待所有生产者完成
    wg.Wait()
    
    // 等待所有消费者完成
    consumerWg.Wait()
    // added: wait for the collector too (see the header), then the
    // section's lines, sorted
    for runtime.NumGoroutine() > 2 {
        time.Sleep(time.Millisecond)
    }
    flushSorted()
}

// Channel关闭的最佳实践
func channelClosingBestPractices() {
    fmt.Println("\n=== Channel关闭最佳实践 ===")
    
    // 1. 只有发送方关闭channel
    // 2. 使用信号channel通知关闭
    // 3. 使用sync.Once确保只关闭一次
    
    dataCh := make(chan int, 5)
    stopCh := make(chan struct{})
    var closeOnce sync.Once
    
    // 发送者
    go func() {
        defer func() {
            closeOnce.Do(func() {
                close(dataCh)
                // added: sortedPrintln instead of fmt.Println
                sortedPrintln("数据通道已关闭")
            })
        }()
        
        for i := 0; i < 10; i++ {
            // added: see stopCh first; see the header
            select {
            case <-stopCh:
                sortedPrintln("接收到停止信号，发送者退出")
                return
            default:
            }
            select {
            case dataCh <- i:
                // added: sortedPrintf instead of fmt.Printf
                sortedPrintf("发送数据: %d\n", i)
                // added: was 50 * time.Millisecond, see the header
                time.Sleep(50 * ms)
            case <-stopCh:
                // added: sortedPrintln instead of fmt.Println
                sortedPrintln("接收到停止信号，发送者退出")
                return
            }
        }
    }()
    
    // 接收者
    go func() {
        for {
            select {
            case data, ok := <-dataCh:
                if !ok {
                    // added: sortedPrintln instead of fmt.Println
                    sortedPrintln("数据通道已关闭，接收者退出")
                    return
                }
                // added: sortedPrintf instead of fmt.Printf
                sortedPrintf("接收数据: %d\n", data)
                
                // 模拟一些情况下的提前退出
                if data == 3 {
                    // added: sortedPrintln instead of fmt.Println
                    sortedPrintln("接收者提前退出")
                    close(stopCh)
                    return
                }
            }
        }
    }()
    
    time.Sleep(1 * time.Second)
    // added: the section's lines, sorted
    flushSorted()
}

func main() {
    demonstrateUnbufferedChannel()
    demonstrateBufferedChannel() 
    demonstrateChannelSelect()
    optimizedProducerConsumer()
    channelClosingBestPractices()
}
// --- end of seed block 000_382 ---
