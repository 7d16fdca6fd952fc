// Sample from seed block 001_1881: an insertion-ordered map built from a key
// slice plus a map.
// Added: the package clause, the import, and a main that makes the `om` the
// notes' final loop uses (the block's last statement, moved into main) and
// exercises Set, Get and Delete.
package main

import "fmt"

// --- seed block 001_1881, part 1 (its declarations) ---
type OrderedMap struct {
    keys   []string
    values map[string]int
}

func NewOrderedMap() *OrderedMap {
    return &OrderedMap{
        keys:   make([]string, 0),
        values: make(map[string]int),
    }
}

func (om *OrderedMap) Set(key string, value int) {
    if _, exists := om.values[key]; !exists {
        om.keys = append(om.keys, key)
    }
    om.values[key] = value
}

func (om *OrderedMap) Get(key string) (int, bool) {
    val, exists := om.values[key]
    return val, exists
}

func (om *OrderedMap) Delete(key string) {
    if _, exists := om.values[key]; exists {
                   for i, k := range om.keys {
            if k == key {
                om.keys = append(om.keys[:i], om.keys[i+1:]...)
                break
            }
        }
        delete(om.values, key)
    }
}

// --- end of seed block 001_1881, part 1 ---

func main() {
    // added: the `om` the notes' loop ranges over
    om := NewOrderedMap()
    om.Set("c", 3)
    om.Set("a", 1)
    om.Set("b", 2)
    om.Set("c", 30)
    // --- seed block 001_1881, part 2 (its last statement) ---
    // 按插入顺序遍历
    for _, key := range om.keys {
        fmt.Printf("%s: %d\n", key, om.values[key])
    }
    // --- end of seed block 001_1881 ---
    // added: Get and Delete
    fmt.Println(om.Get("a"))
    om.Delete("a")
    fmt.Println(om.Get("a"))
    fmt.Println(om.keys, len(om.values))
}
