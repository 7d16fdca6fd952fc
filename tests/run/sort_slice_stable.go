// sort.Slice with a less function, and sort.SliceStable keeping the order
// of equal elements (checked on data where instability would show).
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30}, {"grace", 25}}
	byAge := append([]person(nil), people...)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].age < byAge[j].age })
	fmt.Println(byAge)
	byAgeDesc := append([]person(nil), people...)
	sort.SliceStable(byAgeDesc, func(i, j int) bool { return byAgeDesc[i].age > byAgeDesc[j].age })
	fmt.Println(byAgeDesc)
	byName := append([]person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].name > byName[j].name })
	fmt.Println(byName)
	// Total orders give a unique result even with the unstable sort.
	multi := append([]person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].age != multi[j].age {
			return multi[i].age < multi[j].age
		}
		return multi[i].name < multi[j].name
	})
	fmt.Println(multi)
	fmt.Println(sort.SliceIsSorted(multi, func(i, j int) bool { return multi[i].age < multi[j].age }))
	// Stability over a larger input: sort by key, values record the original order.
	type kv struct{ k, orig int }
	data := make([]kv, 300)
	for i := range data {
		data[i] = kv{(i * 37) % 7, i}
	}
	sort.SliceStable(data, func(i, j int) bool { return data[i].k < data[j].k })
	stable := true
	for i := 1; i < len(data); i++ {
		if data[i].k == data[i-1].k && data[i].orig < data[i-1].orig {
			stable = false
		}
	}
	fmt.Println(stable, data[0], data[len(data)-1])
	words := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
