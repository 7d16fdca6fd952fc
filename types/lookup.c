/*
** lookup.c -- field and method lookup through embedded fields, method
** sets and interface satisfaction (types2's lookup.go).
**
** lookup_field_or_method is a breadth-first search by embedding depth:
** at each depth, named types contribute their methods, structs their
** fields (and, if nothing matched yet, their embedded fields for the next
** depth), interfaces their methods. Two matches at the same depth, or a
** match through a type reached twice at that depth, make the selector
** ambiguous. The path of field indices is recorded for the IR. A method
** with a pointer receiver found on a non-addressable value without an
** indirection is reported as such (addressable_needed).
*/
#include "check.h"

typedef struct Embedded {
  Type *type;
  int path[16];
  int npath;
  bool indirect, multiples;
} Embedded;

typedef VEC(Embedded) EmbeddedList;

static Type *deref(Type *t, bool *is_ptr) {
  if (t->kind == T_POINTER) {
    *is_ptr = true;
    return t->pointer.elem;
  }
  *is_ptr = false;
  return t;
}

static bool same_id(Object *o, Package *pkg, const char *name) {
  if (o->name != name) return false;
  if (name[0] >= 'A' && name[0] <= 'Z') return true;
  return o->pkg == pkg || !o->pkg || !pkg;
}

int method_index(ObjList *l, const char *name) {
  for (int i = 0; i < l->len; i++)
    if (l->items[i]->name == name) return i;
  return -1;
}

Object *find_method(ObjList *l, const char *name) {
  int i = method_index(l, name);
  return i < 0 ? NULL : l->items[i];
}

static bool set_result(LookupResult *r, Embedded *e, int idx, Object *o) {
  memcpy(r->path, e->path, sizeof(int) * (size_t)e->npath);
  r->npath = e->npath < 15 ? e->npath + 1 : 15;
  r->path[r->npath - 1] = idx;
  if (r->obj || e->multiples) {
    r->obj = NULL;
    r->ambiguous = true;
    return false;
  }
  r->obj = o;
  r->indirect = e->indirect;
  return true;
}

/* consolidate merges entries for identical types (marking multiples). */
static void consolidate(EmbeddedList *l) {
  int n = 0;
  for (int i = 0; i < l->len; i++) {
    int j;
    for (j = 0; j < n; j++)
      if (identical(l->items[j].type, l->items[i].type)) break;
    if (j < n) l->items[j].multiples = true;
    else l->items[n++] = l->items[i];
  }
  l->len = n;
}

static void lookup_in(Type *T, bool addressable, Package *pkg, const char *name,
                      LookupResult *r) {
  memset(r, 0, sizeof *r);
  if (is_blank(name)) return;
  bool is_ptr;
  Type *typ = deref(T, &is_ptr);
  if (is_ptr && is_interface(typ)) return;
  EmbeddedList cur = {0}, next = {0};
  Embedded first = {typ, {0}, 0, is_ptr, false};
  vec_push(&cur, first);
  ObjList seen = {0};
  while (cur.len) {
    next.len = 0;
    for (int k = 0; k < cur.len; k++) {
      Embedded e = cur.items[k];
      Type *t = e.type;
      if (t->kind == T_NAMED) {
        bool dup = false;
        for (int s = 0; s < seen.len; s++)
          if (seen.items[s] == (Object *)t) dup = true;
        if (dup) continue;
        vec_push(&seen, (Object *)t);
        int mi = method_index(&t->named.methods, name);
        if (mi >= 0) {
          Object *m = t->named.methods.items[mi];
          if (same_id(m, pkg, name) && !set_result(r, &e, mi, m)) goto done;
          continue;
        }
      }
      Type *u = under(t);
      if (u->kind == T_STRUCT) {
        for (int i = 0; i < u->strct.fields.len; i++) {
          Object *f = u->strct.fields.items[i];
          if (same_id(f, pkg, name)) {
            if (!set_result(r, &e, i, f)) goto done;
            continue;
          }
          if (!r->obj && f->embedded && e.npath < 15) {
            bool p;
            Embedded ne = {deref(f->type, &p), {0}, e.npath + 1, e.indirect || p, e.multiples};
            memcpy(ne.path, e.path, sizeof(int) * (size_t)e.npath);
            ne.path[e.npath] = i;
            vec_push(&next, ne);
          }
        }
      } else if (u->kind == T_INTERFACE) {
        complete_interface(NULL, u);
        int mi = method_index(&u->iface.all, name);
        if (mi >= 0 && same_id(u->iface.all.items[mi], pkg, name) &&
            !set_result(r, &e, mi, u->iface.all.items[mi]))
          goto done;
      }
    }
    if (r->obj) {
      if (r->obj->kind == OBJ_FUNC && r->obj->ptr_recv && !r->indirect && !addressable) {
        r->obj = NULL;
        r->addressable_needed = true;
      }
      goto done;
    }
    consolidate(&next);
    EmbeddedList tmp = cur;
    cur = next;
    next = tmp;
  }
done:
  vec_free(&cur);
  vec_free(&next);
  vec_free(&seen);
}

/* A named pointer type (`type Q *T`) has no methods, not even T's, but
** reaches T's fields: look up through its underlying pointer and drop a
** method found there (types2's LookupFieldOrMethod, issue 8590). */
void lookup_field_or_method(Type *T, bool addressable, Package *pkg,
                            const char *name, LookupResult *r) {
  if (T->kind != T_NAMED || under(T)->kind != T_POINTER) {
    lookup_in(T, addressable, pkg, name, r);
    return;
  }
  lookup_in(under(T), false, pkg, name, r);
  if (r->obj && r->obj->kind == OBJ_FUNC) memset(r, 0, sizeof *r);
}

Object *missing_method(Checker *c, Type *V, Type *T, bool static_, Object **alt,
                       bool *ptr_recv) {
  Type *Ti = under(T);
  *alt = NULL;
  *ptr_recv = false;
  complete_interface(NULL, Ti);
  if (Ti->iface.all.len == 0) return NULL;
  Type *Vu = under(V);
  if (Vu->kind == T_INTERFACE) {
    complete_interface(NULL, Vu);
    for (int i = 0; i < Ti->iface.all.len; i++) {
      Object *m = Ti->iface.all.items[i];
      Object *f = find_method(&Vu->iface.all, m->name);
      if (!f) {
        if (!static_) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return NULL;
  }
  for (int i = 0; i < Ti->iface.all.len; i++) {
    Object *m = Ti->iface.all.items[i];
    LookupResult r;
    lookup_field_or_method(V, false, m->pkg, m->name, &r);
    bool found = r.obj != NULL;
    Object *f = r.obj;
    if (!found) {
      lookup_field_or_method(new_pointer(V), false, m->pkg, m->name, &r);
      f = r.obj;
      if (f) *ptr_recv = true;
    }
    if (!f || f->kind != OBJ_FUNC) return m;
    /* methods of the package being checked may not have a signature yet
    ** (types2's missingMethod calls objDecl the same way) */
    if (!f->type && c) obj_decl(c, f);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return NULL;
}

static void func_string(Checker *c, StrBuf *sb, Object *f) {
  sb_puts(sb, f->name);
  write_signature(sb, f->type, c ? c->pkg : NULL);
}

void missing_method_reason(Checker *c, StrBuf *sb, Type *V, Type *T,
                           Object *m, Object *alt, bool ptr_recv) {
  if (alt) {
    if (identical(m->type, alt->type)) {
      sb_printf(sb, "(%s method has pointer receiver)", m->name);
      return;
    }
    sb_printf(sb, "(wrong type for %s method)\n\t\thave ", m->name);
    func_string(c, sb, alt);
    sb_puts(sb, "\n\t\twant ");
    func_string(c, sb, m);
    return;
  }
  LookupResult r;
  lookup_field_or_method(V, true, m->pkg, m->name, &r);
  if (r.obj && r.obj->kind == OBJ_VAR) {
    StrBuf t = {0};
    sb_printf(sb, "(%s.%s is a field, not a method)", tstr(c, V, &t), r.obj->name);
    sb_free(&t);
    return;
  }
  sb_printf(sb, "(missing %s method)", m->name);
}

static bool is_interface_ptr(Type *t) {
  Type *u = under(t);
  return u->kind == T_POINTER && is_interface(u->pointer.elem);
}

/* implements: on failure, cause gets "V does not implement T (...)". */
bool implements(Checker *c, Type *V, Type *T, StrBuf *cause) {
  Type *Vu = under(V), *Tu = under(T);
  if (Vu == typ_invalid || Tu == typ_invalid) return true;
  if (Vu->kind == T_POINTER && under(Vu->pointer.elem) == typ_invalid) return true;
  StrBuf a = {0}, b = {0};
  bool ok = true;
  if (Tu->kind != T_INTERFACE) {
    if (cause) {
      if (is_interface_ptr(Tu))
        sb_printf(cause, "%s does not implement %s (type %s is pointer to interface, not interface)",
                  tstr(c, V, &a), tstr(c, T, &b), b.buf);
      else
        sb_printf(cause, "%s does not implement %s (%s is not an interface)", tstr(c, V, &a),
                  tstr(c, T, &b), b.buf);
    }
    ok = false;
  } else {
    Object *alt;
    bool pr;
    Object *m = missing_method(c, V, T, true, &alt, &pr);
    if (m) {
      if (cause) {
        sb_printf(cause, "%s does not implement %s ", tstr(c, V, &a), tstr(c, T, &b));
        missing_method_reason(c, cause, V, T, m, alt, pr);
      }
      ok = false;
    }
  }
  sb_free(&a), sb_free(&b);
  return ok;
}

/* assertable_to: can an interface value of type V hold a T? cause gets
** the reason in parentheses. */
bool assertable_to(Checker *c, Type *V, Type *T, StrBuf *cause) {
  if (is_interface(T)) return true;
  Object *alt;
  bool pr;
  Object *m = missing_method(c, T, V, false, &alt, &pr);
  if (!m) return true;
  missing_method_reason(c, cause, T, V, m, alt, pr);
  return false;
}
