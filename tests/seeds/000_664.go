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
