// Sample from seed block 001_1190: a map split into shards, each with its own
// lock; getShard picks the shard by the key's FNV-1 32-bit hash.
// Added: the package clause, the imports, the SafeMap of the notes' 001_1077
// (this block uses it without defining it), a NewShardedMap, and a main that
// prints which shard some keys go to and stores/loads through the shards.
package main

import (
    "fmt"
    "hash/fnv"
    "sync"
)

// --- seed block 001_1190 ---
type ShardedMap struct {
    shards []*SafeMap
    shardCount int
}

func (m *ShardedMap) getShard(key string) *SafeMap {
    hash := fnv.New32()
    hash.Write([]byte(key))
    return m.shards[hash.Sum32() % uint32(m.shardCount)]
}
// --- end of seed block 001_1190 ---

// added: SafeMap as in the notes' 001_1077
type SafeMap struct {
    mu   sync.Mutex
    data map[string]int
}

func (m *SafeMap) Get(key string) (int, bool) {
    m.mu.Lock()
    defer m.mu.Unlock()
    val, ok := m.data[key]
    return val, ok
}

func (m *SafeMap) Set(key string, value int) {
    m.mu.Lock()
    defer m.mu.Unlock()
    m.data[key] = value
}

func NewShardedMap(n int) *ShardedMap {
    m := &ShardedMap{shardCount: n}
    for i := 0; i < n; i++ {
        m.shards = append(m.shards, &SafeMap{data: make(map[string]int)})
    }
    return m
}

func main() {
    m := NewShardedMap(4)
    for i, key := range []string{"apple", "banana", "cherry", "date", "elderberry", "fig"} {
        shard := m.getShard(key)
        shard.Set(key, i)
        for n, s := range m.shards {
            if s == shard {
                fmt.Println(key, "-> shard", n)
            }
        }
    }
    fmt.Println(m.getShard("cherry").Get("cherry"))
}
