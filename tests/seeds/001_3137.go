tasks := getTasks()
wg.Add(len(tasks))
for _, task := range tasks {
    go func(t Task) {
        defer wg.Done()
        process(t)
    }(task)
}
