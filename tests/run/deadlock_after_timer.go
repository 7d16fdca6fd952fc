// A pending AfterFunc keeps the program alive; once it has fired and
// nothing else can wake main, the deadlock is reported.
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(10*time.Millisecond, func() { fmt.Println("the timer fired; main is still stuck") })
	fmt.Println("main blocks")
	<-make(chan int)
}
