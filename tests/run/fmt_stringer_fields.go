// fmt calls String/Error on values it can reach through exported fields,
// slice elements and map keys/values, but not on unexported fields.
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Job struct {
	Name  string
	Pri   Level
	pri   Level
	Deps  []Level
	ByLvl map[Level]int
	Ptr   *Level
}

func main() {
	hi := Level(2)
	j := Job{"build", 1, 1, []Level{0, 2}, map[Level]int{2: 5, 0: 1}, &hi}
	fmt.Println(j.Pri, j.pri)
	fmt.Printf("%v\n", j)
	fmt.Printf("%+v\n", j)
	fmt.Println([]Level{1, 0}, [2]Level{2, 2})
	fmt.Println(map[string]Level{"a": 0})
	fmt.Printf("%d %s\n", j.Deps, j.Deps)
	fmt.Println(struct{ L Level }{1}, struct{ l Level }{1})
}
