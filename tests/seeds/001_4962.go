func calculateSum(values []int) int {
    sum := 0 // 栈上
    for _, v := range values {
        sum += v
    }
    return sum
}
