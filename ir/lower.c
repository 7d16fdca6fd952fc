/*
** lower.c -- ir_build, the driver of the lowering: which packages, which
** functions, in which order.
**
** Packages: the command-line package, everything it imports, and always
** "runtime" (its error types are what run-time panics are made of, and its
** preprintpanic prints them), ordered so that every package comes after
** the packages it imports (runtime first): the order their initializers
** run in.
**
** Functions are built lazily from roots: the program's init (IrProgram.init,
** named runtime.doInit: it calls each package's variable initializer
** "<path>.init" and its init functions "<path>.init.0", ... in order),
** main.main, runtime.preprintpanic, and the methods of every type that may
** become an interface's dynamic type (msets.c). fn_for_decl makes the
** IrFunc of a declared function on first reference and queues its body;
** ir_build drains the queue (func literals are queued the same way), so a
** function no root reaches is never lowered. With SUBGO_IR_ALL=1 in the
** environment every function of every loaded package is a root: the stdlib
** test lowers and verifies all of it that way.
*/
#include "lower.h"

#include <stdlib.h>

const char *func_name_prefix(Package *pkg) { return pkg->path; }

void unsupported(Builder *b, const SrcFile *file, Pos pos, const char *what) {
  diag_errorf(b->diags, file, pos, "%s is not supported by subgo", what);
}

IrFunc *new_irfunc(Builder *b, const char *name, Type *sig, Package *pkg, const SrcFile *file,
                   Pos pos) {
  IrFunc *f = arena_alloc(b->arena, sizeof *f);
  f->name = name;
  f->sig = sig;
  f->pkg = pkg;
  f->file = file;
  f->pos = pos;
  f->nresults = sig ? sig_nresults(sig) : 0;
  f->id = b->prog->funcs.len;
  vec_push(&b->prog->funcs, f);
  return f;
}

/* method_name: "<path>.T.M" or "<path>.(*T).M", as tracebacks print it */
static const char *method_name(Object *m) {
  Type *rt = m->type->sig.recv->type;
  bool ptr = rt->kind == T_POINTER;
  Type *base = ptr ? rt->pointer.elem : rt;
  StrBuf sb = {0};
  const char *tn = base->kind == T_NAMED ? base->named.obj->name : "?";
  if (ptr) sb_printf(&sb, "%s.(*%s).%s", func_name_prefix(m->pkg), tn, m->name);
  else sb_printf(&sb, "%s.%s.%s", func_name_prefix(m->pkg), tn, m->name);
  const char *s = intern_cstr(sb_str(&sb));
  sb_free(&sb);
  return s;
}

void queue_work(Builder *b, Work w) { vec_push(&b->work, w); }

IrFunc *fn_for_decl(Builder *b, Object *o) {
  IrFunc *f = pm_get(&b->funcs, o);
  if (f) return f;
  Node *decl = pm_get(&b->decls, o);
  if (!decl) fatal("no declaration for func %s", o->name);
  const char *name;
  if (o->type->sig.recv) {
    name = method_name(o);
  } else {
    StrBuf sb = {0};
    sb_printf(&sb, "%s.%s", func_name_prefix(o->pkg), o->name);
    name = intern_cstr(sb_str(&sb));
    sb_free(&sb);
  }
  f = new_irfunc(b, name, o->type, o->pkg, o->file, decl->pos);
  f->obj = o;
  pm_put(&b->funcs, o, f);
  if (!decl->funcdecl.body) {
    StrBuf sb = {0};
    sb_printf(&sb, "%s.%s", o->pkg->path, o->name);
    f->is_native = true;
    f->native_name = intern_cstr(sb_str(&sb));
    sb_free(&sb);
    f->nparams = (o->type->sig.recv ? 1 : 0) + sig_nparams(o->type);
    return f;
  }
  queue_work(b, (Work){WORK_DECL, f, decl, NULL});
  return f;
}

IrGlobal *global_for(Builder *b, Object *v) {
  IrGlobal *g = pm_get(&b->globals, v);
  if (g) return g;
  g = arena_alloc(b->arena, sizeof *g);
  StrBuf sb = {0};
  sb_printf(&sb, "%s.%s", func_name_prefix(v->pkg), v->name);
  g->name = intern_cstr(sb_str(&sb));
  sb_free(&sb);
  g->obj = v;
  g->type = v->type;
  g->id = b->prog->globals.len;
  vec_push(&b->prog->globals, g);
  pm_put(&b->globals, v, g);
  return g;
}

/* ---- packages ---- */

typedef VEC(Package *) PkgList;

static bool pkg_listed(PkgList *l, Package *p) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i] == p) return true;
  return false;
}

/* dependency order: a package after everything it imports */
static void order_packages(Package *p, PkgList *out) {
  if (pkg_listed(out, p)) return;
  for (int i = 0; i < p->imports.len; i++) order_packages(p->imports.items[i], out);
  if (!pkg_listed(out, p)) vec_push(out, p);
}

static void index_decls(Builder *b, Package *p) {
  for (int i = 0; i < p->nfiles; i++) {
    AstFile *file = p->files[i];
    pm_put(&b->pkgfiles, file->src, p);
    for (int j = 0; j < file->decls.len; j++) {
      Node *d = file->decls.items[j];
      if (d->kind == N_FUNCDECL && d->funcdecl.name->obj)
        pm_put(&b->decls, d->funcdecl.name->obj, d);
    }
  }
}

static bool is_blank(Object *o) { return !o || (o->name[0] == '_' && !o->name[1]); }

/* the package's variable initializers, as function "<path>.init" */
static IrFunc *build_var_init(Builder *b, Package *p) {
  if (p->init_order.len == 0) return NULL;
  scan_package_inits(b, p);
  StrBuf sb = {0};
  sb_printf(&sb, "%s.init", func_name_prefix(p));
  const AstFile *f0 = p->files[0];
  IrFunc *f = new_irfunc(b, intern_cstr(sb_str(&sb)), b->t_func0, p, f0->src, f0->pkgname->pos);
  sb_free(&sb);
  Fn F;
  fn_begin(&F, b, f, p);
  for (int i = 0; i < p->init_order.len; i++) {
    InitDecl *d = &p->init_order.items[i];
    Object *o0 = d->lhs[0];
    F.file = o0->file;
    F.pos = d->rhs->pos;
    IrReg vals[16];
    int n = d->nlhs;
    if (n > 16) fatal("too many variables in one initializer");
    NodeList rhs = {&d->rhs, 1, 1};
    order_rhs(&F, &rhs, n, n == 1 ? &o0->type : NULL);
    if (n == 1 && !is_blank(o0) && composite_in_place(d->rhs, o0->type)) {
      /* a package variable starts zeroed: its literal is built in place */
      lower_composite_into(&F, d->rhs, emit_global(&F, global_for(b, o0)));
      continue;
    }
    if (n == 1) vals[0] = lower_expr_to(&F, d->rhs, o0->type);
    else lower_multi(&F, d->rhs, vals, n);
    for (int k = 0; k < n; k++) {
      Object *o = d->lhs[k];
      if (is_blank(o)) continue;
      IrReg v = n == 1 ? vals[k] : coerce(&F, vals[k], reg_type(&F, vals[k]), o->type);
      emit_store(&F, emit_global(&F, global_for(b, o)), v);
    }
  }
  fn_end(&F);
  return f;
}

static void call_static(Fn *F, IrFunc *callee) {
  IrInstr *in = emit(F, IR_CALL, NULL);
  in->u.fn = callee;
}

/* user init functions of p, in source order: "<path>.init.0", ... */
static void call_user_inits(Builder *b, Fn *F, Package *p) {
  int k = 0;
  for (int i = 0; i < p->nfiles; i++) {
    AstFile *file = p->files[i];
    for (int j = 0; j < file->decls.len; j++) {
      Node *d = file->decls.items[j];
      if (d->kind != N_FUNCDECL || d->funcdecl.recv || !d->funcdecl.body) continue;
      Object *o = d->funcdecl.name->obj;
      if (!o || o->name != intern_cstr("init")) continue;
      StrBuf sb = {0};
      sb_printf(&sb, "%s.init.%d", func_name_prefix(p), k++);
      IrFunc *f = new_irfunc(b, intern_cstr(sb_str(&sb)), o->type, p, o->file, d->pos);
      sb_free(&sb);
      f->obj = o;
      pm_put(&b->funcs, o, f);
      queue_work(b, (Work){WORK_DECL, f, d, NULL});
      call_static(F, f);
    }
  }
}

static void build_program_init(Builder *b, PkgList *pkgs) {
  IrFunc *f = new_irfunc(b, intern_cstr("runtime.doInit"), b->t_func0, b->runtime, NULL,
                         (Pos){0, 0});
  f->is_wrapper = true;
  b->prog->init = f;
  Fn F;
  fn_begin(&F, b, f, b->runtime);
  for (int i = 0; i < pkgs->len; i++) {
    IrFunc *vi = build_var_init(b, pkgs->items[i]);
    if (vi) call_static(&F, vi);
    call_user_inits(b, &F, pkgs->items[i]);
  }
  fn_end(&F);
}

static Object *pkg_func(Package *p, const char *name) {
  Object *o = scope_lookup(p->scope, intern_cstr(name));
  return o && o->kind == OBJ_FUNC ? o : NULL;
}

static Type *pkg_type(Package *p, const char *name) {
  Object *o = scope_lookup(p->scope, intern_cstr(name));
  if (!o || o->kind != OBJ_TYPENAME) fatal("runtime.%s is missing", name);
  return o->type;
}

static void init_basic_types(Builder *b, Package *pkg) {
  Scope *u = pkg->scope->parent; /* the universe */
  b->t_bool = scope_lookup(u, intern_cstr("bool"))->type;
  b->t_int = scope_lookup(u, intern_cstr("int"))->type;
  b->t_uint = scope_lookup(u, intern_cstr("uint"))->type;
  b->t_int64 = scope_lookup(u, intern_cstr("int64"))->type;
  b->t_uint64 = scope_lookup(u, intern_cstr("uint64"))->type;
  b->t_float64 = scope_lookup(u, intern_cstr("float64"))->type;
  b->t_string = scope_lookup(u, intern_cstr("string"))->type;
  b->t_uint8 = scope_lookup(u, intern_cstr("uint8"))->type;
  b->t_int32 = scope_lookup(u, intern_cstr("int32"))->type;
  b->t_any = scope_lookup(u, intern_cstr("any"))->type;
  b->t_func0 = ty_func(NULL, NULL, 0, NULL, 0, false);
}

static void add_all_roots(Builder *b, PkgList *pkgs) {
  for (int i = 0; i < pkgs->len; i++) {
    Package *p = pkgs->items[i];
    for (int j = 0; j < p->nfiles; j++) {
      AstFile *file = p->files[j];
      for (int k = 0; k < file->decls.len; k++) {
        Node *d = file->decls.items[k];
        Object *o = d->kind == N_FUNCDECL ? d->funcdecl.name->obj : NULL;
        if (o && o->type && !pm_get(&b->funcs, o) && (d->funcdecl.recv || o->name != intern_cstr("init")))
          fn_for_decl(b, o);
      }
    }
  }
}

static void drain(Builder *b) {
  while (b->nwork < b->work.len) {
    Work w = b->work.items[b->nwork++];
    if (w.kind == WORK_DECL) build_decl_body(b, w.fn, w.decl);
    else build_lit_body(b, w.fn, w.lit);
  }
}

IrProgram *ir_build(Package *pkg, Diags *diags) {
  Builder *b = xcalloc(1, sizeof *b);
  IrProgram *p = xcalloc(1, sizeof *p);
  p->arena = arena_new();
  p->main = pkg;
  b->prog = p;
  b->diags = diags;
  b->arena = p->arena;
  int errors0 = diags->nerrors;
  init_basic_types(b, pkg);
  b->runtime = types_import("runtime", diags);
  if (!b->runtime || diags->nerrors > errors0) return NULL;
  b->t_plainError = pkg_type(b->runtime, "plainError");
  PkgList pkgs = {0};
  order_packages(b->runtime, &pkgs);
  order_packages(pkg, &pkgs);
  for (int i = 0; i < pkgs.len; i++) index_decls(b, pkgs.items[i]);
  build_program_init(b, &pkgs);
  Object *mainobj = pkg->name == intern_cstr("main") ? pkg_func(pkg, "main") : NULL;
  if (mainobj) p->mainfn = fn_for_decl(b, mainobj);
  p->preprintpanic = fn_for_decl(b, pkg_func(b->runtime, "preprintpanic"));
  msets_add(b, pkg_type(b->runtime, "errorString"));
  msets_add(b, b->t_plainError);
  msets_add(b, pkg_type(b->runtime, "boundsError"));
  msets_add(b, ty_pointer(b, pkg_type(b->runtime, "TypeAssertionError")));
  const char *all = getenv("SUBGO_IR_ALL");
  if (all && *all && *all != '0') add_all_roots(b, &pkgs);
  drain(b);
  vec_free(&pkgs);
  if (diags->nerrors > errors0) return NULL;
  ir_verify(p);
  return p;
}
