// Sample from seed block 001_4329: a file cache that only grows (a leak),
// and the same cache behind a Mutex with a place for a size limit.
// The notes declare cache and loadFile twice (the wrong and the right
// version): the second pair is renamed lockedCache and loadFileLocked. The
// files asked for do not exist here: ReadFile fails, and both versions still
// cache the nil data under the path, so the caches grow with every new path.
// Added: the package clause, the imports, the renames, a main that loads 3
// paths (one twice) through both and prints the cache sizes.
package main

import (
    "fmt"
    "io/ioutil"
    "sync"
)

// --- seed block 001_4329 ---
// 错误示例
var cache = make(map[string][]byte)

func loadFile(path string) []byte {
    if data, ok := cache[path]; ok {
        return data
    }
    data, _ := ioutil.ReadFile(path)
    cache[path] = data // 缓存永远增长
    return data
}

// 正确示例
// added: renamed from cache (declared twice in the notes)
var lockedCache = make(map[string][]byte)
var cacheMutex sync.Mutex

// added: renamed from loadFile (declared twice in the notes)
func loadFileLocked(path string) []byte {
    cacheMutex.Lock()
    defer cacheMutex.Unlock()
    
    if data, ok := lockedCache[path]; ok {
        return data
    }
    data, _ := ioutil.ReadFile(path)
    
    // 限制缓存大小
    if len(lockedCache) > 1000 {
        // 清理部分缓存
    }
    
    lockedCache[path] = data
    return data
}
// --- end of seed block 001_4329 ---

func main() {
    for _, p := range []string{"a.txt", "b.txt", "a.txt", "c.txt"} {
        fmt.Println(p, len(loadFile(p)), len(loadFileLocked(p)))
    }
    fmt.Println(len(cache), len(lockedCache))
}
