select {
case result := <-resultCh:
    fmt.Println("Received result:", result)
case <-time.After(2 * time.Second):
    fmt.Println("Operation timed out")
}
