// Sample from seed block 000_1784: wrapping errors with fmt.Errorf("%w"), so
// errors.Is still finds os.ErrNotExist under two layers of context.
// Added: the package clause, the imports, a stub process (the notes do not
// define it) and a main that opens a file that does not exist.
package main

import (
    "errors"
    "fmt"
    "io"
    "os"
)

// --- seed block 000_1784 ---
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
// --- end of seed block 000_1784 ---

// added: the notes call process without defining it.
func process(data []byte) error {
    if len(data) == 0 {
        return errors.New("empty input")
    }
    return nil
}

func main() {
    err := processFile("no-such-file.txt")
    fmt.Println(err)
    fmt.Println(errors.Is(err, os.ErrNotExist))
    fmt.Println(errors.Unwrap(errors.Unwrap(err)))
}
