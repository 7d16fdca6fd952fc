type hmap struct {
    count     int            // 元素个数
    flags     uint8          // 状态标志
    B         uint8          // 桶数量的对数 (2^B个桶)
    noverflow uint16         // 溢出桶的近似数量
    hash0     uint32         // 哈希种子
    buckets   unsafe.Pointer // 指向2^B个桶的数组
    oldbuckets unsafe.Pointer // 扩容时，指向旧桶数组
    nevacuate  uintptr       // 扩容时，已迁移的桶数量
    extra *mapextra          // 可选字段
}
