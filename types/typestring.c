/*
** typestring.c -- types as gc prints them in messages (types2's
** typeWriter): "struct{a int; b string}", "func(x int, s ...string) (int,
** error)", "map[string][]int", "<-chan int", named types qualified by their
** package name unless they belong to the package being checked.
*/
#include "check.h"

static void write_tuple(StrBuf *sb, Type *tup, bool variadic, Package *rel) {
  sb_putc(sb, '(');
  for (int i = 0; i < tup->tuple.vars.len; i++) {
    Object *v = tup->tuple.vars.items[i];
    if (i > 0) sb_puts(sb, ", ");
    if (v->name[0]) {
      sb_puts(sb, v->name);
      sb_putc(sb, ' ');
    }
    Type *t = v->type;
    if (variadic && i == tup->tuple.vars.len - 1 && t->kind == T_SLICE) {
      sb_puts(sb, "...");
      t = t->slice.elem;
    }
    write_type(sb, t, rel);
  }
  sb_putc(sb, ')');
}

void write_signature(StrBuf *sb, Type *sig, Package *rel) {
  write_tuple(sb, sig->sig.params, sig->sig.variadic, rel);
  Type *res = sig->sig.results;
  int n = res->tuple.vars.len;
  if (n == 0) return;
  sb_putc(sb, ' ');
  if (n == 1 && !res->tuple.vars.items[0]->name[0]) {
    write_type(sb, res->tuple.vars.items[0]->type, rel);
    return;
  }
  write_tuple(sb, res, false, rel);
}

static void write_struct(StrBuf *sb, Type *t, Package *rel) {
  sb_puts(sb, "struct{");
  for (int i = 0; i < t->strct.fields.len; i++) {
    Object *f = t->strct.fields.items[i];
    if (i > 0) sb_puts(sb, "; ");
    if (!f->embedded) {
      sb_puts(sb, f->name);
      sb_putc(sb, ' ');
    }
    write_type(sb, f->type, rel);
    const char *tag = t->strct.tags ? t->strct.tags[i] : NULL;
    if (tag && tag[0]) {
      sb_putc(sb, ' ');
      quote_go(sb, tag, strlen(tag));
    }
  }
  sb_putc(sb, '}');
}

static void write_interface(StrBuf *sb, Type *t, Package *rel) {
  if (t == typ_any) {
    sb_puts(sb, "any");
    return;
  }
  sb_puts(sb, "interface{");
  bool first = true;
  for (int i = 0; i < t->iface.methods.len; i++, first = false) {
    Object *m = t->iface.methods.items[i];
    if (!first) sb_puts(sb, "; ");
    sb_puts(sb, m->name);
    write_signature(sb, m->type, rel);
  }
  for (int i = 0; i < t->iface.embeddeds.len; i++, first = false) {
    if (!first) sb_puts(sb, "; ");
    write_type(sb, t->iface.embeddeds.items[i], rel);
  }
  sb_putc(sb, '}');
}

static void write_chan(StrBuf *sb, Type *t, Package *rel) {
  Type *e = t->chan.elem;
  bool parens = t->chan.dir == CHAN_BOTH && e->kind == T_CHAN && e->chan.dir == CHAN_RECV;
  sb_puts(sb, t->chan.dir == CHAN_SEND ? "chan<- " : t->chan.dir == CHAN_RECV ? "<-chan " : "chan ");
  if (parens) sb_putc(sb, '(');
  write_type(sb, e, rel);
  if (parens) sb_putc(sb, ')');
}

void write_type(StrBuf *sb, Type *t, Package *rel) {
  if (!t) {
    sb_puts(sb, "<nil>");
    return;
  }
  switch (t->kind) {
  case T_POINTER: sb_putc(sb, '*'); write_type(sb, t->pointer.elem, rel); break;
  case T_SLICE: sb_puts(sb, "[]"); write_type(sb, t->slice.elem, rel); break;
  case T_ARRAY:
    sb_printf(sb, "[%lld]", (long long)t->array.len);
    write_type(sb, t->array.elem, rel);
    break;
  case T_MAP:
    sb_puts(sb, "map[");
    write_type(sb, t->map.key, rel);
    sb_putc(sb, ']');
    write_type(sb, t->map.elem, rel);
    break;
  case T_CHAN: write_chan(sb, t, rel); break;
  case T_STRUCT: write_struct(sb, t, rel); break;
  case T_TUPLE: write_tuple(sb, t, false, rel); break;
  case T_FUNC: sb_puts(sb, "func"); write_signature(sb, t, rel); break;
  case T_INTERFACE: write_interface(sb, t, rel); break;
  case T_NAMED: {
    Object *o = t->named.obj;
    if (o->pkg && o->pkg != rel) sb_printf(sb, "%s.", o->pkg->name);
    sb_puts(sb, o->name);
    break;
  }
  default: sb_puts(sb, t->basic.name); break;
  }
}

void type_string(StrBuf *sb, Type *t, Package *rel) { write_type(sb, t, rel); }

/* write_object: types2's ObjectString for the objects messages cite. */
void write_object(StrBuf *sb, Object *obj, Package *rel) {
  static const char *const kinds[] = {[OBJ_CONST] = "const", [OBJ_TYPENAME] = "type",
                                      [OBJ_VAR] = "var", [OBJ_FUNC] = "func",
                                      [OBJ_PKGNAME] = "package", [OBJ_LABEL] = "label"};
  const char *k = obj->kind < (int)(sizeof kinds / sizeof *kinds) ? kinds[obj->kind] : NULL;
  if (k) sb_printf(sb, "%s ", k);
  sb_puts(sb, obj->name);
  if (obj->type && obj->kind != OBJ_PKGNAME) {
    sb_putc(sb, ' ');
    write_type(sb, obj->type, rel);
  }
}
