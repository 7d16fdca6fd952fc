// A vending machine as an explicit finite-state machine: states and events
// as named types with String methods, a transition table in a map keyed by
// a struct, and actions as closures over the machine.
package main

import "fmt"

type State int
type Event int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

const (
	Coin Event = iota
	Select
	Refund
	Done
	Restock
)

func (s State) String() string {
	return [...]string{"Idle", "HasMoney", "Dispensing", "OutOfStock"}[s]
}

func (e Event) String() string {
	return [...]string{"Coin", "Select", "Refund", "Done", "Restock"}[e]
}

type key struct {
	s State
	e Event
}

type Machine struct {
	state   State
	credit  int
	stock   int
	price   int
	sales   int
	refunds int
	table   map[key]func(arg int) (State, string)
}

func NewMachine(stock, price int) *Machine {
	m := &Machine{stock: stock, price: price}
	m.table = map[key]func(int) (State, string){
		{Idle, Coin}: func(a int) (State, string) {
			m.credit += a
			return HasMoney, fmt.Sprintf("credit %d", m.credit)
		},
		{HasMoney, Coin}: func(a int) (State, string) {
			m.credit += a
			return HasMoney, fmt.Sprintf("credit %d", m.credit)
		},
		{HasMoney, Select}: func(int) (State, string) {
			if m.credit < m.price {
				return HasMoney, fmt.Sprintf("need %d more", m.price-m.credit)
			}
			m.credit -= m.price
			m.stock--
			m.sales++
			return Dispensing, "dispensing"
		},
		{HasMoney, Refund}: func(int) (State, string) {
			r := m.credit
			m.credit = 0
			m.refunds += r
			return Idle, fmt.Sprintf("refunded %d", r)
		},
		{Dispensing, Done}: func(int) (State, string) {
			if m.stock == 0 {
				if m.credit > 0 {
					m.refunds += m.credit
					m.credit = 0
				}
				return OutOfStock, "sold out"
			}
			if m.credit > 0 {
				return HasMoney, fmt.Sprintf("credit %d left", m.credit)
			}
			return Idle, "ready"
		},
		{OutOfStock, Restock}: func(a int) (State, string) {
			m.stock += a
			return Idle, fmt.Sprintf("stock %d", m.stock)
		},
		{OutOfStock, Coin}: func(a int) (State, string) {
			m.refunds += a
			return OutOfStock, fmt.Sprintf("returned coin %d", a)
		},
	}
	return m
}

func (m *Machine) Fire(e Event, arg int) {
	f, ok := m.table[key{m.state, e}]
	if !ok {
		fmt.Printf("%-10v %-7v ignored\n", m.state, e)
		return
	}
	from := m.state
	var msg string
	m.state, msg = f(arg)
	fmt.Printf("%-10v %-7v -> %-10v %s\n", from, e, m.state, msg)
}

func main() {
	m := NewMachine(2, 150)
	steps := []struct {
		e   Event
		arg int
	}{{Select, 0}, {Coin, 100}, {Select, 0}, {Coin, 100}, {Select, 0}, {Coin, 5}, {Done, 0},
		{Coin, 200}, {Select, 0}, {Done, 0}, {Coin, 50}, {Restock, 5}, {Refund, 0}, {Coin, 25}, {Refund, 0}}
	for _, s := range steps {
		m.Fire(s.e, s.arg)
	}
	fmt.Printf("final %v: sales=%d refunds=%d stock=%d credit=%d\n", m.state, m.sales, m.refunds, m.stock, m.credit)
	fmt.Println(map[State]int{Idle: 1, OutOfStock: 2}, []Event{Coin, Done})
}
