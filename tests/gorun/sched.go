// sched.go -- split the `// run` files of Go's test corpus that are inside
// subgo's subset into sequential programs and programs that need the
// scheduler (run by gen_files.sh with real Go).
//
//	go run sched.go GOROOT_TEST < paths
//
// The paths (relative to GOROOT_TEST, one per line) are the files
// tests/typecorpus/select.go marks "run ok". For each it prints
// "path<TAB>verdict": "seq", or "sched:" and the comma-separated features
// that need goroutines, found syntactically with go/parser:
//
//	go      a go statement
//	chan    a channel type, a send or a receive
//	select  a select statement
//	sync    an import of sync or sync/atomic
//	timer   a call of time.Sleep, After, AfterFunc, Tick, NewTimer or
//	        NewTicker (they block on, or start, the timer goroutine)
//
// Syntax is enough: a channel value cannot appear without a channel type,
// make(chan T), <-c or a send in the same file, as the corpus programs are
// single files importing only the standard library.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var timerFuncs = map[string]bool{
	"Sleep": true, "After": true, "AfterFunc": true, "Tick": true,
	"NewTimer": true, "NewTicker": true,
}

func main() {
	root := os.Args[1]
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		rel := strings.TrimSpace(in.Text())
		if rel == "" {
			continue
		}
		fmt.Printf("%s\t%s\n", rel, verdict(filepath.Join(root, rel)))
	}
}

func verdict(path string) string {
	file, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		panic(err)
	}
	found := map[string]bool{}
	timeName := ""
	for _, spec := range file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		switch p {
		case "sync", "sync/atomic":
			found["sync"] = true
		case "time":
			timeName = "time"
			if spec.Name != nil {
				timeName = spec.Name.Name
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			found["go"] = true
		case *ast.ChanType, *ast.SendStmt:
			found["chan"] = true
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found["chan"] = true
			}
		case *ast.SelectStmt:
			found["select"] = true
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && timeName != "" && x.Name == timeName && timerFuncs[n.Sel.Name] {
				found["timer"] = true
			}
		}
		return true
	})
	if len(found) == 0 {
		return "seq"
	}
	var names []string
	for k := range found {
		names = append(names, k)
	}
	sort.Strings(names)
	return "sched:" + strings.Join(names, ",")
}
