//go:build ignore

// gotypes prints go/types' view of a file's package-level declarations in
// the `subgo dump types` format (docs/types.md), so that the ok/ goldens
// come from Go's own checker:
//
//	const c untyped int = 3
//	var x []string
//	type T struct{a int}      (the underlying type of a defined type)
//	type A = map[string]int   (aliases)
//	func f(x int) (int, error)
//	func (*T) M() string
//
// Usage: go run gotypes.go file.go
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"bytes"
)

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, os.Args[1], nil, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check(f.Name.Name, fset, []*ast.File{f}, info)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			fmt.Println(funcLine(info.Defs[d.Name].(*types.Func), qual))
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					for _, n := range s.Names {
						fmt.Println(objLine(info.Defs[n], qual))
					}
				case *ast.TypeSpec:
					fmt.Println(objLine(info.Defs[s.Name], qual))
				}
			}
		}
	}
}

func funcLine(fn *types.Func, qual types.Qualifier) string {
	sig := fn.Type().(*types.Signature)
	var b bytes.Buffer
	b.WriteString("func ")
	if r := sig.Recv(); r != nil {
		b.WriteString("(" + types.TypeString(r.Type(), qual) + ") ")
	}
	b.WriteString(fn.Name())
	types.WriteSignature(&b, sig, qual)
	return b.String()
}

func objLine(obj types.Object, qual types.Qualifier) string {
	switch o := obj.(type) {
	case *types.Const:
		s := fmt.Sprintf("const %s %s", o.Name(), types.TypeString(o.Type(), qual))
		if o.Val().Kind() != constant.Unknown {
			s += " = " + o.Val().String()
		}
		return s
	case *types.Var:
		return fmt.Sprintf("var %s %s", o.Name(), types.TypeString(o.Type(), qual))
	case *types.TypeName:
		if o.IsAlias() {
			return fmt.Sprintf("type %s = %s", o.Name(), types.TypeString(o.Type(), qual))
		}
		return fmt.Sprintf("type %s %s", o.Name(), types.TypeString(o.Type().Underlying(), qual))
	}
	return "?"
}
