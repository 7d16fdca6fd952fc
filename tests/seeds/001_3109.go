wg.Add(1)
go func() {
    // ...
    wg.Done()
}()
wg.Wait()
wg.Add(1) // 不要在Wait后再Add
