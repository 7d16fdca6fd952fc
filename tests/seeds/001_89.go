// 地址复用问题
s := []int{1, 2, 3}
var ptrs []*int
for _, v := range s {
    ptrs = append(ptrs, &v) // 所有指针都指向同一个地址
}
// 所有ptrs中的元素都指向最后一个值3

// 正确做法
for i := range s {
    ptrs = append(ptrs, &s[i]) // 获取slice元素的地址
}
