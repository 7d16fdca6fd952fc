type ServiceDiscovery struct {
    registry    Registry
    cache       map[string][]string
    cacheMutex  sync.RWMutex
    refreshTime time.Time
}

func (sd *ServiceDiscovery) GetService(name string) ([]string, error) {
    sd.cacheMutex.RLock()
    cached, exists := sd.cache[name]
    lastRefresh := sd.refreshTime
    sd.cacheMutex.RUnlock()
    
    // 使用缓存的服务列表(如果新鲜)
    if exists && time.Since(lastRefresh) < 30*time.Second {
        return cached, nil
    }
    
    // 尝试从注册中心获取
    services, err := sd.registry.GetService(name)
    if err != nil {
        // 注册中心不可用时使用缓存
        if exists {
            return cached, nil
        }
        return nil, err
    }
    
    // 更新缓存
    sd.cacheMutex.Lock()
    sd.cache[name] = services
    sd.refreshTime = time.Now()
    sd.cacheMutex.Unlock()
    
    return services, nil
}
