/*
** importer.c -- imports resolve to subgo's embedded stdlib sources.
**
** A package is parsed from stdlib_files[] (file paths "$GOROOT/src/<path>/
** <name>", which is what messages and tracebacks print) and checked by its
** own Checker on first import; the result is cached per import path for
** the whole process. An import cycle (a package imported while it is being
** checked) is reported like gc. Unknown paths get go's "not in GOROOT"
** message; real Go packages outside the subset say so.
*/
#include "check.h"
#include "stdlib.h"

typedef struct CacheEntry {
  const char *path; /* interned */
  Package *pkg;     /* NULL while being checked */
  bool busy;
} CacheEntry;

static VEC(CacheEntry) cache;

#define GOROOT "/usr/lib/go-1.19"

/* Real Go 1.19 packages that subgo does not provide. */
static const char *const outside_subset[] = {
    "unsafe", "C", "reflect", "net", "net/http", "net/url", "os/exec", "os/signal",
    "encoding/json", "encoding/binary", "encoding/hex", "encoding/base64", "bufio",
    "regexp", "path", "path/filepath", "io/ioutil", "crypto/sha256", "crypto/md5",
    "crypto/rand", "database/sql", "math/rand", "math/big", "math/bits", "container/heap",
    "container/list", "text/template", "html/template", "flag", "hash/fnv",
    "runtime/pprof", "syscall", "embed", "plugin", "go/ast", "go/parser", "go/types",
    NULL};

static bool has_stdlib(const char *path) {
  for (int i = 0; i < stdlib_nfiles; i++)
    if (strcmp(stdlib_files[i].pkgpath, path) == 0) return true;
  return false;
}

/* A path whose first element has a dot names a module (go's rule): outside
** a module, go build says no module provides it. */
static bool module_path(const char *path) {
  const char *slash = strchr(path, '/');
  const char *dot = strchr(path, '.');
  return dot && (!slash || dot < slash);
}

static Package *load(Checker *c, const char *path) {
  VEC(AstFile *) files = {0};
  for (int i = 0; i < stdlib_nfiles; i++) {
    const StdlibFile *f = &stdlib_files[i];
    if (strcmp(f->pkgpath, path) != 0) continue;
    size_t n = strlen(f->name);
    if (n > 8 && strcmp(f->name + n - 8, "_test.go") == 0) continue;
    StrBuf p = {0};
    sb_printf(&p, "$GOROOT/src/%s/%s", path, f->name);
    SrcFile *src = src_from_memory(p.buf, f->text, f->len);
    sb_free(&p);
    vec_push(&files, parse_file(src, c->diags));
  }
  return check_package(files.items, files.len, c->diags, path);
}

Package *import_package(Checker *c, const char *path, Node *spec) {
  Pos pos = spec->pos; /* go build's loader points at the spec */
  for (int i = 0; i < cache.len; i++) {
    if (cache.items[i].path != path) continue;
    if (cache.items[i].busy) {
      check_errorf(c, pos, "import cycle not allowed");
      c->import_failed = true;
      return NULL;
    }
    return cache.items[i].pkg;
  }
  c->import_failed = true; /* until proven otherwise below */
  if (strcmp(path, "C") == 0) {
    check_errorf(c, pos, "cgo (import \"C\") is not supported by subgo");
    return NULL;
  }
  if (!has_stdlib(path)) {
    for (int i = 0; outside_subset[i]; i++)
      if (strcmp(path, outside_subset[i]) == 0) {
        check_errorf(c, pos, "package %s is outside the Go subset supported by subgo", path);
        return NULL;
      }
    if (module_path(path))
      check_errorf(c, pos, "no required module provides package %s: go.mod file not found in "
                   "current directory or any parent directory; see 'go help modules'", path);
    else
      check_errorf(c, pos, "package %s is not in GOROOT (" GOROOT "/src/%s)", path, path);
    return NULL;
  }
  c->import_failed = false;
  CacheEntry e = {path, NULL, true};
  vec_push(&cache, e);
  int idx = cache.len - 1;
  Package *pkg = load(c, path);
  cache.items[idx].pkg = pkg;
  cache.items[idx].busy = false;
  return pkg;
}

/* types_import: package `path` of the embedded stdlib for later stages that
** need one the program did not import (the IR always needs "runtime": its
** error types are what run-time panics are made of). Cached like imports. */
Package *types_import(const char *path, Diags *diags) {
  Checker c = {0};
  c.diags = diags;
  Node spec = {0};
  return import_package(&c, intern_cstr(path), &spec);
}
