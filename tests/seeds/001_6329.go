// singleton/singleton.go
package singleton

type singleton struct {
    // 单例的字段
}

var Instance = &singleton{}

// 使用
// import "myapp/singleton"
// s := singleton.Instance
