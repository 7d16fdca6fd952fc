// 修复前
var cache = make(map[string][]byte)

// 修复后
import "github.com/hashicorp/golang-lru"

var cache, _ = lru.New(1000) // 限制条目数
