// 可比较的结构体
type Person struct {
    Name string
    Age  int
}
p1 := Person{"Alice", 30}
p2 := Person{"Alice", 30}
fmt.Println(p1 == p2) // true

// 不可比较的结构体
type Data struct {
    Values []int // slice是不可比较的
}
d1 := Data{[]int{1, 2, 3}}
d2 := Data{[]int{1, 2, 3}}
// fmt.Println(d1 == d2) // 编译错误
