// 分片锁示例
type ShardedMap struct {
    shards []*sync.Map
    shardCount int
}

func (m *ShardedMap) getShard(key string) *sync.Map {
    hash := fnv.New32()
    hash.Write([]byte(key))
    return m.shards[hash.Sum32() % uint32(m.shardCount)]
}
