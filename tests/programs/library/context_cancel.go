// context: Background/TODO, WithCancel, WithValue, WithTimeout firing, cancellation reaching
// children and a goroutine, Deadline; time.Timer (Stop), AfterFunc and Ticker.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	ctx := context.Background()
	fmt.Println(ctx, context.TODO())
	c1, cancel := context.WithCancel(ctx)
	c2 := context.WithValue(c1, key("user"), "ann")
	c3, cancel3 := context.WithTimeout(c2, 50*time.Millisecond)
	defer cancel3()
	fmt.Println(c1, c2.Value(key("user")), c2.Value(key("none")), c3.Value(key("user")))
	fmt.Println(c1.Err(), c3.Err())
	select {
	case <-c3.Done():
		fmt.Println("timeout:", c3.Err(), errors.Is(c3.Err(), context.DeadlineExceeded), c1.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("no timeout")
	}
	cancel()
	<-c2.Done()
	fmt.Println(c1.Err(), c2.Err())
	_, ok := c3.Deadline()
	_, ok2 := c1.Deadline()
	fmt.Println(ok, ok2)
	c4, cancel4 := context.WithCancel(context.Background())
	done := make(chan bool)
	go func() {
		<-c4.Done()
		fmt.Println("worker saw", c4.Err())
		done <- true
	}()
	cancel4()
	<-done
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	fired := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { fired <- true })
	fmt.Println(<-fired)
	tk := time.NewTicker(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("ticked")
}
