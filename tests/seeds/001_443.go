// 使用reflect.DeepEqual
import "reflect"
fmt.Println(reflect.DeepEqual(d1, d2)) // true

// 自定义比较方法
func (d Data) Equal(other Data) bool {
    if len(d.Values) != len(other.Values) {
        return false
    }
    for i, v := range d.Values {
        if v != other.Values[i] {
            return false
        }
    }
    return true
}
