var config atomic.Value

// 存储
cfg := Config{...}
config.Store(cfg)

// 加载
currentConfig := config.Load().(Config)
