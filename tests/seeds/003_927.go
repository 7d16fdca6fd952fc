package main

import (
    "database/sql"
    "fmt"
    "time"
    
    _ "github.com/go-sql-driver/mysql"
)

type DBConfig struct {
    MaxOpenConns    int           // 最大打开连接数
    MaxIdleConns    int           // 最大空闲连接数
    ConnMaxLifetime time.Duration // 连接最大生存时间
    ConnMaxIdleTime time.Duration // 连接最大空闲时间
}

func NewOptimizedDB(dsn string, config DBConfig) (*sql.DB, error) {
    db, err := sql.Open("mysql", dsn)
    if err != nil {
        return nil, err
    }
    
    // 连接池优化配置
    db.SetMaxOpenConns(config.MaxOpenConns)       // 根据数据库最大连接数设置
    db.SetMaxIdleConns(config.MaxIdleConns)       // 通常设置为MaxOpenConns的10-20%
    db.SetConnMaxLifetime(config.ConnMaxLifetime) // 避免长连接被数据库强制关闭
    db.SetConnMaxIdleTime(config.ConnMaxIdleTime) // 及时释放空闲连接
    
    return db, nil
}

// 生产环境配置示例
func ProductionDBConfig() DBConfig {
    return DBConfig{
        MaxOpenConns:    100,                // 根据并发量调整
        MaxIdleConns:    10,                 // 保持少量空闲连接
        ConnMaxLifetime: 30 * time.Minute,   // 30分钟重建连接
        ConnMaxIdleTime: 5 * time.Minute,    // 5分钟回收空闲连接
    }
}
