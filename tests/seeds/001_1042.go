// 释放map内存的方法
oldMap := map[string]int{"a": 1, "b": 2, "c": 3}
// 删除了很多元素后...

// 创建新map并复制需要的元素
newMap := make(map[string]int, len(oldMap))
for k, v := range oldMap {
    newMap[k] = v
}

// 让oldMap被垃圾回收
oldMap = nil
