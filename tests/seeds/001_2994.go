func BenchmarkWithoutPool(b *testing.B) {
    b.ReportAllocs()
    for i := 0; i < b.N; i++ {
        buffer := new(bytes.Buffer)
        buffer.WriteString("hello")
    }
}

func BenchmarkWithPool(b *testing.B) {
    b.ReportAllocs()
    pool := sync.Pool{
        New: func() interface{} {
            return new(bytes.Buffer)
        },
    }
    b.ResetTimer()
    for i := 0; i < b.N; i++ {
        buffer := pool.Get().(*bytes.Buffer)
        buffer.Reset()
        buffer.WriteString("hello")
        pool.Put(buffer)
    }
}
