func timeoutOperation(timeout time.Duration) error {
    done := make(chan error, 1)
    
    go func() {
        // 执行耗时操作
        done <- longRunningOperation()
    }()
    
    select {
    case err := <-done:
        return err
    case <-time.After(timeout):
        return errors.New("操作超时")
    }
}
