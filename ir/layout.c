/*
** layout.c -- Go's amd64 memory layout of every type, shared by both back
** ends and matching runtime/runtime.h: sizes, alignments, field offsets,
** the pointer prefix and bitmap the collector scans, the direct-interface
** rule, and reflect's spelling of types (RType.str).
**
** Rules (gc's types/size.go): basic types have their natural size and
** alignment (int, uint, uintptr, pointers 8); string {ptr,len} 16, slice
** {ptr,len,cap} 24, interface {tab/type,data} 16, map/chan/func one
** pointer; an array is len * elem; a struct lays fields out at increasing
** offsets aligned to each field's alignment and rounds its size up to the
** largest alignment, plus one byte when the last field has size zero (so a
** pointer to it cannot point past the object). ptrdata is the length of
** the prefix that holds pointers: everything after the last pointer word
** can be skipped by the collector.
*/
#include "lower.h"

static int64_t round_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

static int64_t basic_size(TypeKind k) {
  switch (k) {
  case T_BOOL: case T_INT8: case T_UINT8: return 1;
  case T_INT16: case T_UINT16: return 2;
  case T_INT32: case T_UINT32: case T_FLOAT32: return 4;
  case T_STRING: return 16;
  case T_COMPLEX128: return 16;
  default: return 8;
  }
}

/* struct_layout: offsets of the fields (if offs) and the struct's size */
static int64_t struct_layout(Type *st, int64_t *offs) {
  int64_t off = 0, align = 1;
  int n = st->strct.fields.len;
  for (int i = 0; i < n; i++) {
    Type *ft = st->strct.fields.items[i]->type;
    int64_t a = ir_alignof(ft);
    off = round_up(off, a);
    if (offs) offs[i] = off;
    off += ir_sizeof(ft);
    if (a > align) align = a;
  }
  if (n > 0 && off > 0 && ir_sizeof(st->strct.fields.items[n - 1]->type) == 0) off++;
  return round_up(off, align);
}

int64_t ir_sizeof(Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_SLICE: return 24;
  case T_INTERFACE: return 16;
  case T_ARRAY: return u->array.len * ir_sizeof(u->array.elem);
  case T_STRUCT: return struct_layout(u, NULL);
  case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: return 8;
  default: return basic_size(u->kind);
  }
}

int64_t ir_alignof(Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_ARRAY: return ir_alignof(u->array.elem);
  case T_STRUCT: {
    int64_t a = 1;
    for (int i = 0; i < u->strct.fields.len; i++) {
      int64_t fa = ir_alignof(u->strct.fields.items[i]->type);
      if (fa > a) a = fa;
    }
    return a;
  }
  case T_BOOL: case T_INT8: case T_UINT8: return 1;
  case T_INT16: case T_UINT16: return 2;
  case T_INT32: case T_UINT32: case T_FLOAT32: return 4;
  default: return 8;
  }
}

int64_t ir_field_offset(Type *strct, int i) {
  Type *u = ty_under(strct);
  int64_t *offs = xcalloc((size_t)u->strct.fields.len + 1, sizeof(int64_t));
  struct_layout(u, offs);
  int64_t off = offs[i];
  free(offs);
  return off;
}

int64_t ir_ptrdata(Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_STRING: case T_SLICE: case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: return 8;
  case T_INTERFACE: return 16;
  case T_ARRAY: {
    int64_t e = ir_ptrdata(u->array.elem);
    return e == 0 || u->array.len == 0 ? 0 : (u->array.len - 1) * ir_sizeof(u->array.elem) + e;
  }
  case T_STRUCT: {
    int64_t p = 0;
    for (int i = 0; i < u->strct.fields.len; i++) {
      int64_t fp = ir_ptrdata(u->strct.fields.items[i]->type);
      if (fp) p = ir_field_offset(u, i) + fp;
    }
    return p;
  }
  default: return 0;
  }
}

static void ptrmask_at(Type *t, int64_t off, uint8_t *mask) {
  Type *u = ty_under(t);
  int64_t w = off / 8;
  switch (u->kind) {
  case T_STRING: case T_SLICE: case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC:
    mask[w / 8] |= (uint8_t)(1u << (w % 8));
    return;
  case T_INTERFACE:
    mask[w / 8] |= (uint8_t)(1u << (w % 8));
    mask[(w + 1) / 8] |= (uint8_t)(1u << ((w + 1) % 8));
    return;
  case T_ARRAY: {
    if (!ir_ptrdata(u->array.elem)) return;
    int64_t es = ir_sizeof(u->array.elem);
    for (int64_t i = 0; i < u->array.len; i++) ptrmask_at(u->array.elem, off + i * es, mask);
    return;
  }
  case T_STRUCT:
    for (int i = 0; i < u->strct.fields.len; i++) {
      Type *ft = u->strct.fields.items[i]->type;
      if (ir_ptrdata(ft)) ptrmask_at(ft, off + ir_field_offset(u, i), mask);
    }
    return;
  default: return;
  }
}

void ir_ptrmask(Type *t, uint8_t *mask) { ptrmask_at(t, 0, mask); }

bool ir_is_direct_iface(Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC: return true;
  case T_ARRAY: return u->array.len == 1 && ir_is_direct_iface(u->array.elem);
  case T_STRUCT: return u->strct.fields.len == 1 && ir_is_direct_iface(u->strct.fields.items[0]->type);
  default: return false;
  }
}

/* ---- reflect's type strings ---- */

static const char *const kind_names[] = {
    [T_BOOL] = "bool", [T_INT] = "int", [T_INT8] = "int8", [T_INT16] = "int16",
    [T_INT32] = "int32", [T_INT64] = "int64", [T_UINT] = "uint", [T_UINT8] = "uint8",
    [T_UINT16] = "uint16", [T_UINT32] = "uint32", [T_UINT64] = "uint64",
    [T_UINTPTR] = "uintptr", [T_FLOAT32] = "float32", [T_FLOAT64] = "float64",
    [T_COMPLEX64] = "complex64", [T_COMPLEX128] = "complex128", [T_STRING] = "string",
};

static void write_tstr(StrBuf *sb, Type *t);

static void write_tuple(StrBuf *sb, Type *tup, bool variadic) {
  int n = tup->tuple.vars.len;
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(sb, ", ");
    Type *pt = tup->tuple.vars.items[i]->type;
    if (variadic && i == n - 1) {
      sb_puts(sb, "...");
      write_tstr(sb, ty_under(pt)->slice.elem);
    } else {
      write_tstr(sb, pt);
    }
  }
}

static void write_sig(StrBuf *sb, Type *t) {
  sb_putc(sb, '(');
  write_tuple(sb, t->sig.params, t->sig.variadic);
  sb_putc(sb, ')');
  int nr = t->sig.results->tuple.vars.len;
  if (nr == 1) {
    sb_putc(sb, ' ');
    write_tstr(sb, t->sig.results->tuple.vars.items[0]->type);
  } else if (nr > 1) {
    sb_puts(sb, " (");
    write_tuple(sb, t->sig.results, false);
    sb_putc(sb, ')');
  }
}

static void write_struct(StrBuf *sb, Type *t) {
  int n = t->strct.fields.len;
  if (n == 0) {
    sb_puts(sb, "struct {}");
    return;
  }
  sb_puts(sb, "struct { ");
  for (int i = 0; i < n; i++) {
    Object *f = t->strct.fields.items[i];
    if (i) sb_puts(sb, "; ");
    if (!f->embedded) sb_printf(sb, "%s ", f->name);
    write_tstr(sb, f->type);
    const char *tag = t->strct.tags ? t->strct.tags[i] : NULL;
    if (tag) {
      sb_puts(sb, " \"");
      for (const char *p = tag; *p; p++) {
        if (*p == '"' || *p == '\\') sb_putc(sb, '\\');
        sb_putc(sb, *p);
      }
      sb_putc(sb, '"');
    }
  }
  sb_puts(sb, " }");
}

static void write_iface(StrBuf *sb, Type *t) {
  int n = t->iface.all.len;
  if (n == 0) {
    sb_puts(sb, "interface {}");
    return;
  }
  sb_puts(sb, "interface { ");
  for (int i = 0; i < n; i++) {
    Object *m = t->iface.all.items[i];
    if (i) sb_puts(sb, "; ");
    sb_puts(sb, m->name);
    write_sig(sb, m->type);
  }
  sb_puts(sb, " }");
}

static void write_tstr(StrBuf *sb, Type *t) {
  switch (t->kind) {
  case T_NAMED: {
    Object *o = t->named.obj;
    if (o->pkg) sb_printf(sb, "%s.", o->pkg->name);
    sb_puts(sb, o->name);
    return;
  }
  case T_POINTER: sb_putc(sb, '*'); write_tstr(sb, t->pointer.elem); return;
  case T_SLICE: sb_puts(sb, "[]"); write_tstr(sb, t->slice.elem); return;
  case T_ARRAY: sb_printf(sb, "[%lld]", (long long)t->array.len); write_tstr(sb, t->array.elem); return;
  case T_MAP:
    sb_puts(sb, "map[");
    write_tstr(sb, t->map.key);
    sb_putc(sb, ']');
    write_tstr(sb, t->map.elem);
    return;
  case T_CHAN: {
    Type *e = t->chan.elem;
    bool paren = t->chan.dir == CHAN_BOTH && e->kind == T_CHAN && e->chan.dir == CHAN_RECV;
    sb_puts(sb, t->chan.dir == CHAN_RECV ? "<-chan " : t->chan.dir == CHAN_SEND ? "chan<- " : "chan ");
    if (paren) sb_putc(sb, '(');
    write_tstr(sb, e);
    if (paren) sb_putc(sb, ')');
    return;
  }
  case T_FUNC: sb_puts(sb, "func"); write_sig(sb, t); return;
  case T_STRUCT: write_struct(sb, t); return;
  case T_INTERFACE: write_iface(sb, t); return;
  default:
    if (t->kind <= T_STRING) sb_puts(sb, kind_names[t->kind]);
    else sb_puts(sb, t->basic.name);
    return;
  }
}

const char *ir_type_string(Type *t) {
  StrBuf sb = {0};
  write_tstr(&sb, t);
  const char *s = intern_cstr(sb_str(&sb));
  sb_free(&sb);
  return s;
}
