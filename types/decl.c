/*
** decl.c -- declarations: package-level objects checked lazily by
** obj_decl, and declarations inside functions (decl_stmt).
**
** obj_decl colours objects white -> grey -> black. Meeting a grey object
** means a dependency cycle; as in types2 a cycle is fine if it goes through
** a type definition (type T struct{ next *T }) and only values-only cycles
** are left to the initialization-order check. A defined type whose RHS
** resolves to itself ("type T T", struct containment) is an invalid
** recursive type, found by valid_type after the declaration.
*/
#include "check.h"

static Scope *file_scope(Checker *c, const SrcFile *f) {
  for (int i = 0; i < c->pkg->nfiles; i++)
    if (c->pkg->files[i]->src == f) return c->file_scopes[i];
  return c->pkg->scope;
}

static void cycle_error(Checker *c, Object **cycle, int n) {
  int first = 0;
  for (int i = 1; i < n; i++)
    if (pos_before(cycle[i]->pos, cycle[first]->pos)) first = i;
  Object *o = cycle[first];
  StrBuf sb = {0};
  sb_printf(&sb, "%s %s", o->kind == OBJ_TYPENAME ? "invalid recursive type" : "illegal cycle in declaration of", o->name);
  for (int k = 0, i = first; k < n; k++) {
    sb_printf(&sb, "\n\t%s:%d:%d: %s refers to", o->file->path, o->pos.line, o->pos.col, o->name);
    i = (i + 1) % n;
    o = cycle[i];
  }
  sb_printf(&sb, "\n\t%s:%d:%d: %s", o->file->path, o->pos.line, o->pos.col, o->name);
  const SrcFile *saved = c->file;
  c->file = cycle[first]->file;
  check_errorf(c, cycle[first]->pos, "%s", sb.buf);
  c->file = saved;
  sb_free(&sb);
}

/* valid_cycle: types2's rule for a grey object met again. */
static bool valid_cycle(Checker *c, Object *obj) {
  int start = 0;
  while (start < c->obj_path.len && c->obj_path.items[start] != obj) start++;
  int n = c->obj_path.len - start, nval = 0, ndef = 0;
  for (int i = start; i < c->obj_path.len; i++) {
    Object *o = c->obj_path.items[i];
    if (o->kind == OBJ_CONST || o->kind == OBJ_VAR) nval++;
    else if (o->kind == OBJ_TYPENAME && !o->alias) ndef++;
  }
  if (nval == n) return true;
  if (nval == 0 && ndef > 0) return true;
  cycle_error(c, c->obj_path.items + start, n);
  return false;
}

static void const_decl(Checker *c, Object *obj) {
  Node *spec = obj->init_spec;
  c->iota = const_int(obj->decl->valuespec.iota);
  if (spec != obj->decl) c->errpos = obj->pos;
  Type *t = NULL;
  if (spec->valuespec.type) {
    t = typexpr(c, spec->valuespec.type);
    if (!is_const_type(t) && t != typ_invalid) {
      StrBuf sb = {0};
      check_errorf(c, start_pos(spec->valuespec.type), "invalid constant type %s", tstr(c, t, &sb));
      sb_free(&sb);
      t = typ_invalid;
    }
    obj->type = t;
  }
  Operand x = {0};
  if (obj->init_index < spec->valuespec.values.len) {
    expr(c, &x, spec->valuespec.values.items[obj->init_index]);
  } else {
    if (spec == obj->decl || obj->init_index >= spec->valuespec.values.len) {
      c->errpos = (Pos){0, 0};
    }
    x.mode = MODE_INVALID;
  }
  init_const(c, obj, &x);
  c->errpos = (Pos){0, 0};
  c->iota = NULL;
}

static void var_decl(Checker *c, Object *obj) {
  Node *spec = obj->decl;
  NodeList *values = &spec->valuespec.values;
  Type *t = spec->valuespec.type ? typexpr(c, spec->valuespec.type) : NULL;
  int nnames = spec->valuespec.names.len;
  if (values->len == 0) {
    obj->type = t ? t : typ_invalid;
    return;
  }
  if (nnames == values->len || values->len != 1) {
    /* a count mismatch is reported by arity() */
    obj->type = t;
    if (obj->init_index >= values->len) {
      obj->type = t ? t : typ_invalid;
      return;
    }
    Operand x;
    expr_with_hint(c, &x, values->items[obj->init_index], t);
    init_var(c, obj, &x, "variable declaration");
    return;
  }
  Object **lhs = xcalloc((size_t)nnames, sizeof(Object *));
  for (int i = 0; i < nnames; i++) {
    lhs[i] = spec->valuespec.names.items[i]->obj;
    lhs[i]->type = t;
  }
  init_vars(c, lhs, nnames, values, NULL);
  free(lhs);
}

static void collect_methods(Checker *c, Object *obj, Type *named) {
  Type *u = under(named);
  for (int i = 0; i < obj->methods.len; i++) {
    Object *m = obj->methods.items[i];
    Object *alt = find_method(&named->named.methods, m->name);
    const SrcFile *saved = c->file;
    c->file = m->file;
    if (alt) {
      check_errorf(c, m->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                   obj->name, m->name, alt->file->path, alt->pos.line, alt->pos.col, m->name);
      c->file = saved;
      continue;
    }
    if (u->kind == T_STRUCT)
      for (int j = 0; j < u->strct.fields.len; j++) {
        Object *f = u->strct.fields.items[j];
        if (f->name == m->name)
          check_errorf(c, m->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
                       m->name, f->file->path, f->pos.line, f->pos.col, m->name);
      }
    c->file = saved;
    vec_push(&named->named.methods, m);
  }
}

/* valid_type reports named types that contain themselves by value, or as
** an embedded interface (types2's validType); false once it reported.
** *incomplete is set when it met a type still being declared: the types on
** the path are then not known valid yet and are walked again when that
** declaration ends (type T1 struct{ f T2 } declares T2 while T1 is open). */
static bool valid_type(Checker *c, Type *t, ObjList *path, bool *incomplete) {
  switch (t->kind) {
  case T_ARRAY: return valid_type(c, t->array.elem, path, incomplete);
  case T_STRUCT:
    for (int i = 0; i < t->strct.fields.len; i++)
      if (!valid_type(c, t->strct.fields.items[i]->type, path, incomplete)) return false;
    return true;
  case T_INTERFACE:
    for (int i = 0; i < t->iface.embeddeds.len; i++)
      if (!valid_type(c, t->iface.embeddeds.items[i], path, incomplete)) return false;
    return true;
  case T_NAMED: {
    Object *o = t->named.obj;
    if (o->pkg != c->pkg || o->vstate == 2) return true;
    if (o->vstate == 1) {
      int start = 0;
      while (path->items[start] != o) start++;
      cycle_error(c, path->items + start, path->len - start);
      t->named.underlying = typ_invalid;
      return false;
    }
    if (!t->named.underlying) {
      *incomplete = true;
      return true;
    }
    o->vstate = 1;
    vec_push(path, o);
    bool ok = valid_type(c, t->named.rhs ? t->named.rhs : t->named.underlying, path, incomplete);
    path->len--;
    o->vstate = ok && !*incomplete ? 2 : 0;
    return ok;
  }
  default:
    return true;
  }
}

/* set_underlying completes a named type, then every pending `type T2 T1`
** that was waiting for it, in turn. */
static void set_underlying(Checker *c, Type *named, Type *u) {
  named->named.underlying = u;
  if (u->kind == T_INTERFACE) complete_interface(c, u);
  for (int i = 0; i < c->under_pending.len; i++) {
    PendingUnder p = c->under_pending.items[i];
    if (p.rhs != named) continue;
    c->under_pending.items[i] = c->under_pending.items[--c->under_pending.len];
    set_underlying(c, p.named, u);
    i = -1; /* the list changed under us */
  }
}

static PendingUnder *pending_for(Checker *c, Type *named) {
  for (int i = 0; i < c->under_pending.len; i++)
    if (c->under_pending.items[i].named == named) return &c->under_pending.items[i];
  return NULL;
}

/* defer_underlying: named's right-hand side is the type name rhs, whose own
** declaration is still under way. Valid when that declaration ends in a
** type literal (type T1 struct{ next *T2 }; type T2 T1); a chain of names
** that leads back to named (type A B; type B A) is types2's "invalid
** recursive type" from Named.under. */
static void defer_underlying(Checker *c, Type *named, Type *rhs) {
  ObjList cycle = {0};
  vec_push(&cycle, named->named.obj);
  for (Type *t = rhs; t; t = pending_for(c, t) ? pending_for(c, t)->rhs : NULL) {
    if (t == named) {
      cycle_error(c, cycle.items, cycle.len);
      for (int i = 0; i < cycle.len; i++) {
        PendingUnder *p = pending_for(c, cycle.items[i]->type);
        if (p) *p = c->under_pending.items[--c->under_pending.len];
      }
      set_underlying(c, named, typ_invalid);
      vec_free(&cycle);
      return;
    }
    vec_push(&cycle, t->named.obj);
  }
  vec_free(&cycle);
  PendingUnder p = {named, rhs};
  vec_push(&c->under_pending, p);
}

static void type_decl_obj(Checker *c, Object *obj, Node *spec) {
  Node *rhs = spec->typespec.type;
  if (spec->typespec.alias) {
    obj->type = typ_invalid;
    obj->type = typexpr(c, rhs);
    return;
  }
  Type *named = new_named(obj, NULL);
  obj->type = named;
  Type *t = defined_type(c, rhs, named);
  Type *u = t->kind == T_NAMED ? t->named.underlying : t;
  if (t->kind == T_NAMED) named->named.rhs = t;
  if (u) set_underlying(c, named, u);
  else defer_underlying(c, named, t);
  ObjList path = {0};
  bool incomplete = false;
  valid_type(c, named, &path, &incomplete);
  vec_free(&path);
  collect_methods(c, obj, named);
}

static void func_decl(Checker *c, Object *obj) {
  Node *fd = obj->decl;
  Scope *scope;
  obj->type = typ_invalid; /* guard against cycles through the signature */
  obj->color = 2;
  Type *sig = func_type(c, fd->funcdecl.type, fd->funcdecl.recv, &scope);
  obj->color = 1;
  obj->type = sig;
  if (sig->sig.recv && sig->sig.recv->type->kind == T_POINTER) obj->ptr_recv = true;
  if (fd->funcdecl.body) {
    Delayed d = {obj, c->file, sig, fd->funcdecl.body, scope, obj->name, NULL};
    check_later(c, d);
  }
}

void obj_decl(Checker *c, Object *obj) {
  if (obj->color == 0 && obj->type && obj->kind != OBJ_TYPENAME) {
    obj->color = 2;
    return;
  }
  if (obj->color == 2) return;
  if (obj->color == 1) {
    bool ok = valid_cycle(c, obj);
    if ((obj->kind == OBJ_CONST || obj->kind == OBJ_VAR) && (!ok || !obj->type))
      obj->type = typ_invalid;
    if (obj->kind == OBJ_TYPENAME && !ok) obj->type = typ_invalid;
    return;
  }
  Checker saved = *c;
  obj->color = 1;
  vec_push(&c->obj_path, obj);
  c->file = obj->file;
  c->scope = file_scope(c, obj->file);
  c->decl = obj;
  c->iota = NULL;
  c->errpos = (Pos){0, 0};
  c->fn = NULL;
  switch (obj->kind) {
  case OBJ_CONST: const_decl(c, obj); break;
  case OBJ_VAR: var_decl(c, obj); break;
  case OBJ_TYPENAME: type_decl_obj(c, obj, obj->decl); break;
  case OBJ_FUNC: func_decl(c, obj); break;
  default: break;
  }
  c->obj_path.len--;
  obj->color = 2;
  c->file = saved.file;
  c->scope = saved.scope;
  c->decl = saved.decl;
  c->iota = saved.iota;
  c->errpos = saved.errpos;
  c->fn = saved.fn;
}

/* package_objects: non-alias types first, then aliases, then the rest. */
void package_objects(Checker *c) {
  ObjList *objs = &c->pkg->objects;
  for (int i = 0; i < objs->len; i++)
    if (objs->items[i]->kind == OBJ_TYPENAME && !objs->items[i]->alias) obj_decl(c, objs->items[i]);
  for (int i = 0; i < objs->len; i++)
    if (objs->items[i]->kind == OBJ_TYPENAME && objs->items[i]->alias) obj_decl(c, objs->items[i]);
  for (int i = 0; i < objs->len; i++)
    if (objs->items[i]->kind != OBJ_TYPENAME) obj_decl(c, objs->items[i]);
}

/* ---- declarations in function bodies ---- */

/* arity: types2's check of a var or const spec's name and value counts.
** A var spec with one value may be a multi-valued call, checked later. */
void arity(Checker *c, Node *spec, NodeList *values, bool is_const, bool inherited) {
  NodeList *names = &spec->valuespec.names;
  int l = names->len, r = values ? values->len : 0;
  StrBuf sb = {0};
  if (l < r) {
    Node *n = values->items[l];
    if (inherited)
      check_errorf(c, spec->pos, "extra init expr at %s:%d:%d", c->file->path, n->pos.line, n->pos.col);
    else
      check_errorf(c, start_pos(n), "extra init expr %s", expr_str(n, &sb));
  } else if (l > r && (is_const || r != 1)) {
    Node *n = names->items[r];
    check_errorf(c, n->pos, "missing init expr for %s", n->ident.name);
  }
  sb_free(&sb);
}

static Object *local_obj(Checker *c, ObjKind k, Node *name) {
  Object *o = new_object(k, name->ident.name, NULL, name->pos, c->file, c->pkg);
  o->color = 2;
  name->obj = o;
  return o;
}

static void local_const_spec(Checker *c, Node *spec, Node *last) {
  int n = spec->valuespec.names.len;
  Object **objs = xcalloc((size_t)n, sizeof(Object *));
  for (int i = 0; i < n; i++) {
    Node *nm = spec->valuespec.names.items[i];
    objs[i] = local_obj(c, OBJ_CONST, nm);
    objs[i]->decl = spec;
    objs[i]->init_spec = last;
    objs[i]->init_index = i;
    Object *saved = c->decl;
    const_decl(c, objs[i]);
    c->decl = saved;
  }
  arity(c, spec, last ? &last->valuespec.values : NULL, true, spec != last);
  for (int i = 0; i < n; i++) declare(c, c->scope, spec->valuespec.names.items[i], objs[i]);
  free(objs);
}

static void local_var_spec(Checker *c, Node *spec) {
  int n = spec->valuespec.names.len;
  Object **objs = xcalloc((size_t)n, sizeof(Object *));
  for (int i = 0; i < n; i++) {
    objs[i] = local_obj(c, OBJ_VAR, spec->valuespec.names.items[i]);
    objs[i]->decl = objs[i]->init_spec = spec;
    objs[i]->init_index = i;
  }
  Type *t = spec->valuespec.type ? typexpr(c, spec->valuespec.type) : NULL;
  NodeList *values = &spec->valuespec.values;
  for (int i = 0; i < n; i++) objs[i]->type = t;
  if (values->len == 1 && n > 1) {
    init_vars(c, objs, n, values, NULL);
  } else {
    for (int i = 0; i < n; i++) {
      if (i >= values->len) {
        objs[i]->type = t ? t : typ_invalid;
        continue;
      }
      Operand x;
      expr_with_hint(c, &x, values->items[i], t);
      init_var(c, objs[i], &x, "variable declaration");
    }
  }
  if (!t || values->len) arity(c, spec, values, false, false);
  /* variables left without a type count as used: no follow-on errors */
  for (int i = 0; i < n; i++) objs[i]->used |= objs[i]->type == typ_invalid;
  for (int i = 0; i < n; i++) declare(c, c->scope, spec->valuespec.names.items[i], objs[i]);
  free(objs);
}

static void local_type_spec(Checker *c, Node *spec) {
  Object *o = local_obj(c, OBJ_TYPENAME, spec->typespec.name);
  o->decl = spec;
  o->alias = spec->typespec.alias;
  declare(c, c->scope, spec->typespec.name, o);
  /* on the object path while declared, as types2 does: type T = T is a cycle */
  o->color = 1;
  vec_push(&c->obj_path, o);
  type_decl_obj(c, o, spec);
  c->obj_path.len--;
  o->color = 2;
}

void decl_stmt(Checker *c, Node *gendecl) {
  Node *last = NULL;
  for (int i = 0; i < gendecl->gendecl.specs.len; i++) {
    Node *spec = gendecl->gendecl.specs.items[i];
    switch (gendecl->gendecl.tok) {
    case TK_CONST:
      if (spec->valuespec.values.len || spec->valuespec.type || !last) last = spec;
      local_const_spec(c, spec, last);
      break;
    case TK_VAR: local_var_spec(c, spec); break;
    case TK_TYPE: local_type_spec(c, spec); break;
    default: break;
    }
  }
}
