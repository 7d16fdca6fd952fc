/*
** scope.c -- lexical scopes.
**
** A Scope maps interned names to objects. Names are interned, so the table
** hashes and compares the name *pointer*: open addressing with linear
** probing, kept at most half full. elems keeps insertion order for the
** unused-variable report and for dumps. Lookups walk the parent chain up to
** the universe; since local declarations are inserted as the statements are
** checked, an object declared later in a block is naturally invisible
** earlier in it.
*/
#include "check.h"

#include <stdarg.h>

Scope *scope_new(Scope *parent, bool is_func) {
  Scope *s = xcalloc(1, sizeof *s);
  s->parent = parent;
  s->is_func = is_func;
  return s;
}

static unsigned name_hash(const char *name) {
  uintptr_t p = (uintptr_t)name;
  return (unsigned)((p >> 4) ^ (p >> 13) ^ (p * 0x9E3779B1u));
}

static void scope_grow(Scope *s) {
  int cap = s->cap ? s->cap * 2 : 8;
  Object **slots = xcalloc((size_t)cap, sizeof *slots);
  for (int i = 0; i < s->cap; i++) {
    Object *o = s->slots[i];
    if (!o) continue;
    unsigned h = name_hash(o->name) & (unsigned)(cap - 1);
    while (slots[h]) h = (h + 1) & (unsigned)(cap - 1);
    slots[h] = o;
  }
  free(s->slots);
  s->slots = slots;
  s->cap = cap;
}

Object *scope_lookup(Scope *s, const char *name) {
  if (!s->cap) return NULL;
  unsigned mask = (unsigned)s->cap - 1;
  for (unsigned h = name_hash(name) & mask;; h = (h + 1) & mask) {
    Object *o = s->slots[h];
    if (!o) return NULL;
    if (o->name == name) return o;
  }
}

Object *scope_lookup_parent(Scope *s, const char *name) {
  for (; s; s = s->parent) {
    Object *o = scope_lookup(s, name);
    if (o) return o;
  }
  return NULL;
}

Object *scope_insert(Scope *s, Object *obj) {
  Object *alt = scope_lookup(s, obj->name);
  if (alt) return alt;
  if (2 * (s->count + 1) > s->cap) scope_grow(s);
  unsigned mask = (unsigned)s->cap - 1;
  unsigned h = name_hash(obj->name) & mask;
  while (s->slots[h]) h = (h + 1) & mask;
  s->slots[h] = obj;
  s->count++;
  vec_push(&s->elems, obj);
  if (!obj->parent) obj->parent = s;
  return NULL;
}

/* declare: blank identifiers are never inserted (they declare nothing),
** a second declaration of a name in one block is gc's "redeclared". */
void declare(Checker *c, Scope *s, Node *ident, Object *obj) {
  if (ident) ident->obj = obj;
  if (is_blank(obj->name)) return;
  Object *alt = scope_insert(s, obj);
  if (alt && alt->pos.line)
    check_errorf(c, obj->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                 obj->name, alt->file->path, alt->pos.line, alt->pos.col, alt->name);
  else if (alt)
    check_errorf(c, obj->pos, "%s redeclared in this block", obj->name);
}

Object *lookup(Checker *c, const char *name) {
  return scope_lookup_parent(c->scope, name);
}
