// HTTP服务器中使用Context
func handleRequest(w http.ResponseWriter, r *http.Request) {
    ctx := r.Context()
    
    // 创建带有超时的子上下文
    ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
    defer cancel()
    
    result, err := doSomethingSlowly(ctx)
    if err != nil {
        if errors.Is(err, context.DeadlineExceeded) {
            http.Error(w, "Request timed out", http.StatusGatewayTimeout)
            return
        }
        http.Error(w, err.Error(), http.StatusInternalServerError)
        return
    }
    
    fmt.Fprintf(w, result)
}

func doSomethingSlowly(ctx context.Context) (string, error) {
    select {
    case <-time.After(3 * time.Second):
        return "Result", nil
    case <-ctx.Done():
        return "", ctx.Err()
    }
}
