select {
case x := <-ch:
    fmt.Println("Received:", x)
default:
    fmt.Println("No value available")
}

select {
case ch <- value:
    fmt.Println("Sent value")
default:
    fmt.Println("Cannot send, channel full")
}
