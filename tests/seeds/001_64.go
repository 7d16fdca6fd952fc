// 数组
arr := [3]int{1, 2, 3}

// 切片
slice1 := []int{1, 2, 3}
slice2 := make([]int, 3, 5)
