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
