// select.go -- choose the files of Go's test corpus that are inside subgo's
// subset, for the typecorpus suite (run by gen_expected.sh with real Go).
//
//	go run select.go GOROOT_TEST STDLIB_DIR
//
// Candidates are the .go files of GOROOT_TEST and GOROOT_TEST/fixedbugs (not
// the *dir multi-file tests). For each it prints "kind<TAB>path<TAB>verdict",
// kind being the test action (run, compile or errorcheck) and verdict "ok" or
// the first reason the file is outside the subset:
//
//	action    the action line is none of the three, or has arguments or
//	          flags ("// errorcheck -0 -m", "// run -gcflags=..."): their
//	          expected output is not plain `go build`'s
//	build     its build constraints exclude this machine (go build
//	          ignores it)
//	import    it imports a package that is not an importable package of
//	          STDLIB_DIR (this covers unsafe, reflect and "C" too)
//	generic   it declares type parameters, instantiates a generic, or writes
//	          a constraint term (~T, A | B) in an interface
//	complex   an expression has a complex type (imaginary literals,
//	          complex64/128, complex/real/imag): rejected by subgo on purpose
//	api       it uses a member of an importable package that STDLIB_DIR's
//	          package does not declare (runtime.Callers, ...)
//
// Types come from go/types with the source importer, so the decision does
// not depend on subgo.
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	root, stdlib := os.Args[1], os.Args[2]
	importable := stdlibPackages(stdlib)
	members := map[string]map[string]bool{}
	for p := range importable {
		members[p] = declared(filepath.Join(stdlib, p))
	}
	var files []string
	for _, dir := range []string{"", "fixedbugs"} {
		m, _ := filepath.Glob(filepath.Join(root, dir, "*.go"))
		for _, f := range m {
			rel, _ := filepath.Rel(root, f)
			files = append(files, rel)
		}
	}
	sort.Strings(files)
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	for _, rel := range files {
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			panic(err)
		}
		kind, plain := action(string(src))
		if kind == "" {
			continue
		}
		verdict := "action"
		if match, _ := build.Default.MatchFile(root, rel); !match {
			verdict = "build"
		} else if plain {
			verdict = classify(fset, imp, filepath.Join(root, rel), src, members)
		}
		fmt.Printf("%s\t%s\t%s\n", kind, rel, verdict)
	}
}

// stdlibPackages lists the import paths of STDLIB_DIR that a user program
// may import: every directory holding .go files, except internal ones.
func stdlibPackages(dir string) map[string]bool {
	pkgs := map[string]bool{}
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".go") {
			rel, _ := filepath.Rel(dir, filepath.Dir(path))
			if !strings.HasPrefix(rel, "internal/") && !strings.Contains(rel, "/internal/") {
				pkgs[filepath.ToSlash(rel)] = true
			}
		}
		return nil
	})
	return pkgs
}

// declared lists the package-level names declared in a directory's .go
// files.
func declared(dir string) map[string]bool {
	names := map[string]bool{}
	pkgs, _ := parser.ParseDir(token.NewFileSet(), dir, nil, 0)
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			for name := range f.Scope.Objects {
				names[name] = true
			}
		}
	}
	return names
}

// action returns the test action of a file as $GOROOT/test/run.go reads it
// (the first line that is not a build constraint) when it is one of the
// three this suite knows, and whether it has no arguments.
func action(src string) (kind string, plain bool) {
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "// +build") || strings.HasPrefix(line, "//go:build") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(line, "//"))
		if !strings.HasPrefix(line, "//") || len(f) == 0 {
			return "", false
		}
		switch f[0] {
		case "run", "compile", "errorcheck":
			return f[0], len(f) == 1
		}
		return "", false
	}
	return "", false
}

func classify(fset *token.FileSet, imp types.Importer, path string, src []byte, members map[string]map[string]bool) string {
	file, _ := parser.ParseFile(fset, path, src, parser.AllErrors)
	if file == nil {
		return "ok"
	}
	for _, spec := range file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		if members[p] == nil {
			return "import"
		}
	}
	if syntacticGenerics(file) {
		return "generic"
	}
	info := &types.Info{
		Types:     map[ast.Expr]types.TypeAndValue{},
		Instances: map[*ast.Ident]types.Instance{},
		Uses:      map[*ast.Ident]types.Object{},
	}
	conf := types.Config{Importer: imp, Error: func(error) {}}
	conf.Check(file.Name.Name, fset, []*ast.File{file}, info)
	if len(info.Instances) > 0 {
		return "generic"
	}
	for id, obj := range info.Uses {
		if p := obj.Pkg(); p != nil && obj.Parent() == p.Scope() && members[p.Path()] != nil && !members[p.Path()][id.Name] {
			return "api"
		}
	}
	for _, tv := range info.Types {
		if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsComplex != 0 {
			return "complex"
		}
	}
	return "ok"
}

// syntacticGenerics finds type parameter lists and constraint terms.
func syntacticGenerics(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			found = found || n.TypeParams != nil
		case *ast.TypeSpec:
			found = found || n.TypeParams != nil
		case *ast.InterfaceType:
			for _, m := range n.Methods.List {
				if len(m.Names) == 0 && isConstraint(m.Type) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func isConstraint(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return e.Op == token.TILDE
	case *ast.BinaryExpr:
		return e.Op == token.OR
	}
	return false
}
