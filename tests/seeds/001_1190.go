type ShardedMap struct {
    shards []*SafeMap
    shardCount int
}

func (m *ShardedMap) getShard(key string) *SafeMap {
    hash := fnv.New32()
    hash.Write([]byte(key))
    return m.shards[hash.Sum32() % uint32(m.shardCount)]
}
