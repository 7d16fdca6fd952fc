#!/bin/sh
# check.sh -- validate subgo's stdlib Go sources with the real Go toolchain.
#
#   stdlib/check.sh [-api] [-missing] [-vet] [package...]
#
# Builds a small go/types driver (its source is below) in a temporary
# directory and type-checks every package under stdlib/ (or the ones named),
# resolving imports only inside stdlib/ — the way subgo's own checker will.
# Body-less functions (natives) are legal for go/types; imports of unsafe,
# reflect or C are reported. Files gofmt would change are reported.
#   -api      also compare every exported declaration (kind, type, constant
#             value, exported struct fields, method signatures) with Go's own
#             package of the same path, via go/importer's "source" mode
#   -missing  with -api, list what Go exports that subgo does not (information)
#   -vet      also run `go build` and `go vet` on a copy of the whole tree in
#             which imports are renamed to module subgostd/... and every
#             native gets the body { panic("native") }
# Exit status 1 on any problem, 2 if the tools are missing. Needs Go >= 1.19.
set -e
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || { echo "check.sh: go not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tool"
cat > "$tmp/tool/go.mod" <<'MOD'
module stdcheck
go 1.19
MOD
cat > "$tmp/tool/main.go" <<'GO'
// stdcheck: type-checks every package under a subgo stdlib tree with go/types
// and, with -api, compares each exported declaration with Go's own package.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var (
	root    string
	fset    = token.NewFileSet()
	pkgs    = map[string]*types.Package{}
	nerrs   int
	apiMode = flag.Bool("api", false, "compare exported API with Go's packages")
	missing = flag.Bool("missing", false, "with -api: also list Go's exported names absent here")
	stub    = flag.String("stub", "", "write a buildable copy of the tree (module subgostd) to this directory")
)

type imp struct{}

func (imp) Import(path string) (*types.Package, error) { return load(path) }

func load(path string) (*types.Package, error) {
	if p, ok := pkgs[path]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %s", path)
		}
		return p, nil
	}
	pkgs[path] = nil
	dir := filepath.Join(root, path)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("package %s not in subgo stdlib", path)
	}
	var files []*ast.File
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
		if err != nil {
			fmt.Println(err)
			nerrs++
			continue
		}
		for _, im := range f.Imports {
			p := strings.Trim(im.Path.Value, `"`)
			if p == "unsafe" || p == "reflect" || p == "C" {
				fmt.Printf("%s: import %q is outside the subset\n", fset.Position(im.Pos()), p)
				nerrs++
			}
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: imp{}, Error: func(err error) {
		fmt.Println(err)
		nerrs++
	}}
	p, _ := conf.Check(path, fset, files, nil)
	pkgs[path] = p
	return p, nil
}

func qual(p *types.Package) string { return p.Path() }

func tstr(t types.Type) string { return types.TypeString(t, qual) }

func objDesc(o types.Object) string {
	switch o := o.(type) {
	case *types.Const:
		return "const " + tstr(o.Type()) + " = " + o.Val().ExactString()
	case *types.Var:
		return "var " + tstr(o.Type())
	case *types.Func:
		return "func " + tstr(o.Type())
	case *types.TypeName:
		s := "type"
		if o.IsAlias() {
			s += " ="
		}
		if st, ok := o.Type().Underlying().(*types.Struct); ok && !o.IsAlias() {
			s += " struct{"
			for i := 0; i < st.NumFields(); i++ {
				if f := st.Field(i); f.Exported() {
					s += " " + f.Name() + " " + tstr(f.Type()) + ";"
				}
			}
			return s + " }"
		}
		return s + " " + tstr(o.Type().Underlying())
	}
	return "?"
}

func methods(t types.Type) map[string]string {
	m := map[string]string{}
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(tt)
		for i := 0; i < ms.Len(); i++ {
			f := ms.At(i).Obj()
			if f.Exported() {
				m[f.Name()] = tstr(f.Type())
			}
		}
	}
	return m
}

func compare(path string, mine *types.Package) {
	real, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import(path)
	if err != nil {
		fmt.Printf("%s: no Go package to compare with (%v)\n", path, err)
		return
	}
	for _, name := range mine.Scope().Names() {
		o := mine.Scope().Lookup(name)
		if !o.Exported() {
			continue
		}
		r := real.Scope().Lookup(name)
		if r == nil {
			fmt.Printf("%s.%s: not in Go 1.19\n", path, name)
			nerrs++
			continue
		}
		a, b := objDesc(o), objDesc(r)
		if a != b {
			fmt.Printf("%s.%s differs:\n\tsubgo: %s\n\tgo:    %s\n", path, name, a, b)
			nerrs++
		}
		if tn, ok := o.(*types.TypeName); ok {
			rm := methods(r.Type())
			for mn, sig := range methods(tn.Type()) {
				if rs, ok := rm[mn]; !ok {
					fmt.Printf("%s.%s.%s: method not in Go 1.19\n", path, name, mn)
					nerrs++
				} else if rs != sig {
					fmt.Printf("%s.%s.%s differs:\n\tsubgo: %s\n\tgo:    %s\n", path, name, mn, sig, rs)
					nerrs++
				}
			}
			if *missing {
				mm := methods(tn.Type())
				var ns []string
				for mn := range rm {
					if _, ok := mm[mn]; !ok {
						ns = append(ns, mn)
					}
				}
				sort.Strings(ns)
				for _, mn := range ns {
					fmt.Printf("%s.%s.%s: (Go has, subgo lacks)\n", path, name, mn)
				}
			}
		}
	}
	if *missing {
		for _, name := range real.Scope().Names() {
			if token.IsExported(name) && mine.Scope().Lookup(name) == nil {
				fmt.Printf("%s.%s: (Go has, subgo lacks)\n", path, name)
			}
		}
	}
}

// writeStub copies the tree to dir as module "subgostd": imports of stdlib
// packages become "subgostd/<path>" (internal/ becomes xinternal/ so the
// copy may import it) and each native gets the body { panic("native") }, so
// that go vet (which compiles dependencies) can run on it.
func writeStub(dir string, paths []string) {
	known := map[string]bool{}
	for _, p := range paths {
		known[p] = true
	}
	mapPath := func(p string) string {
		if strings.HasPrefix(p, "internal/") {
			p = "x" + p
		}
		return p
	}
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module subgostd\n\ngo 1.19\n"), 0o644)
	for _, p := range paths {
		src := filepath.Join(root, p)
		dst := filepath.Join(dir, mapPath(p))
		os.MkdirAll(dst, 0o755)
		ents, _ := os.ReadDir(src)
		for _, e := range ents {
			if !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			fs := token.NewFileSet()
			f, err := parser.ParseFile(fs, filepath.Join(src, e.Name()), nil, parser.ParseComments)
			if err != nil {
				fmt.Println(err)
				nerrs++
				continue
			}
			for _, im := range f.Imports {
				ip := strings.Trim(im.Path.Value, `"`)
				if known[ip] {
					im.Path.Value = `"subgostd/` + mapPath(ip) + `"`
				}
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
					fd.Body = &ast.BlockStmt{Lbrace: fd.Type.End(), List: []ast.Stmt{
						&ast.ExprStmt{X: &ast.CallExpr{Fun: ast.NewIdent("panic"), Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"native"`}}}},
					}}
				}
			}
			out, err := os.Create(filepath.Join(dst, e.Name()))
			if err != nil {
				fmt.Println(err)
				nerrs++
				continue
			}
			format.Node(out, fs, f)
			out.Close()
		}
	}
}

func main() {
	flag.Parse()
	root = flag.Arg(0)
	var paths []string
	seen := map[string]bool{}
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
			rel, _ := filepath.Rel(root, filepath.Dir(p))
			if !seen[rel] {
				seen[rel] = true
				paths = append(paths, rel)
			}
		}
		return nil
	})
	if *stub != "" {
		writeStub(*stub, paths)
		if nerrs > 0 {
			os.Exit(1)
		}
		return
	}
	sel := flag.Args()[1:]
	for _, p := range paths {
		if len(sel) > 0 {
			found := false
			for _, s := range sel {
				found = found || s == p
			}
			if !found {
				continue
			}
		}
		mine, err := load(p)
		if err != nil {
			fmt.Println(err)
			nerrs++
			continue
		}
		if *apiMode && mine != nil && !strings.HasPrefix(p, "internal/") {
			compare(p, mine)
		}
	}
	if nerrs > 0 {
		fmt.Printf("%d problem(s)\n", nerrs)
		os.Exit(1)
	}
	fmt.Printf("ok: %d package(s)\n", len(paths))
}
GO
(cd "$tmp/tool" && go build -o ../stdcheck .) || exit 2
status=0
bad=$(cd "$here" && gofmt -l $(find . -name '*.go'))
if [ -n "$bad" ]; then
  echo "gofmt would change:"; echo "$bad"; status=1
fi
flags=; pkgs=; vet=
for a in "$@"; do
  case $a in
    -vet) vet=1;;
    -*) flags="$flags $a";;
    *) pkgs="$pkgs $a";;
  esac
done
"$tmp/stdcheck" $flags "$here" $pkgs || status=1
if [ -n "$vet" ]; then
  "$tmp/stdcheck" -stub "$tmp/vet" "$here" || status=1
  (cd "$tmp/vet" && go build ./... && go vet ./...) || status=1
  [ $status = 0 ] && echo "ok: go build and go vet"
fi
exit $status
