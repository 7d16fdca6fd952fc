func processFile(filename string) error {
    file, err := os.Open(filename)
    if err != nil {
        return fmt.Errorf("打开文件失败 %s: %w", filename, err)
    }
    defer file.Close()
    
    data, err := io.ReadAll(file)
    if err != nil {
        return fmt.Errorf("读取文件内容失败 %s: %w", filename, err)
    }
    
    if err := process(data); err != nil {
        return fmt.Errorf("处理数据失败: %w", err)
    }
    
    return nil
}
