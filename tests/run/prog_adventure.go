// A text-adventure state machine driven by a fixed script of commands:
// rooms, exits, items, a locked door, an inventory, and a win condition.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Lock  string // item needed to enter, if any
}

type Game struct {
	rooms     map[string]*Room
	here      string
	inventory map[string]bool
	moves     int
	over      bool
}

func NewGame() *Game {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall"}, Items: []string{"book", "key"}},
		"kitchen": {Name: "kitchen", Desc: "It smells of bread.", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"lamp"}},
		"cellar":  {Name: "cellar", Desc: "Dark and damp. A chest glints.", Exits: map[string]string{"up": "kitchen"}, Items: []string{"treasure"}, Lock: "key"},
	}
	return &Game{rooms: rooms, here: "hall", inventory: map[string]bool{}}
}

func (g *Game) look() string {
	r := g.rooms[g.here]
	exits := make([]string, 0, len(r.Exits))
	for dir := range r.Exits {
		exits = append(exits, dir)
	}
	sort.Strings(exits)
	s := fmt.Sprintf("[%s] %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (g *Game) Do(cmd string) string {
	g.moves++
	words := strings.Fields(strings.ToLower(cmd))
	if len(words) == 0 {
		return "Say something."
	}
	verb, arg := words[0], ""
	if len(words) > 1 {
		arg = words[1]
	}
	switch verb {
	case "look", "l":
		return g.look()
	case "go", "n", "s", "e", "w":
		if verb != "go" {
			arg = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
		}
		dest, ok := g.rooms[g.here].Exits[arg]
		if !ok {
			return "You can't go " + arg + "."
		}
		if lock := g.rooms[dest].Lock; lock != "" && !g.inventory[lock] {
			return "The way " + arg + " is locked."
		}
		g.here = dest
		return g.look()
	case "take":
		r := g.rooms[g.here]
		for i, it := range r.Items {
			if it == arg {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				g.inventory[it] = true
				if it == "treasure" {
					g.over = true
					return "You take the treasure. You win!"
				}
				return "Taken: " + it + "."
			}
		}
		return "No " + arg + " here."
	case "drop":
		if !g.inventory[arg] {
			return "You don't have " + arg + "."
		}
		delete(g.inventory, arg)
		g.rooms[g.here].Items = append(g.rooms[g.here].Items, arg)
		return "Dropped " + arg + "."
	case "inv", "i":
		if len(g.inventory) == 0 {
			return "You carry nothing."
		}
		var items []string
		for it := range g.inventory {
			items = append(items, it)
		}
		sort.Strings(items)
		return "You carry: " + strings.Join(items, ", ") + "."
	}
	g.moves--
	return fmt.Sprintf("I don't understand %q.", cmd)
}

func main() {
	g := NewGame()
	script := []string{"look", "e", "take lamp", "go down", "w", "n", "take key", "take sword",
		"inv", "drop book", "s", "dance", "e", "go down", "take treasure", "look"}
	for _, cmd := range script {
		if g.over {
			fmt.Println("(game over, ignoring", cmd+")")
			continue
		}
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Println("moves:", g.moves, "won:", g.over)
}
