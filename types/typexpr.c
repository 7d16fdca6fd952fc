/*
** typexpr.c -- identifiers and type expressions (types2's typexpr.go,
** struct.go, interface.go, signature.go).
**
** ident() resolves a name through the scope chain, forces the declaration
** of package-level objects on first use (obj_decl), marks variables used
** and records the dependency for init order. typexpr() turns a type
** expression into a Type; the result is also stored on the node (mode
** MODE_TYPEXPR). Interfaces are completed lazily: complete_interface()
** gathers explicit and embedded methods into iface.all sorted by name,
** which is what satisfaction and identity compare.
*/
#include "check.h"

static void set_type_node(Node *e, Type *t) {
  e->type = t;
  e->mode = MODE_TYPEXPR;
}

void ident(Checker *c, Operand *x, Node *e, bool want_type) {
  x->mode = MODE_INVALID;
  x->expr = e;
  x->type = typ_invalid;
  const char *name = e->ident.name;
  Object *obj = lookup(c, name);
  if (!obj) {
    if (is_blank(name)) check_errorf(c, e->pos, "cannot use _ as value or type");
    else check_errorf(c, e->pos, "undefined: %s", name);
    return;
  }
  e->obj = obj;
  if (obj->pkg && obj->pkg != c->pkg && obj->kind != OBJ_PKGNAME) use_dot_import(c, obj);
  if (!obj->type || (obj->kind == OBJ_TYPENAME && want_type)) obj_decl(c, obj);
  Type *t = obj->type ? obj->type : typ_invalid;
  switch (obj->kind) {
  case OBJ_PKGNAME:
    check_errorf(c, e->pos, "use of package %s not in selector", obj->name);
    return;
  case OBJ_CONST:
    record_dep(c, obj);
    if (t == typ_invalid) return;
    if (obj == universe_iota) {
      if (!c->iota) {
        check_errorf(c, e->pos, "cannot use iota outside constant declaration");
        return;
      }
      x->val = c->iota;
    } else {
      x->val = obj->val ? obj->val : const_unknown();
    }
    x->mode = MODE_CONST;
    break;
  case OBJ_TYPENAME:
    x->mode = MODE_TYPEXPR;
    break;
  case OBJ_VAR:
    if (obj->pkg == c->pkg) obj->used = true;
    record_dep(c, obj);
    if (t == typ_invalid) return;
    x->mode = MODE_VAR;
    break;
  case OBJ_FUNC:
    record_dep(c, obj);
    x->mode = MODE_VALUE;
    break;
  case OBJ_BUILTIN:
    x->id = obj->builtin;
    x->mode = MODE_BUILTIN;
    break;
  case OBJ_NIL:
    x->mode = MODE_NIL;
    break;
  default:
    return;
  }
  x->type = t;
}

int64_t array_length(Checker *c, Node *e) {
  if (e->kind == N_IDENT) {
    Object *obj = lookup(c, e->ident.name);
    if (!obj) {
      check_errorf(c, e->pos, "undefined array length %s or missing type constraint", e->ident.name);
      return -1;
    }
    if (obj->kind != OBJ_CONST) {
      check_errorf(c, e->pos, "invalid array length %s", e->ident.name);
      return -1;
    }
  }
  Operand x;
  expr(c, &x, e);
  StrBuf sb = {0};
  if (x.mode != MODE_CONST) {
    if (x.mode != MODE_INVALID)
      check_errorf(c, e->pos, "array length %s must be constant", operand_string(c, &x, &sb));
    sb_free(&sb);
    return -1;
  }
  Const *v;
  if ((is_untyped(x.type) || is_integer(x.type)) && const_to_int(x.val, &v)) {
    int code;
    int64_t n;
    if (representable_value(v, basic_type(T_INT), NULL, &code)) {
      if (const_int64(v, &n) && n >= 0) return n;
      check_errorf(c, e->pos, "invalid array length %s", operand_string(c, &x, &sb));
      sb_free(&sb);
      return -1;
    }
  }
  check_errorf(c, e->pos, "array length %s must be integer", operand_string(c, &x, &sb));
  sb_free(&sb);
  return -1;
}

void type_later(Checker *c, Type *t, Pos pos, LaterKind kind) {
  vec_push(&c->types_later, ((PendingType){t, pos, c->file, kind}));
}

static void check_map_key(Checker *c, Type *k, Pos pos) {
  if (under(k) == typ_invalid || comparable(k, NULL)) return;
  StrBuf sb = {0};
  check_errorf(c, pos, "invalid map key type %s", tstr(c, k, &sb));
  sb_free(&sb);
}

static void check_embedded_field(Checker *c, Type *t, Pos pos) {
  Type *base = t->kind == T_POINTER ? t->pointer.elem : t;
  Type *u = under(base);
  if (u == typ_invalid) return;
  if (t->kind == T_POINTER && u->kind == T_POINTER)
    check_errorf(c, pos, "embedded field type cannot be a pointer");
  else if (t->kind == T_POINTER && u->kind == T_INTERFACE)
    check_errorf(c, pos, "embedded field type cannot be a pointer to an interface");
  else if (t->kind != T_POINTER && u->kind == T_POINTER)
    check_errorf(c, pos, "embedded field type cannot be a pointer");
}

static void iface_duplicates(Checker *c, Type *t);

void check_types_later(Checker *c) {
  const SrcFile *file = c->file;
  for (int i = 0; i < c->types_later.len; i++) {
    PendingType p = c->types_later.items[i];
    c->file = p.file;
    switch (p.kind) {
    case LATER_MAP_KEY: check_map_key(c, p.t, p.pos); break;
    case LATER_EMBEDDED_FIELD: check_embedded_field(c, p.t, p.pos); break;
    case LATER_INTERFACE: iface_duplicates(c, p.t); break;
    }
  }
  vec_free(&c->types_later);
  c->file = file;
}

/* embedded_name: the field name of an embedded field: T, *T, p.T, *p.T. */
static Node *embedded_name(Node *t) {
  if (t->kind == N_STAR) t = t->star.x;
  if (t->kind == N_PAREN) t = ast_unparen(t);
  if (t->kind == N_SELECTOR) return t->selector.sel;
  return t->kind == N_IDENT ? t : NULL;
}

static Object *find_field(ObjList *l, const char *name) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i]->name == name) return l->items[i];
  return NULL;
}

/* add_field: a duplicate is reported and left out, as types2 does (so a
** selector finds the first one instead of being ambiguous). */
static bool add_field(Checker *c, Type *st, Object *f) {
  Object *alt = is_blank(f->name) ? NULL : find_field(&st->strct.fields, f->name);
  if (alt) {
    check_errorf(c, f->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                 f->name, alt->file ? alt->file->path : "", alt->pos.line,
                 alt->pos.col, f->name);
    return false;
  }
  vec_push(&st->strct.fields, f);
  return true;
}

static const char *tag_value(Node *tag) {
  if (!tag) return NULL;
  StrBuf sb = {0};
  lex_string_value(tag->basiclit.lit, tag->basiclit.len, &sb);
  const char *s = xstrndup(sb_str(&sb), sb.len);
  sb_free(&sb);
  return s;
}

static Type *struct_type(Checker *c, Node *e) {
  Type *st = new_type(T_STRUCT);
  VEC(const char *) tags = {0}; /* parallel to fields; kept if any is set */
  bool any_tag = false;
  for (int i = 0; i < e->structtype.fields.len; i++) {
    Node *fd = e->structtype.fields.items[i];
    Type *ft = typexpr(c, fd->field.type);
    const char *tag = tag_value(fd->field.tag);
    any_tag |= tag != NULL;
    if (fd->field.names.len == 0) {
      Node *nm = embedded_name(fd->field.type);
      Object *f = new_object(OBJ_VAR, nm ? nm->ident.name : intern_cstr("_"), ft,
                             fd->field.type->pos, c->file, c->pkg);
      f->is_field = f->embedded = true;
      if (nm) nm->obj = nm->obj ? nm->obj : f;
      if (add_field(c, st, f)) vec_push(&tags, tag);
      type_later(c, ft, fd->field.type->pos, LATER_EMBEDDED_FIELD);
      continue;
    }
    for (int j = 0; j < fd->field.names.len; j++) {
      Node *nm = fd->field.names.items[j];
      Object *f = new_object(OBJ_VAR, nm->ident.name, ft, nm->pos, c->file, c->pkg);
      f->is_field = true;
      nm->obj = f;
      if (add_field(c, st, f)) vec_push(&tags, tag);
    }
  }
  if (any_tag) st->strct.tags = tags.items;
  else vec_free(&tags);
  return st;
}

static int cmp_method(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  return strcmp(x->name, y->name);
}

typedef VEC(Pos) PosList;

/* add_iface_method adds m, written at pos, to t's method set. mpos is
** parallel to t->iface.all: as in types2, a method of an embedded interface
** is "declared" where the interface is embedded. An explicit duplicate is an
** error, an embedded one only when the signatures differ. */
static void add_iface_method(Checker *c, Type *t, ObjList *all, Object *m, Pos pos, PosList *mpos,
                             bool explicit) {
  for (int i = 0; i < all->len; i++) {
    Object *alt = all->items[i];
    if (alt->name != m->name) continue;
    if (c && (explicit || !identical(alt->type, m->type))) {
      const SrcFile *file = c->file;
      c->file = t->iface.file;
      check_errorf(c, pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
                   m->name, t->iface.file ? t->iface.file->path : "", mpos->items[i].line,
                   mpos->items[i].col, m->name);
      c->file = file;
    }
    return;
  }
  vec_push(all, m);
  vec_push(mpos, pos);
}

/* collect_iface_methods puts t's method set, unsorted, into *all; c NULL
** when completing lazily: no errors then. */
static void collect_iface_methods(Checker *c, Type *t, ObjList *all) {
  t->iface.dups_checked |= c != NULL;
  PosList mpos = {0};
  for (int i = 0; i < t->iface.methods.len; i++) {
    Object *m = t->iface.methods.items[i];
    add_iface_method(c, t, all, m, m->pos, &mpos, true);
  }
  for (int i = 0; i < t->iface.embeddeds.len; i++) {
    Type *e = under(t->iface.embeddeds.items[i]);
    if (e->kind != T_INTERFACE) continue;
    complete_interface(c, e);
    for (int j = 0; j < e->iface.all.len; j++)
      add_iface_method(c, t, all, e->iface.all.items[j], t->iface.embed_pos.items[i], &mpos, false);
  }
  vec_free(&mpos);
}

/* iface_duplicates reports the duplicate methods of an interface whose
** completion was deferred (it may have been completed lazily since). */
static void iface_duplicates(Checker *c, Type *t) {
  if (t->iface.dups_checked) return;
  ObjList all = {0};
  collect_iface_methods(c, t, &all);
  vec_free(&all);
}

/* embeds_undeclared: t embeds a named interface whose declaration is under
** way (type I1 interface{ m() I2 }; type I2 interface{ I1 }): its methods
** are not known yet, so t is completed later, when first used (types2
** computes type sets lazily too). */
static bool embeds_undeclared(Type *t) {
  for (int i = 0; i < t->iface.embeddeds.len; i++) {
    Type *e = t->iface.embeddeds.items[i];
    if (e->kind == T_NAMED && !e->named.underlying) return true;
  }
  return false;
}

/* complete_interface computes iface.all (c may be NULL: no errors). */
void complete_interface(Checker *c, Type *t) {
  if (t->iface.state != 0 || embeds_undeclared(t)) return;
  t->iface.state = 1;
  collect_iface_methods(c, t, &t->iface.all);
  if (t->iface.all.len > 1)
    qsort(t->iface.all.items, (size_t)t->iface.all.len, sizeof(Object *), cmp_method);
  t->iface.state = 2;
}

static Type *interface_type(Checker *c, Node *e, Type *def) {
  Type *t = new_type(T_INTERFACE);
  t->iface.file = c->file;
  Type *recv_type = def ? def : t;
  for (int i = 0; i < e->interfacetype.methods.len; i++) {
    Node *fd = e->interfacetype.methods.items[i];
    if (fd->field.names.len == 0) {
      Type *et = typexpr(c, fd->field.type);
      if (et != typ_invalid && under(et)->kind != T_INTERFACE && under(et) != typ_invalid) {
        StrBuf sb = {0};
        check_errorf(c, fd->field.type->pos, "cannot use %s as interface: not supported by subgo (type constraints are generics)",
                     tstr(c, et, &sb));
        sb_free(&sb);
        continue;
      }
      vec_push(&t->iface.embeddeds, et);
      vec_push(&t->iface.embed_pos, fd->field.type->pos);
      continue;
    }
    Node *nm = fd->field.names.items[0];
    Type *sig = func_type(c, fd->field.type, NULL, NULL);
    Object *recv = new_object(OBJ_VAR, intern_cstr(""), recv_type, nm->pos, c->file, c->pkg);
    sig->sig.recv = recv;
    Object *m = new_object(OBJ_FUNC, nm->ident.name, sig, nm->pos, c->file, c->pkg);
    nm->obj = m;
    if (is_blank(m->name)) {
      check_errorf(c, nm->pos, "methods must have a unique non-blank name");
      continue;
    }
    vec_push(&t->iface.methods, m);
  }
  /* types2 keeps explicit methods sorted by name (messages print them so);
  ** insertion sort is stable, so duplicates keep source order */
  ObjList *ms = &t->iface.methods;
  for (int i = 1; i < ms->len; i++)
    for (int j = i; j > 0 && strcmp(ms->items[j - 1]->name, ms->items[j]->name) > 0; j--) {
      Object *tmp = ms->items[j];
      ms->items[j] = ms->items[j - 1];
      ms->items[j - 1] = tmp;
    }
  /* Embedded named interfaces may still be incomplete: complete later. */
  bool ready = true;
  for (int i = 0; i < t->iface.embeddeds.len; i++)
    if (!under(t->iface.embeddeds.items[i]) || under(t->iface.embeddeds.items[i]) == typ_invalid)
      ready = false;
  if (ready) complete_interface(c, t);
  else type_later(c, t, e->pos, LATER_INTERFACE);
  return t;
}

/* collect_params declares a field list's names into scope (if any); the
** vars come out as a tuple. */
static Type *collect_params(Checker *c, NodeList *fields, Scope *scope,
                            bool variadic_ok, bool *variadic) {
  ObjList vars = {0};
  for (int i = 0; i < fields->len; i++) {
    Node *fd = fields->items[i];
    Node *te = fd->field.type;
    Type *t;
    if (te->kind == N_ELLIPSIS) {
      Type *elt = typexpr(c, te->ellipsis.elt);
      t = new_slice(elt);
      if (variadic_ok && i == fields->len - 1 && fd->field.names.len <= 1) *variadic = true;
      else check_errorf(c, te->pos, "can only use ... with final parameter in list");
    } else {
      t = typexpr(c, te);
    }
    if (fd->field.names.len == 0) {
      Object *v = new_object(OBJ_VAR, intern_cstr(""), t, te->pos, c->file, c->pkg);
      v->is_param = v->used = true;
      vec_push(&vars, v);
      continue;
    }
    for (int j = 0; j < fd->field.names.len; j++) {
      Node *nm = fd->field.names.items[j];
      Object *v = new_object(OBJ_VAR, nm->ident.name, t, nm->pos, c->file, c->pkg);
      v->is_param = v->used = true;
      declare(c, scope, nm, v);
      vec_push(&vars, v);
    }
  }
  return new_tuple(vars);
}

static Object *receiver(Checker *c, Node *recv, Scope *scope) {
  Node *te = recv->field.type;
  Type *t = typexpr(c, te);
  Node *nm = recv->field.names.len ? recv->field.names.items[0] : NULL;
  Object *v = new_object(OBJ_VAR, nm ? nm->ident.name : intern_cstr(""), t,
                         nm ? nm->pos : te->pos, c->file, c->pkg);
  v->is_param = v->used = true;
  if (nm && scope) declare(c, scope, nm, v);
  Type *base = t->kind == T_POINTER ? t->pointer.elem : t;
  StrBuf sb = {0};
  if (t == typ_invalid || base == typ_invalid) return v;
  /* types2 reports at the receiver variable: its name, else its type */
  if (base->kind <= T_UNTYPED_NIL || (base->kind == T_NAMED && base->named.obj->pkg != c->pkg)) {
    check_errorf(c, v->pos, "cannot define new methods on non-local type %s", tstr(c, base, &sb));
  } else if (base->kind != T_NAMED) {
    check_errorf(c, v->pos, "invalid receiver type %s", tstr(c, t, &sb));
  } else {
    Type *u = under(base);
    if (u->kind == T_POINTER || u->kind == T_INTERFACE)
      check_errorf(c, v->pos, "invalid receiver type %s (pointer or interface type)", tstr(c, base, &sb));
  }
  sb_free(&sb);
  return v;
}

/* func_type builds a signature; with scope_out, params/results are
** declared in a new function scope returned there. */
Type *func_type(Checker *c, Node *ft, Node *recv, Scope **scope_out) {
  /* every signature has its scope, as in types2: func(i, i int) is a
   * redeclaration even where no body will use the parameters */
  Scope *scope = scope_new(c->scope, true);
  Object *rv = recv ? receiver(c, recv, scope) : NULL;
  bool variadic = false, dummy = false;
  Type *params = collect_params(c, &ft->functype.params, scope, true, &variadic);
  Type *results = collect_params(c, &ft->functype.results, scope, false, &dummy);
  Type *sig = new_signature(rv, params, results, variadic);
  set_type_node(ft, sig);
  if (scope_out) *scope_out = scope;
  return sig;
}

static Type *qualified_type(Checker *c, Node *e) {
  Operand x;
  selector(c, &x, e);
  if (x.mode == MODE_TYPEXPR) return x.type;
  if (x.mode != MODE_INVALID) {
    StrBuf sb = {0};
    check_errorf(c, e->pos, "%s is not a type", operand_string(c, &x, &sb));
    sb_free(&sb);
  }
  return typ_invalid;
}

static Type *name_type(Checker *c, Node *e) {
  Operand x;
  ident(c, &x, e, true);
  StrBuf sb = {0};
  switch (x.mode) {
  case MODE_TYPEXPR: {
    TypeKind k = under(x.type)->kind;
    if (k == T_COMPLEX64 || k == T_COMPLEX128) {
      check_errorf(c, e->pos, "complex numbers are not supported by subgo (type %s)", e->ident.name);
      return typ_invalid;
    }
    return x.type;
  }
  case MODE_INVALID: break;
  case MODE_NOVALUE:
    check_errorf(c, e->pos, "%s used as type", operand_string(c, &x, &sb));
    break;
  default:
    check_errorf(c, e->pos, "%s is not a type", operand_string(c, &x, &sb));
  }
  sb_free(&sb);
  return typ_invalid;
}

static Type *array_type(Checker *c, Node *e) {
  Node *len = e->arraytype.len;
  if (!len) return new_slice(typexpr(c, e->arraytype.elt));
  if (len->kind == N_ELLIPSIS) {
    /* syntax has no node for "...": types2 reports at the array type */
    check_errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
    typexpr(c, e->arraytype.elt);
    return typ_invalid;
  }
  int64_t n = array_length(c, len);
  Type *elt = typexpr(c, e->arraytype.elt);
  return n < 0 ? typ_invalid : new_array(elt, n);
}

/* type_internal: def is the named type being defined by this expression
** (its interface methods get it as receiver type). */
static Type *type_internal(Checker *c, Node *e, Type *def) {
  switch (e->kind) {
  case N_IDENT: return name_type(c, e);
  case N_SELECTOR: return qualified_type(c, e);
  case N_PAREN: return defined_type(c, e->paren.x, def);
  case N_ARRAYTYPE: return array_type(c, e);
  case N_ELLIPSIS:
    check_errorf(c, e->pos, "invalid use of ...");
    return typ_invalid;
  case N_STRUCTTYPE: return struct_type(c, e);
  case N_STAR: return new_pointer(typexpr(c, e->star.x));
  case N_FUNCTYPE: return func_type(c, e, NULL, NULL);
  case N_INTERFACETYPE: return interface_type(c, e, def);
  case N_MAPTYPE: {
    Type *k = typexpr(c, e->maptype.key);
    Type *v = typexpr(c, e->maptype.value);
    type_later(c, k, start_pos(e->maptype.key), LATER_MAP_KEY);
    return new_map(k, v);
  }
  case N_CHANTYPE: return new_chan(typexpr(c, e->chantype.value), e->chantype.dir);
  default: {
    Operand x;
    expr_or_type(c, &x, e, false);
    if (x.mode == MODE_TYPEXPR) return x.type;
    if (x.mode != MODE_INVALID) not_a_type(c, e, &x);
    return typ_invalid;
  }
  }
}

/* not_a_type: x, the value e denotes, was used as a type. types2 describes
** names and selectors by their operand, other expressions by their text. */
void not_a_type(Checker *c, Node *e, Operand *x) {
  StrBuf sb = {0};
  Node *u = ast_unparen(e);
  if (u->kind == N_IDENT || u->kind == N_SELECTOR)
    check_errorf(c, e->pos, "%s is not a type", operand_string(c, x, &sb));
  else
    check_errorf(c, e->pos, "%s is not a type", expr_str(e, &sb));
  sb_free(&sb);
}

Type *defined_type(Checker *c, Node *e, Type *def) {
  Type *t = type_internal(c, e, def);
  set_type_node(e, t);
  return t;
}

Type *typexpr(Checker *c, Node *e) { return defined_type(c, e, NULL); }
