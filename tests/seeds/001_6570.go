// 错误示例
original := []int{1, 2, 3, 4, 5}
slice := original[1:3]
slice[0] = 99 // 修改了original[1]

// 更好的做法
original := []int{1, 2, 3, 4, 5}
slice := make([]int, 2)
copy(slice, original[1:3])
slice[0] = 99 // 不影响original
