// context.WithDeadline: a past deadline is already exceeded; a child can
// not outlive its parent's deadline; a parent's timeout reaches its
// children with DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	fmt.Println("past deadline:", past.Err())
	select {
	case <-past.Done():
		fmt.Println("Done already closed")
	default:
		fmt.Println("never")
	}

	pd := time.Now().Add(60 * time.Millisecond)
	parent, cancelP := context.WithDeadline(context.Background(), pd)
	defer cancelP()
	child, cancelC := context.WithDeadline(parent, pd.Add(time.Hour))
	defer cancelC()
	cd, _ := child.Deadline()
	fmt.Println("a later child deadline is the parent's:", cd.Equal(pd))
	early, cancelE := context.WithDeadline(parent, pd.Add(-55*time.Millisecond))
	defer cancelE()
	ed, _ := early.Deadline()
	fmt.Println("an earlier child deadline is kept:", ed.Before(pd))
	<-early.Done()
	fmt.Println("early child:", early.Err(), "parent still:", parent.Err())
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())

	v := context.WithValue(parent, "k", "v")
	vd, ok := v.Deadline()
	fmt.Println("WithValue passes the deadline on:", ok, vd.Equal(pd), v.Err())
}
