// 不好的方式
type Person struct {
    Name *string
    Age  *int
    City *string
}

// 更好的方式
type Person struct {
    Name string
    Age  int
    City string
}
