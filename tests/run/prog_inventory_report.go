// An inventory report: structs, methods, interfaces for pricing rules,
// sorting, grouping in maps and a formatted table with totals.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	Cents    int64
}

type Rule interface {
	Apply(it Item, cents int64) int64
	Name() string
}

type BulkDiscount struct {
	MinQty  int
	Percent int64
}

func (b BulkDiscount) Apply(it Item, c int64) int64 {
	if it.Qty >= b.MinQty {
		return c - c*b.Percent/100
	}
	return c
}
func (b BulkDiscount) Name() string { return fmt.Sprintf("bulk%d%%", b.Percent) }

type CategoryTax map[string]int64

func (t CategoryTax) Apply(it Item, c int64) int64 { return c + c*t[it.Category]/100 }
func (t CategoryTax) Name() string                 { return "tax" }

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	items := []Item{
		{"A-1", "Widget", "tools", 120, 250},
		{"B-7", "Gadget", "electronics", 3, 19999},
		{"A-2", "Gizmo", "tools", 40, 1299},
		{"C-3", "Book: Go", "books", 12, 3995},
		{"B-9", "Cable", "electronics", 500, 499},
	}
	rules := []Rule{BulkDiscount{100, 10}, CategoryTax{"electronics": 20, "tools": 8}}
	sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
	fmt.Printf("%-5s %-10s %-12s %5s %10s %12s\n", "SKU", "Name", "Category", "Qty", "Unit", "Line")
	fmt.Println(strings.Repeat("-", 59))
	byCat := map[string]int64{}
	var total int64
	for _, it := range items {
		unit := it.Cents
		var applied []string
		for _, r := range rules {
			nu := r.Apply(it, unit)
			if nu != unit {
				applied = append(applied, r.Name())
			}
			unit = nu
		}
		line := unit * int64(it.Qty)
		byCat[it.Category] += line
		total += line
		fmt.Printf("%-5s %-10s %-12s %5d %10s %12s %v\n", it.SKU, it.Name, it.Category, it.Qty, money(unit), money(line), applied)
	}
	fmt.Println(strings.Repeat("-", 59))
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return byCat[cats[i]] > byCat[cats[j]] })
	for _, c := range cats {
		fmt.Printf("%-12s %12s %5.1f%%\n", c, money(byCat[c]), float64(byCat[c])*100/float64(total))
	}
	fmt.Printf("%-12s %12s\n", "TOTAL", money(total))
	fmt.Println(money(-5), money(0), money(100))
}
