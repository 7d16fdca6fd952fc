g, ctx := errgroup.WithContext(context.Background())
for i := 0; i < 5; i++ {
    g.Go(func() error {
        // 执行任务，返回错误
        return nil
    })
}
if err := g.Wait(); err != nil {
    // 处理错误
}
