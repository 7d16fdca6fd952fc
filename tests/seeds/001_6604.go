// 解决方法
// 使用go.mod replace指令
// go.mod
replace github.com/problematic/pkg => github.com/fixed/pkg v1.0.0
