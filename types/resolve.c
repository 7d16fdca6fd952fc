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
** Init order is types2's: deps[] (filled while checking, record_dep) makes
** a graph of constants, variables and functions; functions are eliminated
** (their dependents inherit their dependencies), then nodes leave a
** priority queue by fewest remaining dependencies, then source order. A
** node that leaves with dependencies left is on a cycle: "initialization
** loop for x" with the path, as gc prints it.
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
    vec_push(&c->dot_imports, o);
    return;
  }
  if (!is_blank(name)) declare(c, fscope, nm, o);
}

static void collect_value_spec(Checker *c, Node *decl, Node *spec, Node **last) {
  bool is_const = decl->gendecl.tok == TK_CONST;
  if (is_const && (spec->valuespec.values.len || spec->valuespec.type || !*last)) *last = spec;
  if (is_const) arity(c, spec, &(*last)->valuespec.values, true, spec != *last);
  else if (!spec->valuespec.type || spec->valuespec.values.len) arity(c, spec, &spec->valuespec.values, false, false);
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

/* recv_base: the receiver's base type name, found syntactically through
** aliases as types2's resolveBaseTypeName does: with type A = T,
** func (A) m() is a method of T. At most one '*' on the way. */
static Object *recv_base(Checker *c, Node *recv) {
  Node *t = recv->field.type;
  bool ptr = false;
  /* each step follows a distinct alias: more steps than objects is a cycle */
  for (int steps = 0; steps <= c->pkg->objects.len; steps++) {
    t = ast_unparen(t);
    if (t->kind == N_STAR) {
      if (ptr) return NULL;
      ptr = true;
      t = ast_unparen(t->star.x);
    }
    if (t->kind != N_IDENT) return NULL;
    Object *tn = scope_lookup(c->pkg->scope, t->ident.name);
    if (!tn || tn->kind != OBJ_TYPENAME) return NULL;
    if (!tn->alias) return tn;
    t = tn->decl->typespec.type;
  }
  return NULL;
}

static void associate_methods(Checker *c) {
  for (int i = 0; i < c->methods_pending.len; i++) {
    Object *m = c->methods_pending.items[i];
    if (is_blank(m->name)) continue;
    Object *tn = recv_base(c, m->decl->funcdecl.recv);
    if (tn) vec_push(&tn->methods, m);
  }
}

/* file_scope_conflicts: a package-level object may not share its name with
** an import of any file (types2's collectObjects, at its end). */
static void file_scope_conflicts(Checker *c) {
  const SrcFile *file = c->file;
  for (int f = 0; f < c->pkg->nfiles; f++) {
    Scope *s = c->file_scopes[f];
    for (int i = 0; i < s->elems.len; i++) {
      Object *o = s->elems.items[i];
      Object *alt = scope_lookup(c->pkg->scope, o->name);
      if (!alt) continue;
      Package *p = o->kind == OBJ_PKGNAME ? o->imported : o->pkg;
      c->file = alt->file;
      check_errorf(c, alt->pos, "%s already declared through %s of package %s (\"%s\")\n\t%s:%d:%d: other declaration of %s",
                   alt->name, o->kind == OBJ_PKGNAME ? "import" : "dot-import", p->name, p->path,
                   o->file ? o->file->path : "", o->pos.line, o->pos.col, o->name);
    }
  }
  c->file = file;
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
  file_scope_conflicts(c);
  associate_methods(c);
}

/* ensure_deps: deps[] has an entry for every package-level object. */
static void ensure_deps(Checker *c) {
  if (c->deps.len >= c->pkg->objects.len) return;
  int old = c->deps.len;
  vec_grow(&c->deps, c->pkg->objects.len - old);
  memset(c->deps.items + old, 0, sizeof(ObjList) * (size_t)(c->pkg->objects.len - old));
  c->deps.len = c->pkg->objects.len;
}

void record_dep(Checker *c, Object *obj) {
  if (!c->decl || !obj->is_package_level || obj->pkg != c->pkg) return;
  if (obj->kind != OBJ_VAR && obj->kind != OBJ_FUNC && obj->kind != OBJ_CONST) return;
  ensure_deps(c);
  ObjList *l = &c->deps.items[c->decl->order];
  for (int i = 0; i < l->len; i++)
    if (l->items[i] == obj) return;
  vec_push(l, obj);
}

/* use_dot_import marks the dot import that brought obj into the current
** file used (types2's dotImportMap). */
void use_dot_import(Checker *c, Object *obj) {
  for (int i = 0; i < c->dot_imports.len; i++) {
    Object *o = c->dot_imports.items[i];
    if (o->file == c->file && o->imported == obj->pkg) o->used = true;
  }
}

static void unused_import(Checker *c, Object *o) {
  const char *path = o->imported->path;
  const char *elem = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  if (o->name == intern_cstr(".") || strcmp(o->name, o->imported->name) == 0 ||
      strcmp(o->name, elem) == 0)
    check_soft_errorf(c, o->pos, "imported and not used: \"%s\"", path);
  else
    check_soft_errorf(c, o->pos, "imported and not used: \"%s\" as %s", path, o->name);
}

/* unused_imports: at the end of the package, as types2 does. */
void unused_imports(Checker *c) {
  for (int f = 0; f < c->pkg->nfiles; f++) {
    Scope *s = c->file_scopes[f];
    c->file = c->pkg->files[f]->src;
    for (int i = 0; i < s->elems.len; i++) {
      Object *o = s->elems.items[i];
      if (o->kind == OBJ_PKGNAME && !o->used && o->file == c->file) unused_import(c, o);
    }
  }
  for (int i = 0; i < c->dot_imports.len; i++) {
    Object *o = c->dot_imports.items[i];
    c->file = o->file;
    if (!o->used) unused_import(c, o);
  }
}

/* ---- initialization order (types2's initorder.go) ---- */

typedef VEC(int) IntSet; /* object orders; small, so linear membership */

static bool set_add(IntSet *s, int v) {
  for (int i = 0; i < s->len; i++)
    if (s->items[i] == v) return false;
  vec_push(s, v);
  return true;
}

static void set_del(IntSet *s, int v) {
  for (int i = 0; i < s->len; i++)
    if (s->items[i] == v) {
      s->items[i] = s->items[--s->len];
      return;
    }
}

/* The dependency graph between package-level constants, variables and
** functions, with the functions then eliminated (their dependents depend
** on what they depend on), as types2's dependencyGraph. */
typedef struct InitGraph {
  int n;
  IntSet *succ, *pred;
  int *ndeps, *heap_index;
} InitGraph;

static bool is_dependency(Object *o) {
  return o->kind == OBJ_CONST || o->kind == OBJ_VAR || o->kind == OBJ_FUNC;
}

/* shared_first: for a variable of `a, b = f()`, the first of them; else NULL. */
static Object *shared_first(Object *o) {
  Node *spec = o->kind == OBJ_VAR ? o->init_spec : NULL;
  if (!spec || spec->valuespec.values.len != 1 || spec->valuespec.names.len < 2) return NULL;
  Object *first = spec->valuespec.names.items[0]->obj;
  return first != o ? first : NULL;
}

static void add_deps(ObjList *to, ObjList *from) {
  for (int j = 0; j < from->len; j++) {
    int k = 0;
    while (k < to->len && to->items[k] != from->items[j]) k++;
    if (k == to->len) vec_push(to, from->items[j]);
  }
}

/* share_deps: the variables of `a, b = f()` share one initializer, so
** each depends on what any of them recorded (types2 gives them one
** declInfo): the first collects the union, then the others get it. */
static void share_deps(Checker *c) {
  ObjList *deps = c->deps.items;
  for (int i = 0; i < c->pkg->objects.len; i++) {
    Object *first = shared_first(c->pkg->objects.items[i]);
    if (first) add_deps(&deps[first->order], &deps[i]);
  }
  for (int i = 0; i < c->pkg->objects.len; i++) {
    Object *first = shared_first(c->pkg->objects.items[i]);
    if (first) add_deps(&deps[i], &deps[first->order]);
  }
}

static int func_cost(InitGraph *g, int i) { return g->pred[i].len * g->succ[i].len; }

typedef struct FuncCost { int cost, node; } FuncCost;

static int cmp_cost(const void *a, const void *b) {
  const FuncCost *x = a, *y = b;
  if (x->cost != y->cost) return x->cost < y->cost ? -1 : 1;
  return x->node - y->node;
}

static void eliminate_funcs(Checker *c, InitGraph *g) {
  IntSet funcs = {0};
  for (int i = 0; i < g->n; i++)
    if (c->pkg->objects.items[i]->kind == OBJ_FUNC) vec_push(&funcs, i);
  /* cheapest first, like types2's sort by cost; ties in source order */
  FuncCost *fc = xcalloc((size_t)funcs.len + 1, sizeof *fc);
  for (int i = 0; i < funcs.len; i++) fc[i] = (FuncCost){func_cost(g, funcs.items[i]), funcs.items[i]};
  qsort(fc, (size_t)funcs.len, sizeof *fc, cmp_cost);
  for (int i = 0; i < funcs.len; i++) funcs.items[i] = fc[i].node;
  free(fc);
  for (int k = 0; k < funcs.len; k++) {
    int n = funcs.items[k];
    for (int a = 0; a < g->pred[n].len; a++) {
      int p = g->pred[n].items[a];
      if (p == n) continue;
      for (int b = 0; b < g->succ[n].len; b++) {
        int s = g->succ[n].items[b];
        if (s == n) continue;
        set_add(&g->succ[p], s);
        set_add(&g->pred[s], p);
      }
      set_del(&g->succ[p], n);
    }
    for (int b = 0; b < g->succ[n].len; b++) set_del(&g->pred[g->succ[n].items[b]], n);
  }
  vec_free(&funcs);
}

/* ---- priority queue of graph nodes: fewest dependencies, then source order */
typedef struct NodeQueue {
  int *items, len;
  InitGraph *g;
} NodeQueue;

static bool q_less(NodeQueue *q, int a, int b) {
  int x = q->items[a], y = q->items[b];
  return q->g->ndeps[x] < q->g->ndeps[y] || (q->g->ndeps[x] == q->g->ndeps[y] && x < y);
}

static void q_swap(NodeQueue *q, int a, int b) {
  int t = q->items[a];
  q->items[a] = q->items[b], q->items[b] = t;
  q->g->heap_index[q->items[a]] = a;
  q->g->heap_index[q->items[b]] = b;
}

static void q_up(NodeQueue *q, int i) {
  while (i > 0 && q_less(q, i, (i - 1) / 2)) {
    q_swap(q, i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

static void q_down(NodeQueue *q, int i) {
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < q->len && q_less(q, l, m)) m = l;
    if (r < q->len && q_less(q, r, m)) m = r;
    if (m == i) return;
    q_swap(q, i, m);
    i = m;
  }
}

static int q_pop(NodeQueue *q) {
  int top = q->items[0];
  q_swap(q, 0, --q->len);
  q_down(q, 0);
  q->g->heap_index[top] = -1;
  return top;
}

/* find_path: a dependency path from `from` to `to` (types2's findPath),
** returned in reverse in *path; false if there is none. */
static bool find_path(Checker *c, Object *from, Object *to, char *seen, ObjList *path) {
  if (seen[from->order]) return false;
  seen[from->order] = 1;
  ObjList *d = &c->deps.items[from->order];
  for (int i = 0; i < d->len; i++) {
    if (d->items[i] == to || find_path(c, d->items[i], to, seen, path)) {
      vec_push(path, d->items[i]);
      return true;
    }
  }
  return false;
}

static void report_init_cycle(Checker *c, ObjList *cycle) {
  Object *obj = cycle->items[0];
  StrBuf sb = {0};
  sb_printf(&sb, "initialization loop for %s", obj->name);
  for (int i = cycle->len - 1; i >= 0; i--) {
    sb_printf(&sb, "\n\t%s:%d:%d: %s refers to", obj->file->path, obj->pos.line, obj->pos.col, obj->name);
    obj = cycle->items[i];
  }
  sb_printf(&sb, "\n\t%s:%d:%d: %s", obj->file->path, obj->pos.line, obj->pos.col, obj->name);
  const SrcFile *saved = c->file;
  c->file = cycle->items[0]->file;
  check_errorf(c, cycle->items[0]->pos, "%s", sb.buf);
  c->file = saved;
  sb_free(&sb);
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
  Object **objs = c->pkg->objects.items;
  InitGraph g = {n, xcalloc((size_t)n + 1, sizeof(IntSet)), xcalloc((size_t)n + 1, sizeof(IntSet)),
                 xcalloc((size_t)n + 1, sizeof(int)), xcalloc((size_t)n + 1, sizeof(int))};
  ensure_deps(c);
  share_deps(c);
  for (int i = 0; i < n; i++) {
    if (!is_dependency(objs[i])) continue;
    ObjList *d = &c->deps.items[i];
    for (int j = 0; j < d->len; j++) {
      set_add(&g.succ[i], d->items[j]->order);
      set_add(&g.pred[d->items[j]->order], i);
    }
  }
  eliminate_funcs(c, &g);
  NodeQueue q = {xcalloc((size_t)n + 1, sizeof(int)), 0, &g};
  for (int i = 0; i < n; i++) {
    g.heap_index[i] = -1;
    if (!is_dependency(objs[i]) || objs[i]->kind == OBJ_FUNC) continue;
    g.ndeps[i] = g.succ[i].len;
    g.heap_index[i] = q.len;
    q.items[q.len++] = i;
  }
  for (int i = q.len / 2 - 1; i >= 0; i--) q_down(&q, i);
  char *seen = xcalloc((size_t)n + 1, 1), *done = xcalloc((size_t)n + 1, 1);
  while (q.len) {
    int i = q_pop(&q);
    if (g.ndeps[i] > 0) {
      ObjList cycle = {0};
      memset(seen, 0, (size_t)n);
      if (find_path(c, objs[i], objs[i], seen, &cycle)) report_init_cycle(c, &cycle);
      vec_free(&cycle);
    }
    for (int k = 0; k < g.pred[i].len; k++) {
      int p = g.pred[i].items[k];
      g.ndeps[p]--;
      if (g.heap_index[p] >= 0) q_up(&q, g.heap_index[p]);
    }
    if (objs[i]->kind == OBJ_VAR && !done[i]) emit_init(c, objs[i], done);
    done[i] = 1;
  }
  for (int i = 0; i < n; i++) vec_free(&g.succ[i]), vec_free(&g.pred[i]);
  free(g.succ), free(g.pred), free(g.ndeps), free(g.heap_index);
  free(q.items), free(seen), free(done);
}
