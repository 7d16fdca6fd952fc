func endlessLoop() {
    for {
        // 这个循环在Go 1.13及之前无法被抢占
        // 在Go 1.14+可以被抢占
    }
}
