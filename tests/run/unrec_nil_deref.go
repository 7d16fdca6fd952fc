// An unrecovered nil pointer dereference: the first line is the runtime
// error, the next one Go's [signal SIGSEGV ...] line.
package main

import "fmt"

type Config struct{ Name string }

func name(c *Config) string { return c.Name }

func main() {
	fmt.Println("reading")
	fmt.Println(name(nil))
}
