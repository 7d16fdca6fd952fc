/*
** check.c -- the checker's driver, error reporting and operand printing.
**
** types_check runs the phases described in check.h. Errors go through
** check_errorf, which applies types2's filter (once an error was reported,
** messages that merely mention an "invalid operand"/"invalid type" are
** follow-on noise and dropped) and the inherited-constant position rule
** (errors in an implicitly repeated const initializer are reported at the
** constant being declared).
*/
#include "check.h"

#include <stdarg.h>

static void verrorf(Checker *c, Pos pos, const char *fmt, va_list ap) {
  StrBuf sb = {0};
  sb_vprintf(&sb, fmt, ap);
  const char *msg = sb_str(&sb);
  if (c->nerrors > 0 && (strstr(msg + 1, "invalid operand") ||
                         strstr(msg + 1, "invalid type"))) {
    sb_free(&sb);
    return;
  }
  if (c->errpos.line) pos = c->errpos;
  c->nerrors++;
  diag_errorf(c->diags, c->file, pos, "%s", msg);
  sb_free(&sb);
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verrorf(c, pos, fmt, ap);
  va_end(ap);
}

void check_soft_errorf(Checker *c, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verrorf(c, pos, fmt, ap);
  va_end(ap);
}

const char *tstr(Checker *c, Type *t, StrBuf *sb) {
  write_type(sb, t, c ? c->pkg : NULL);
  return sb_str(sb);
}

const char *expr_str(Node *n, StrBuf *sb) {
  ast_expr_string(sb, n);
  return sb_str(sb);
}

Pos start_pos(const Node *n) {
  if (!n) return (Pos){0, 0};
  if (n->kind == N_KEYVALUE) return n->keyvalue.colon;
  if (n->kind == N_SLICE) return n->slice.lbrack;
  if (n->kind == N_FUNCTYPE) return n->functype.lparen;
  return n->pos;
}

Pos node_pos(const Node *n) {
  switch (n->kind) {
  case N_CALL: return n->call.lparen;
  case N_BINARY: return n->binary.oppos;
  case N_INDEX: return n->index.lbrack;
  default: return start_pos(n);
  }
}

static const char *const mode_names[] = {
    [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value",
    [MODE_BUILTIN] = "built-in",        [MODE_TYPEXPR] = "type",
    [MODE_CONST] = "constant",          [MODE_VAR] = "variable",
    [MODE_MAPINDEX] = "map index expression", [MODE_VALUE] = "value",
    [MODE_NIL] = "nil",                 [MODE_COMMAOK] = "comma, ok expression",
};

/* operand_string: "<expr> (<untyped kind> <mode> <val> of type <T>)". */
const char *operand_string(Checker *c, Operand *x, StrBuf *sb) {
  if (x->mode == MODE_NIL) {
    if (x->type && x->type->kind == T_UNTYPED_NIL) sb_puts(sb, "nil");
    else if (!x->type || x->type == typ_invalid) sb_puts(sb, "nil (with invalid type)");
    else {
      sb_puts(sb, "nil (of type ");
      tstr(c, x->type, sb);
      sb_putc(sb, ')');
    }
    return sb_str(sb);
  }
  StrBuf e = {0};
  if (x->expr) ast_expr_string(&e, x->expr);
  else if (x->mode == MODE_BUILTIN) sb_puts(&e, builtin_name(x->id));
  else if (x->mode == MODE_TYPEXPR) tstr(c, x->type, &e);
  else if (x->mode == MODE_CONST) const_string(x->val, &e);
  bool has_expr = e.len > 0;
  if (has_expr) {
    sb_puts(sb, e.buf);
    sb_puts(sb, " (");
  }
  bool has_type = false;
  if (x->mode != MODE_INVALID && x->mode != MODE_NOVALUE &&
      x->mode != MODE_BUILTIN && x->mode != MODE_TYPEXPR && x->type) {
    if (is_untyped(x->type)) {
      sb_puts(sb, x->type->basic.name);
      sb_putc(sb, ' ');
    } else {
      has_type = true;
    }
  }
  sb_puts(sb, mode_names[x->mode]);
  if (x->mode == MODE_CONST && x->val) {
    StrBuf v = {0};
    const_string(x->val, &v);
    if (strcmp(sb_str(&v), sb_str(&e)) != 0) {
      sb_putc(sb, ' ');
      sb_puts(sb, v.buf);
    }
    sb_free(&v);
  }
  if (has_type) {
    if (x->type != typ_invalid) {
      sb_puts(sb, " of type ");
      tstr(c, x->type, sb);
    } else {
      sb_puts(sb, " with invalid type");
    }
  }
  if (has_expr) sb_putc(sb, ')');
  sb_free(&e);
  return sb_str(sb);
}

void check_later(Checker *c, Delayed d) { vec_push(&c->delayed, d); }

void check_process_delayed(Checker *c, int from) {
  for (int i = from; i < c->delayed.len; i++) {
    Delayed d = c->delayed.items[i]; /* copy: the vector may grow */
    func_body(c, &d);
  }
  c->delayed.len = from;
}

/* ---- selections: Node* -> Selection*, open addressing ---- */
typedef struct SelTable {
  const Node **keys;
  Selection **vals;
  int cap, count;
} SelTable;

static unsigned node_hash(const Node *n) {
  uintptr_t p = (uintptr_t)n;
  return (unsigned)((p >> 4) * 0x9E3779B1u);
}

static void sel_grow(SelTable *t) {
  SelTable n = {xcalloc((size_t)(t->cap ? t->cap * 2 : 64), sizeof(Node *)),
                xcalloc((size_t)(t->cap ? t->cap * 2 : 64), sizeof(Selection *)),
                t->cap ? t->cap * 2 : 64, t->count};
  for (int i = 0; i < t->cap; i++) {
    if (!t->keys[i]) continue;
    unsigned h = node_hash(t->keys[i]) & (unsigned)(n.cap - 1);
    while (n.keys[h]) h = (h + 1) & (unsigned)(n.cap - 1);
    n.keys[h] = t->keys[i];
    n.vals[h] = t->vals[i];
  }
  free(t->keys);
  free(t->vals);
  *t = n;
}

void record_selection(Package *pkg, const Node *sel, Selection *s) {
  if (!pkg->selections) pkg->selections = xcalloc(1, sizeof(SelTable));
  SelTable *t = pkg->selections;
  if (2 * (t->count + 1) > t->cap) sel_grow(t);
  unsigned h = node_hash(sel) & (unsigned)(t->cap - 1);
  while (t->keys[h] && t->keys[h] != sel) h = (h + 1) & (unsigned)(t->cap - 1);
  if (!t->keys[h]) t->count++;
  t->keys[h] = sel;
  t->vals[h] = s;
}

Selection *types_selection(Package *pkg, const Node *sel) {
  SelTable *t = pkg->selections;
  if (!t) return NULL;
  unsigned h = node_hash(sel) & (unsigned)(t->cap - 1);
  for (; t->keys[h]; h = (h + 1) & (unsigned)(t->cap - 1))
    if (t->keys[h] == sel) return t->vals[h];
  return NULL;
}

/* ---- driver ---- */
Package *check_package(AstFile **files, int nfiles, Diags *diags,
                       const char *path) {
  universe_init();
  Package *pkg = xcalloc(1, sizeof *pkg);
  pkg->path = path;
  pkg->name = nfiles > 0 && files[0]->pkgname ? files[0]->pkgname->ident.name : "main";
  pkg->scope = scope_new(universe, false);
  pkg->files = files;
  pkg->nfiles = nfiles;
  Checker c = {0};
  c.pkg = pkg;
  c.diags = diags;
  c.scope = pkg->scope;
  if (nfiles > 0 && files[0]->pkgname && is_blank(pkg->name)) {
    c.file = files[0]->src;
    check_errorf(&c, files[0]->pkgname->pos, "invalid package name _");
  }
  for (int i = 0; i < nfiles; i++)
    for (int j = 0; j < files[i]->decls.len; j++) {
      Node *d = files[i]->decls.items[j];
      c.file = files[i]->src;
      if (d->kind == N_FUNCDECL && d->funcdecl.body) check_branches(&c, d->funcdecl.body);
    }
  collect_objects(&c);
  if (c.import_failed) return pkg; /* like go build: loading errors only */
  package_objects(&c);
  check_process_delayed(&c, 0);
  check_types_later(&c);
  init_order(&c);
  unused_imports(&c);
  pkg->checked = true;
  return pkg;
}

Package *types_check(AstFile **files, int nfiles, Diags *diags) {
  return check_package(files, nfiles, diags, "main");
}
