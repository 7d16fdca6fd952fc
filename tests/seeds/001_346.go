// 传值（适合小结构体或不需要修改）
func processUser(u User) {
    // u是User的副本
}

// 传指针（适合大结构体或需要修改）
func processUser(u *User) {
    // u是指向User的指针
}
