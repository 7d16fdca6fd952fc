// Sample from seed block 004_35: append inside a function that received the
// slice by value.
// The note says: if the append had to grow, x stays 1,2,3 and y is 1,2,3,4;
// if it did not grow, x becomes 1,2,3,4. Go: x's length is part of the
// caller's own slice header, so x never shows the new element, grown or
// not (and here cap(x) == 3, so the append always reallocates). The second
// call below passes a slice with spare capacity: the "4" lands in the shared
// backing array, beyond x's length, visible only by reslicing.
// Added: the package clause, the import, a main that calls xx.
package main

import "fmt"

// --- seed block 004_35 ---
var x=[]string{"1","2","3"}
func xx(y []string){
    y=append(y,"4")
}
// --- end of seed block 004_35 ---

func main() {
    xx(x)
    fmt.Println(x, len(x), cap(x))
    z := make([]string, 3, 4)
    copy(z, x)
    xx(z)
    fmt.Println(z, len(z), cap(z), z[:4])
}
