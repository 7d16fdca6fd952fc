type bmap struct {
    tophash [bucketCnt]uint8 // 存储键的哈希值高8位
    // 以下字段在运行时动态创建
    // keys     [8]keytype
    // values   [8]valuetype
    // overflow *bmap
}
