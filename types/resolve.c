/*
** resolve.c -- package-level object collection, unused imports and
** initialization order (types2's resolver.go and initorder.go).
**
** collect_objects walks every file's declarations once, in source order,
** giving each package-level object its `order`: imports go into the file's
** scope, everything else into the package scope (init functions and
** methods into no scope). Methods are attached to their receiver's base
** type name afterwards, once all type names are known.
**
** Init order follows the spec: variables become ready when everything they
** depend on (transitively through functions) is initialized; among ready
** ones the earliest in declaration order goes first. deps[] is filled while
** checking (record_dep); the emission uses a min-heap keyed by order, so it
** is O(n log n + edges).
*/
#include "check.h"

static Object *new_pkg_obj(Checker *c, ObjKind k, Node *name, Node *decl) {
  Object *o = new_object(k, name->ident.name, NULL, name->pos, c->file, c->pkg);
  o->decl = decl;
  o->order = c->pkg->objects.len;
  o->is_package_level = true;
  name->obj = o;
  vec_push(&c->pkg->objects, o);
  return o;
}

static void declare_pkg_obj(Checker *c, Node *name, Object *o) {
  if (name->ident.name == intern_cstr("init") && o->kind != OBJ_FUNC) {
    check_errorf(c, name->pos, "cannot declare init - must be func");
    return;
  }
  if (name->ident.name == intern_cstr("main") && c->pkg->name == intern_cstr("main") &&
      o->kind != OBJ_FUNC) {
    check_errorf(c, name->pos, "cannot declare main - must be func");
    return;
  }
  declare(c, c->pkg->scope, name, o);
}

static void collect_import(Checker *c, Scope *fscope, Node *spec) {
  StrBuf sb = {0};
  Node *p = spec->importspec.path;
  lex_string_value(p->basiclit.lit, p->basiclit.len, &sb);
  const char *path = intern(sb_str(&sb), sb.len);
  sb_free(&sb);
  bool failed_before = c->import_failed;
  Package *imp = import_package(c, path, spec);
  c->import_failed |= failed_before;
  if (!imp) return;
  Node *nm = spec->importspec.name;
  const char *name = nm ? nm->ident.name : intern_cstr(imp->name);
  if (name == intern_cstr("init")) {
    check_errorf(c, spec->pos, "cannot import package as init - init must be a func");
    return;
  }
  vec_push(&c->pkg->imports, imp);
  Object *o = new_object(OBJ_PKGNAME, name, typ_invalid, spec->pos, c->file, c->pkg);
  o->imported = imp;
  o->decl = spec;
  if (nm) nm->obj = o;
  if (name == intern_cstr(".")) {
    /* dot import: merge exported objects; the PkgName tracks use */
    for (int i = 0; i < imp->scope->elems.len; i++) {
      Object *e = imp->scope->elems.items[i];
      if (e->name[0] >= 'A' && e->name[0] <= 'Z') scope_insert(fscope, e);
    }
    o->used = true; /* deviation: unused dot imports are not reported */
    return;
  }
  if (!is_blank(name)) declare(c, fscope, nm, o);
}

static void collect_value_spec(Checker *c, Node *decl, Node *spec, Node **last) {
  bool is_const = decl->gendecl.tok == TK_CONST;
  if (is_const && (spec->valuespec.values.len || spec->valuespec.type || !*last)) *last = spec;
  for (int i = 0; i < spec->valuespec.names.len; i++) {
    Node *nm = spec->valuespec.names.items[i];
    Object *o = new_pkg_obj(c, is_const ? OBJ_CONST : OBJ_VAR, nm, spec);
    o->init_spec = is_const ? *last : spec;
    o->init_index = i;
    declare_pkg_obj(c, nm, o);
  }
}

static void collect_gen_decl(Checker *c, Scope *fscope, Node *decl) {
  Node *last = NULL;
  for (int i = 0; i < decl->gendecl.specs.len; i++) {
    Node *spec = decl->gendecl.specs.items[i];
    switch (spec->kind) {
    case N_IMPORTSPEC: collect_import(c, fscope, spec); break;
    case N_VALUESPEC: collect_value_spec(c, decl, spec, &last); break;
    case N_TYPESPEC: {
      Object *o = new_pkg_obj(c, OBJ_TYPENAME, spec->typespec.name, spec);
      o->alias = spec->typespec.alias;
      declare_pkg_obj(c, spec->typespec.name, o);
      break;
    }
    default: break;
    }
  }
}

static void collect_func(Checker *c, Node *fd) {
  Node *nm = fd->funcdecl.name;
  Object *o = new_pkg_obj(c, OBJ_FUNC, nm, fd);
  if (fd->funcdecl.recv) {
    /* known syntactically, before the signature is checked: method
    ** lookups on not-yet-declared methods need it */
    o->ptr_recv = ast_unparen(fd->funcdecl.recv->field.type)->kind == N_STAR;
    vec_push(&c->methods_pending, o);
    return;
  }
  if (nm->ident.name == intern_cstr("init") ||
      (nm->ident.name == intern_cstr("main") && c->pkg->name == intern_cstr("main"))) {
    Node *ft = fd->funcdecl.type;
    if (ft->functype.params.len || ft->functype.results.len)
      check_errorf(c, nm->pos, "func %s must have no arguments and no return values", nm->ident.name);
  }
  if (nm->ident.name == intern_cstr("init")) {
    if (!fd->funcdecl.body) check_errorf(c, nm->pos, "missing function body");
    return; /* init functions are not declared */
  }
  declare_pkg_obj(c, nm, o);
}

/* recv_base_name: the receiver's base type name, syntactically. */
static Node *recv_base_name(Node *recv) {
  Node *t = ast_unparen(recv->field.type);
  if (t->kind == N_STAR) t = ast_unparen(t->star.x);
  return t->kind == N_IDENT ? t : NULL;
}

static void associate_methods(Checker *c) {
  for (int i = 0; i < c->methods_pending.len; i++) {
    Object *m = c->methods_pending.items[i];
    Node *base = recv_base_name(m->decl->funcdecl.recv);
    if (!base || is_blank(m->name)) continue;
    Object *tn = scope_lookup(c->pkg->scope, base->ident.name);
    if (tn && tn->kind == OBJ_TYPENAME && !tn->alias) vec_push(&tn->methods, m);
  }
}

void collect_objects(Checker *c) {
  c->file_scopes = xcalloc((size_t)c->pkg->nfiles + 1, sizeof(Scope *));
  for (int f = 0; f < c->pkg->nfiles; f++) {
    AstFile *file = c->pkg->files[f];
    c->file = file->src;
    Scope *fscope = scope_new(c->pkg->scope, false);
    c->file_scopes[f] = fscope;
    for (int i = 0; i < file->decls.len; i++) {
      Node *d = file->decls.items[i];
      if (d->kind == N_GENDECL) collect_gen_decl(c, fscope, d);
      else if (d->kind == N_FUNCDECL) collect_func(c, d);
    }
  }
  associate_methods(c);
}

void record_dep(Checker *c, Object *obj) {
  if (!c->decl || !obj->is_package_level || obj->pkg != c->pkg) return;
  if (obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC && obj->kind != OBJ_CONST) return;
  if (c->deps.len < c->pkg->objects.len) {
    int old = c->deps.len;
    vec_grow(&c->deps, c->pkg->objects.len - old);
    memset(c->deps.items + old, 0, sizeof(ObjList) * (size_t)(c->pkg->objects.len - old));
    c->deps.len = c->pkg->objects.len;
  }
  ObjList *l = &c->deps.items[c->decl->order];
  for (int i = 0; i < l->len; i++)
    if (l->items[i] == obj) return;
  vec_push(l, obj);
}

/* unused_imports: at the end of the package, as types2 does. */
void unused_imports(Checker *c) {
  for (int f = 0; f < c->pkg->nfiles; f++) {
    Scope *s = c->file_scopes[f];
    c->file = c->pkg->files[f]->src;
    for (int i = 0; i < s->elems.len; i++) {
      Object *o = s->elems.items[i];
      if (o->kind != OBJ_PKGNAME || o->used || o->file != c->file) continue;
      const char *path = o->imported->path;
      const char *elem = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
      if (strcmp(o->name, o->imported->name) == 0 || strcmp(o->name, elem) == 0)
        check_soft_errorf(c, o->pos, "imported and not used: \"%s\"", path);
      else
        check_soft_errorf(c, o->pos, "imported and not used: \"%s\" as %s", path, o->name);
    }
  }
}

/* ---- initialization order ---- */

typedef struct InitGraph {
  int n;
  ObjList *var_deps;   /* per object order: package vars it depends on */
  int *pending;        /* number of not-yet-initialized var deps */
  ObjList *dependents; /* reverse edges */
} InitGraph;

/* var_deps_of collects the vars obj depends on, looking through funcs. */
static void var_deps_of(Checker *c, Object *root, ObjList *out, char *seen) {
  ObjList stack = {0};
  vec_push(&stack, root);
  while (stack.len) {
    Object *o = stack.items[--stack.len];
    if (o->order >= c->deps.len) continue;
    ObjList *d = &c->deps.items[o->order];
    for (int i = 0; i < d->len; i++) {
      Object *t = d->items[i];
      if (seen[t->order]) continue;
      seen[t->order] = 1;
      if (t->kind == OBJ_VAR) vec_push(out, t);
      else vec_push(&stack, t);
    }
  }
  vec_free(&stack);
}

static void heap_push(int *h, int *n, int v) {
  int i = (*n)++;
  h[i] = v;
  while (i > 0 && h[(i - 1) / 2] > h[i]) {
    int p = (i - 1) / 2, t = h[p];
    h[p] = h[i], h[i] = t, i = p;
  }
}

static int heap_pop(int *h, int *n) {
  int top = h[0], i = 0;
  h[0] = h[--(*n)];
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < *n && h[l] < h[m]) m = l;
    if (r < *n && h[r] < h[m]) m = r;
    if (m == i) break;
    int t = h[m];
    h[m] = h[i], h[i] = t, i = m;
  }
  return top;
}

static void emit_init(Checker *c, Object *v, char *done) {
  Node *spec = v->init_spec;
  if (!spec || spec->valuespec.values.len == 0) return;
  InitDecl d = {0};
  bool multi = spec->valuespec.values.len == 1 && spec->valuespec.names.len > 1;
  if (multi) {
    d.nlhs = spec->valuespec.names.len;
    d.lhs = xcalloc((size_t)d.nlhs, sizeof(Object *));
    for (int i = 0; i < d.nlhs; i++) {
      d.lhs[i] = spec->valuespec.names.items[i]->obj;
      if (d.lhs[i]) done[d.lhs[i]->order] = 1;
    }
    d.rhs = spec->valuespec.values.items[0];
  } else {
    if (v->init_index >= spec->valuespec.values.len) return;
    d.nlhs = 1;
    d.lhs = xcalloc(1, sizeof(Object *));
    d.lhs[0] = v;
    d.rhs = spec->valuespec.values.items[v->init_index];
  }
  vec_push(&c->pkg->init_order, d);
}

void init_order(Checker *c) {
  int n = c->pkg->objects.len;
  if (c->deps.len < n) {
    int old = c->deps.len;
    vec_grow(&c->deps, n - old);
    memset(c->deps.items + old, 0, sizeof(ObjList) * (size_t)(n - old));
    c->deps.len = n;
  }
  ObjList *vdeps = xcalloc((size_t)n + 1, sizeof(ObjList));
  ObjList *rev = xcalloc((size_t)n + 1, sizeof(ObjList));
  int *pending = xcalloc((size_t)n + 1, sizeof(int));
  char *seen = xcalloc((size_t)n + 1, 1), *done = xcalloc((size_t)n + 1, 1);
  int *heap = xcalloc((size_t)n + 1, sizeof(int)), hn = 0;
  for (int i = 0; i < n; i++) {
    Object *o = c->pkg->objects.items[i];
    if (o->kind != OBJ_VAR) continue;
    memset(seen, 0, (size_t)n);
    var_deps_of(c, o, &vdeps[i], seen);
    for (int j = 0; j < vdeps[i].len; j++)
      if (vdeps[i].items[j] != o) vec_push(&rev[vdeps[i].items[j]->order], o);
    pending[i] = vdeps[i].len;
    for (int j = 0; j < vdeps[i].len; j++)
      if (vdeps[i].items[j] == o) pending[i]--;
    if (pending[i] == 0) heap_push(heap, &hn, i);
  }
  while (hn) {
    Object *v = c->pkg->objects.items[heap_pop(heap, &hn)];
    if (!done[v->order]) emit_init(c, v, done);
    done[v->order] = 1;
    for (int j = 0; j < rev[v->order].len; j++) {
      Object *d = rev[v->order].items[j];
      if (--pending[d->order] == 0) heap_push(heap, &hn, d->order);
    }
  }
  for (int i = 0; i < n; i++) {
    vec_free(&vdeps[i]);
    vec_free(&rev[i]);
  }
  free(vdeps), free(rev), free(pending), free(seen), free(done), free(heap);
}
