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
