// An unrecovered panic with a Stringer (not an error) prints String().
package main

type State int

func (s State) String() string { return [...]string{"idle", "running", "broken"}[s] }

func main() {
	panic(State(2))
}
