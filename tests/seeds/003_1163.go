package main

import (
    "crypto/md5"
    "fmt"
    "io"
    "os"
    "path/filepath"
    "sync"
)

type ChunkUploader struct {
    chunkSize int64
    tempDir   string
    mu        sync.Mutex
}

func NewChunkUploader(chunkSize int64, tempDir string) *ChunkUploader {
    return &ChunkUploader{
        chunkSize: chunkSize,
        tempDir:   tempDir,
    }
}

type ChunkInfo struct {
    Index    int    `json:"index"`
    Hash     string `json:"hash"`
    Size     int64  `json:"size"`
    FilePath string `json:"file_path"`
}

// 文件分块
func (cu *ChunkUploader) SplitFile(filePath string) ([]ChunkInfo, error) {
    file, err := os.Open(filePath)
    if err != nil {
        return nil, err
    }
    defer file.Close()
    
    var chunks []ChunkInfo
    buffer := make([]byte, cu.chunkSize)
    index := 0
    
    for {
        n, err := file.Read(buffer)
        if err == io.EOF {
            break
        }
        if err != nil {
            return nil, err
        }
        
        // 计算分块哈希
        hash := fmt.Sprintf("%x", md5.Sum(buffer[:n]))
        
        // 保存分块文件
        chunkPath := filepath.Join(cu.tempDir, fmt.Sprintf("chunk_%d_%s", index, hash))
        chunkFile, err := os.Create(chunkPath)
        if err != nil {
            return nil, err
        }
        
        _, err = chunkFile.Write(buffer[:n])
        chunkFile.Close()
        if err != nil {
            return nil, err
        }
        
        chunks = append(chunks, ChunkInfo{
            Index:    index,
            Hash:     hash,
            Size:     int64(n),
            FilePath: chunkPath,
        })
        
        index++
    }
    
    return chunks, nil
}

// 并发上传分块
func (cu *ChunkUploader) UploadChunks(chunks []ChunkInfo, uploadFunc func(ChunkInfo) error) error {
    const maxConcurrency = 5
    semaphore := make(chan struct{}, maxConcurrency)
    
    var wg sync.WaitGroup
    errChan := make(chan error, len(chunks))
    
    for _, chunk := range chunks {
        wg.Add(1)
        go func(c ChunkInfo) {
            defer wg.Done()
            
            semaphore <- struct{}{} // 获取信号量
            defer func() { <-semaphore }() // 释放信号量
            
            if err := uploadFunc(c); err != nil {
                errChan <- err
            }
        }(chunk)
    }
    
    wg.Wait()
    close(errChan)
    
    // 检查是否有错误
    for err := range errChan {
        if err != nil {
            return err
        }
    }
    
    return nil
}

// 合并分块
func (cu *ChunkUploader) MergeChunks(chunks []ChunkInfo, outputPath string) error {
    outputFile, err := os.Create(outputPath)
    if err != nil {
        return err
    }
    defer outputFile.Close()
    
    for _, chunk := range chunks {
        chunkFile, err := os.Open(chunk.FilePath)
        if err != nil {
            return err
        }
        
        _, err = io.Copy(outputFile, chunkFile)
        chunkFile.Close()
        if err != nil {
            return err
        }
        
        // 清理临时文件
        os.Remove(chunk.FilePath)
    }
    
    return nil
}
