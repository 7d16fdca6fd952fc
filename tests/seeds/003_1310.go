package main

import (
    "os"
    "syscall"
    "unsafe"
)

type MMapFile struct {
    file *os.File
    data []byte
    size int64
}

// 创建内存映射文件
func NewMMapFile(filename string) (*MMapFile, error) {
    file, err := os.OpenFile(filename, os.O_RDWR, 0644)
    if err != nil {
        return nil, err
    }
    
    stat, err := file.Stat()
    if err != nil {
        file.Close()
        return nil, err
    }
    
    size := stat.Size()
    if size == 0 {
        file.Close()
        return nil, fmt.Errorf("file is empty")
    }
    
    // 创建内存映射
    data, err := syscall.Mmap(int(file.Fd()), 0, int(size), 
        syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
    if err != nil {
        file.Close()
        return nil, err
    }
    
    return &MMapFile{
        file: file,
        data: data,
        size: size,
    }, nil
}

// 读取数据
func (m *MMapFile) Read(offset int64, length int) ([]byte, error) {
    if offset+int64(length) > m.size {
        return nil, fmt.Errorf("read beyond file size")
    }
    
    return m.data[offset : offset+int64(length)], nil
}

// 写入数据
func (m *MMapFile) Write(offset int64, data []byte) error {
    if offset+int64(len(data)) > m.size {
        return fmt.Errorf("write beyond file size")
    }
    
    copy(m.data[offset:], data)
    return nil
}

// 同步到磁盘
func (m *MMapFile) Sync() error {
    _, _, errno := syscall.Syscall(syscall.SYS_MSYNC, 
        uintptr(unsafe.Pointer(&m.data[0])), 
        uintptr(len(m.data)), 
        syscall.MS_SYNC)
    if errno != 0 {
        return errno
    }
    return nil
}

// 关闭文件
func (m *MMapFile) Close() error {
    if err := syscall.Munmap(m.data); err != nil {
        return err
    }
    return m.file.Close()
}

// 大文件搜索示例
func SearchInLargeFile(filename string, pattern []byte) ([]int64, error) {
    mf, err := NewMMapFile(filename)
    if err != nil {
        return nil, err
    }
    defer mf.Close()
    
    var positions []int64
    patternLen := len(pattern)
    
    // 使用Boyer-Moore算法搜索
    for i := int64(0); i <= mf.size-int64(patternLen); i++ {
        if bytes.Equal(mf.data[i:i+int64(patternLen)], pattern) {
            positions = append(positions, i)
        }
    }
    
    return positions, nil
}
