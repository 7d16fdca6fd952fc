var wg sync.WaitGroup
wg.Done() // panic: negative WaitGroup counter
