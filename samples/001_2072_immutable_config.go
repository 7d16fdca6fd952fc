// Sample from seed block 001_2072: copy-on-write configuration: WithSetting
// returns a new value and leaves the original unchanged. (The local named
// `copy` shadows the builtin inside those functions.)
// Added: the package clause, the import, a main that uses it.
package main

import "fmt"

// --- seed block 001_2072 ---
type ImmutableConfig struct {
    settings map[string]string
}

func NewConfig(settings map[string]string) *ImmutableConfig {
    // 创建副本
    copy := make(map[string]string)
    for k, v := range settings {
        copy[k] = v
    }
    return &ImmutableConfig{settings: copy}
}

func (c *ImmutableConfig) Get(key string) string {
    return c.settings[key]
}

func (c *ImmutableConfig) WithSetting(key, value string) *ImmutableConfig {
    // 创建新实例而不是修改原实例
    copy := make(map[string]string)
    for k, v := range c.settings {
        copy[k] = v
    }
    copy[key] = value
    return &ImmutableConfig{settings: copy}
}
// --- end of seed block 001_2072 ---

func main() {
    base := map[string]string{"env": "dev", "region": "eu"}
    c1 := NewConfig(base)
    c2 := c1.WithSetting("env", "prod")
    base["env"] = "changed"
    fmt.Println(c1.Get("env"), c2.Get("env"), c2.Get("region"), c1.Get("missing") == "")
}
