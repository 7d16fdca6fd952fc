// Composite literals: keyed and positional elements, elided element types
// (also for map keys and pointer elements), nested literals, trailing
// commas, literals spanning lines.
package literals

type Point struct{ X, Y int }

var (
	a = []Point{{1, 2}, {X: 3}, {}}
	b = map[Point]string{{1, 2}: "a", {X: 1}: "b"}
	c = []*Point{{1, 2}, &Point{3, 4}}
	d = [...][]int{{1}, {2, 3}, 5: {4}}
	e = map[string][]map[int]Point{
		"x": {
			{1: {1, 2}},
		},
	}
	f = struct {
		a int
		b []string
	}{
		a: 1,
		b: []string{"x"},
	}
	g = [2][2]int{{1, 2}, {3, 4}}
	h = []interface{}{1, "a", nil, Point{}}
	i = []func() int{func() int { return 1 }}
)
