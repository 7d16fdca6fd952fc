// Sample from seed block 001_1952: the four atomic operations on an int64:
// Add, Load, Store and CompareAndSwap. (001_2881 is the same text.)
// Added: the package clause, the imports, main, and prints of what each
// step returned.
package main

import (
    "fmt"
    "sync/atomic"
)

func main() {
    // --- seed block 001_1952 ---
    var counter int64

    // 原子增加
    atomic.AddInt64(&counter, 1)

    // 原子读取
    value := atomic.LoadInt64(&counter)

    // 原子存储
    atomic.StoreInt64(&counter, 10)

    // 比较并交换
    atomic.CompareAndSwapInt64(&counter, 10, 20)
    // --- end of seed block 001_1952 ---
    fmt.Println(value, counter)
    // a CAS whose old value does not match changes nothing
    fmt.Println(atomic.CompareAndSwapInt64(&counter, 10, 30), counter)
}
