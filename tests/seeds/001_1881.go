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

// 按插入顺序遍历
for _, key := range om.keys {
    fmt.Printf("%s: %d\n", key, om.values[key])
}
