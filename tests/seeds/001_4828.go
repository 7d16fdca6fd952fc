// 大对象示例
buf := make([]byte, 1<<20) // 1MB，大对象分配
