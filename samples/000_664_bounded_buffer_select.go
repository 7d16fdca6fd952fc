// Sample from seed block 000_664: a bounded buffer on a buffered channel
// whose Put and Get never block: a select with a default case reports
// "buffer full" / "buffer empty" instead.
// Added: the package clause, the imports, and a main that puts 3 items into
// a buffer of 2 and gets 3 back, printing each result.
package main

import (
    "errors"
    "fmt"
)

// --- seed block 000_664 ---
// 实现一个线程安全的缓冲区
type Buffer struct {
    data chan int
    size int
}

func NewBuffer(size int) *Buffer {
    return &Buffer{
        data: make(chan int, size),
        size: size,
    }
}

func (b *Buffer) Put(item int) error {
    select {
    case b.data <- item:
        return nil
    default:
        return errors.New("buffer full")
    }
}

func (b *Buffer) Get() (int, error) {
    select {
    case item := <-b.data:
        return item, nil
    default:
        return 0, errors.New("buffer empty")
    }
}
// --- end of seed block 000_664 ---

func main() {
    b := NewBuffer(2)
    for i := 1; i <= 3; i++ {
        fmt.Println("Put", i, b.Put(i))
    }
    for i := 0; i < 3; i++ {
        fmt.Println(b.Get())
    }
}
