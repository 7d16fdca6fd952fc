package main

import (
    "context"
    "database/sql"
    "encoding/json"
    "fmt"
    "time"
    
    "github.com/go-redis/redis/v8"
)

type UserService struct {
    db    *sql.DB
    redis *redis.Client
}

func NewUserService(db *sql.DB, rdb *redis.Client) *UserService {
    return &UserService{
        db:    db,
        redis: rdb,
    }
}

// 带缓存的用户查询
func (s *UserService) GetUser(ctx context.Context, userID int64) (*User, error) {
    cacheKey := fmt.Sprintf("user:%d", userID)
    
    // 1. 先查缓存
    cached, err := s.redis.Get(ctx, cacheKey).Result()
    if err == nil {
        var user User
        if err := json.Unmarshal([]byte(cached), &user); err == nil {
            return &user, nil
        }
    }
    
    // 2. 缓存未命中，查数据库
    var user User
    err = s.db.QueryRowContext(ctx, 
        "SELECT id, name, email FROM users WHERE id = ?", userID).Scan(
        &user.ID, &user.Name, &user.Email)
    if err != nil {
        return nil, err
    }
    
    // 3. 写入缓存
    userJSON, _ := json.Marshal(user)
    s.redis.Set(ctx, cacheKey, userJSON, 10*time.Minute)
    
    return &user, nil
}

// 缓存更新策略
func (s *UserService) UpdateUser(ctx context.Context, user *User) error {
    // 1. 更新数据库
    _, err := s.db.ExecContext(ctx, 
        "UPDATE users SET name = ?, email = ? WHERE id = ?",
        user.Name, user.Email, user.ID)
    if err != nil {
        return err
    }
    
    // 2. 删除缓存（Cache-Aside模式）
    cacheKey := fmt.Sprintf("user:%d", user.ID)
    s.redis.Del(ctx, cacheKey)
    
    return nil
}

// 预热缓存
func (s *UserService) WarmupCache(ctx context.Context, userIDs []int64) error {
    for _, userID := range userIDs {
        _, err := s.GetUser(ctx, userID)
        if err != nil {
            return err
        }
    }
    return nil
}
