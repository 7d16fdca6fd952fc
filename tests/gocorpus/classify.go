// classify.go -- sort the files of Go's own test corpus ($GOROOT/test) for
// the gocorpus test: prints "CLASS<TAB>PATH" for every .go file under the
// directory given, PATH relative to it, CLASS one of
//
//	ok        go/parser (what gofmt uses) accepts it and it has no generics
//	rejected  go/parser reports a syntax error: gofmt rejects it
//	generic   it declares type parameters, instantiates a generic type or
//	          function (T[int] where a type must be, or F[A, B] anywhere), or
//	          writes a constraint (~T or A|B) in an interface
//
// Usage: go run classify.go DIR
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func usesGenerics(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			found = found || n.TypeParams != nil
		case *ast.IndexListExpr:
			found = true
		case *ast.Field:
			found = found || isInstance(n.Type)
		case *ast.TypeSpec:
			found = found || n.TypeParams != nil || isInstance(n.Type)
		case *ast.ValueSpec:
			found = found || isInstance(n.Type)
		case *ast.CompositeLit:
			found = found || isInstance(n.Type)
		case *ast.TypeAssertExpr:
			found = found || isInstance(n.Type)
		case *ast.ArrayType:
			found = found || isInstance(n.Elt)
		case *ast.MapType:
			found = found || isInstance(n.Key) || isInstance(n.Value)
		case *ast.ChanType:
			found = found || isInstance(n.Value)
		case *ast.InterfaceType:
			for _, m := range n.Methods.List {
				if isConstraint(m.Type) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isInstance reports whether a type (where only a type can stand) is an
// instantiation like T[int] or *pkg.T[int]: in that place an index
// expression can only mean generics.
func isInstance(t ast.Expr) bool {
	for {
		switch e := t.(type) {
		case *ast.StarExpr:
			t = e.X
		case *ast.ParenExpr:
			t = e.X
		case *ast.Ellipsis:
			t = e.Elt
		case *ast.IndexExpr:
			return true
		default:
			return false
		}
	}
}

// isConstraint reports whether an embedded interface element is a ~T term or
// a union, which only constraints may contain.
func isConstraint(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return e.Op == token.TILDE
	case *ast.BinaryExpr:
		return e.Op == token.OR
	}
	return false
}

func main() {
	root, err := filepath.EvalSymlinks(os.Args[1]) // $GOROOT/test is a symlink on Debian
	if err == nil {
		err = walk(root)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func walk(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.AllErrors)
		class := "ok"
		if err != nil {
			class = "rejected"
		} else if usesGenerics(f) {
			class = "generic"
		}
		fmt.Printf("%s\t%s\n", class, rel)
		return nil
	})
}
