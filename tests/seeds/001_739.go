type waitq struct {
    first *sudog
    last  *sudog
}
