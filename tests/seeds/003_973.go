package main

import (
    "database/sql"
    "fmt"
    "strings"
    "time"
)

type User struct {
    ID    int64
    Name  string
    Email string
}

// 低效的单条插入
func InsertUsersSlow(db *sql.DB, users []User) error {
    for _, user := range users {
        _, err := db.Exec("INSERT INTO users (name, email) VALUES (?, ?)", 
            user.Name, user.Email)
        if err != nil {
            return err
        }
    }
    return nil
}

// 优化的批量插入
func InsertUsersBatch(db *sql.DB, users []User) error {
    if len(users) == 0 {
        return nil
    }
    
    // 构建批量插入SQL
    valueStrings := make([]string, 0, len(users))
    valueArgs := make([]interface{}, 0, len(users)*2)
    
    for _, user := range users {
        valueStrings = append(valueStrings, "(?, ?)")
        valueArgs = append(valueArgs, user.Name, user.Email)
    }
    
    stmt := fmt.Sprintf("INSERT INTO users (name, email) VALUES %s", 
        strings.Join(valueStrings, ","))
    
    _, err := db.Exec(stmt, valueArgs...)
    return err
}

// 事务批量插入（更高性能）
func InsertUsersTransaction(db *sql.DB, users []User) error {
    tx, err := db.Begin()
    if err != nil {
        return err
    }
    defer tx.Rollback()
    
    stmt, err := tx.Prepare("INSERT INTO users (name, email) VALUES (?, ?)")
    if err != nil {
        return err
    }
    defer stmt.Close()
    
    for _, user := range users {
        _, err := stmt.Exec(user.Name, user.Email)
        if err != nil {
            return err
        }
    }
    
    return tx.Commit()
}

// 性能测试对比
func BenchmarkInsertMethods(db *sql.DB) {
    users := make([]User, 1000)
    for i := range users {
        users[i] = User{
            Name:  fmt.Sprintf("User%d", i),
            Email: fmt.Sprintf("user%d@example.com", i),
        }
    }
    
    // 测试单条插入
    start := time.Now()
    InsertUsersSlow(db, users)
    fmt.Printf("Single insert: %v\n", time.Since(start))
    
    // 测试批量插入
    start = time.Now()
    InsertUsersBatch(db, users)
    fmt.Printf("Batch insert: %v\n", time.Since(start))
    
    // 测试事务插入
    start = time.Now()
    InsertUsersTransaction(db, users)
    fmt.Printf("Transaction insert: %v\n", time.Since(start))
}
