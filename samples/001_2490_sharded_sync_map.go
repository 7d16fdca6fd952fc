// Sample from seed block 001_2490: shards that are sync.Maps, picked by the
// key's FNV-1 32-bit hash.
// Added: the package clause, the imports, and a main that makes the shards,
// prints which shard some keys go to and stores/loads through the shards.
package main

import (
    "fmt"
    "hash/fnv"
    "sync"
)

// --- seed block 001_2490 ---
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
// --- end of seed block 001_2490 ---

func main() {
    m := &ShardedMap{shardCount: 8}
    for i := 0; i < m.shardCount; i++ {
        m.shards = append(m.shards, new(sync.Map))
    }
    for i, key := range []string{"a", "b", "c", "user:1", "user:2", "session"} {
        shard := m.getShard(key)
        shard.Store(key, i)
        for n, s := range m.shards {
            if s == shard {
                fmt.Println(key, "-> shard", n)
            }
        }
    }
    fmt.Println(m.getShard("user:2").Load("user:2"))
}
