// context.WithCancel: cancel closes Done, sets Err to context.Canceled,
// propagates to children but not to the parent, and is idempotent.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	grandchild, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	other, cancelOther := context.WithCancel(parent)

	fmt.Println("before:", parent.Err(), child.Err(), grandchild.Err())
	fmt.Println(parent)
	fmt.Println(grandchild)
	cancelOther()
	fmt.Println("sibling canceled alone:", other.Err(), parent.Err(), child.Err())

	var wg sync.WaitGroup
	woke := make([]bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-grandchild.Done()
			woke[i] = true
		}(i)
	}
	cancelChild()
	wg.Wait()
	fmt.Println("waiters on the grandchild woke:", woke)
	fmt.Println("child:", child.Err(), "grandchild:", grandchild.Err(), "parent:", parent.Err())
	fmt.Println("Err is context.Canceled:", child.Err() == context.Canceled, errors.Is(grandchild.Err(), context.Canceled))
	fmt.Println("message:", context.Canceled.Error())

	cancelChild()
	cancelChild()
	fmt.Println("cancel is idempotent:", child.Err())

	select {
	case <-parent.Done():
		fmt.Println("never")
	default:
		fmt.Println("parent still live")
	}
	cancelParent()
	<-parent.Done()
	fmt.Println("parent:", parent.Err())

	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	fmt.Println("a child of a canceled parent starts canceled:", late.Err())
}
