// 使用github.com/elliotchance/orderedmap
import "github.com/elliotchance/orderedmap"

om := orderedmap.NewOrderedMap()
om.Set("c", 3)
om.Set("a", 1)
om.Set("b", 2)

// 按插入顺序遍历
for _, k := range om.Keys() {
    v, _ := om.Get(k)
    fmt.Printf("%s: %d\n", k, v)
}
