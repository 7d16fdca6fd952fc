// Sample from seed block 000_1299: sync.Once runs the loader once however
// often Load is called; the unguarded BadLoad checks-then-sets, which is a
// race when several goroutines call it.
// Added: the package clause, the imports, a stub loadConfigFromFile (the
// notes call it without defining it) that counts its calls, and a main that
// calls Load three times, then BadLoad on a second Config, printing the
// number of loads each time.
package main

import (
    "fmt"
    "sync"
)

// --- seed block 000_1299 ---
type Config struct {
    data map[string]string
    once sync.Once
}

func (c *Config) Load() {
    c.once.Do(func() {
        c.data = loadConfigFromFile()
    })
}

// 错误示例 - 每次都会执行
func (c *Config) BadLoad() {
    if c.data == nil {
        c.data = loadConfigFromFile()  // 竞态条件
    }
}
// --- end of seed block 000_1299 ---

// added: the notes' loader, counting how often it runs
var loads int

func loadConfigFromFile() map[string]string {
    loads++
    return map[string]string{"env": "prod"}
}

func main() {
    var c Config
    for i := 0; i < 3; i++ {
        c.Load()
    }
    fmt.Println("Load x3:", loads, "load(s),", c.data["env"])
    var bad Config
    bad.BadLoad()
    bad.BadLoad()
    fmt.Println("BadLoad x2:", loads-1, "load(s),", bad.data["env"])
}
