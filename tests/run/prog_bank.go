// A bank-account simulation with typed errors: deposits, withdrawals,
// transfers with rollback, an audit log, and error inspection with
// errors.Is/As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrNoAccount = errors.New("no such account")
	ErrFrozen    = errors.New("account frozen")
	ErrAmount    = errors.New("invalid amount")
)

type InsufficientFunds struct {
	Account string
	Balance int64
	Need    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds in %s: balance %d, need %d", e.Account, e.Balance, e.Need)
}

type Account struct {
	ID      string
	Owner   string
	Balance int64
	Frozen  bool
	History []string
}

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id, owner string, initial int64) *Account {
	a := &Account{ID: id, Owner: owner, Balance: initial}
	b.accounts[id] = a
	b.audit("open %s for %s with %d", id, owner, initial)
	return a
}

func (b *Bank) audit(format string, args ...interface{}) {
	b.log = append(b.log, fmt.Sprintf("%03d ", len(b.log)+1)+fmt.Sprintf(format, args...))
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNoAccount)
	}
	if a.Frozen {
		return nil, fmt.Errorf("account %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Deposit(id string, amt int64) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %d: %w", amt, ErrAmount)
	}
	a, err := b.get(id)
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%d", amt))
	b.audit("deposit %d to %s", amt, id)
	return nil
}

func (b *Bank) Withdraw(id string, amt int64) error {
	if amt <= 0 {
		return fmt.Errorf("withdraw %d: %w", amt, ErrAmount)
	}
	a, err := b.get(id)
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	if a.Balance < amt {
		return fmt.Errorf("withdraw: %w", &InsufficientFunds{id, a.Balance, amt})
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("-%d", amt))
	b.audit("withdraw %d from %s", amt, id)
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			b.audit("transfer %s->%s failed: %v", from, to, err)
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	if err := b.Withdraw(from, amt); err != nil {
		return err
	}
	if err := b.Deposit(to, amt); err != nil {
		// Roll back the withdrawal.
		src := b.accounts[from]
		src.Balance += amt
		src.History = append(src.History, fmt.Sprintf("rollback +%d", amt))
		return err
	}
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%-4s %-6s %6d frozen=%-5v %s\n", a.ID, a.Owner, a.Balance, a.Frozen, strings.Join(a.History, " "))
	}
	fmt.Println("total:", total)
}

func describe(err error) string {
	var inf *InsufficientFunds
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &inf):
		return fmt.Sprintf("short by %d", inf.Need-inf.Balance)
	case errors.Is(err, ErrNoAccount):
		return "missing account"
	case errors.Is(err, ErrFrozen):
		return "frozen"
	case errors.Is(err, ErrAmount):
		return "bad amount"
	}
	return "unknown"
}

func main() {
	b := NewBank()
	b.Open("A1", "alice", 100)
	b.Open("B2", "bob", 50)
	c := b.Open("C3", "carol", 0)
	ops := []struct {
		name string
		run  func() error
	}{
		{"deposit A1 25", func() error { return b.Deposit("A1", 25) }},
		{"withdraw B2 80", func() error { return b.Withdraw("B2", 80) }},
		{"transfer A1->B2 60", func() error { return b.Transfer("A1", "B2", 60) }},
		{"deposit Z9 5", func() error { return b.Deposit("Z9", 5) }},
		{"deposit A1 -5", func() error { return b.Deposit("A1", -5) }},
		{"freeze C3", func() error { c.Frozen = true; return nil }},
		{"transfer B2->C3 10", func() error { return b.Transfer("B2", "C3", 10) }},
		{"transfer A1->B2 1000", func() error { return b.Transfer("A1", "B2", 1000) }},
		{"withdraw C3 1", func() error { return b.Withdraw("C3", 1) }},
	}
	for _, op := range ops {
		err := op.run()
		fmt.Printf("%-22s %-18s %v\n", op.name, describe(err), err)
	}
	b.Report()
	for _, l := range b.log {
		fmt.Println(l)
	}
}
