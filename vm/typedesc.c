/*
** typedesc.c -- run-time type descriptors (runtime.h RType, Go's _type)
** built from the checker's types (types.h Type).
**
** Canonical: identical types (types_identical) get one RType, so the
** runtime compares types by pointer (type switches, itab lookups, map
** keys of interface type), as Go compares *_type. A hash table keyed by a
** structural hash (named types hash by their declaring object; composite
** types by their parts; interfaces by method names only, which keeps the
** hash finite on recursive types) finds the candidates, types_identical
** decides.
**
** A descriptor is registered in the table before its parts are built, so
** recursive types (type L struct{ next *L }) end at the entry being built.
** Layout (size, align, pointer bitmap, Go's type string) comes from ir/'s
** layout functions, the same ones codegen uses for frames and fields.
**
** Method tables come later (vm_finish_types), once every function has a
** Proto: for each method set of IrProgram.msets, Method.ifn is the Proto
** of the function an itab calls (receiver = the interface data word).
*/
#include "vmint.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct TDEntry {
  Type *type;
  RType *rt;
  unsigned hash;
  struct TDEntry *next;
} TDEntry;

struct TypeDescs {
  TDEntry **buckets;
  int nbuckets, count;
};

static unsigned mix(unsigned h, unsigned v) { return (h ^ v) * 16777619u; }

static unsigned strhash(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = mix(h, (unsigned char)*s);
  return h;
}

static unsigned tuple_hash(Type *tuple);

static unsigned type_hash(Type *t) {
  unsigned h = mix(2166136261u, t->kind);
  switch (t->kind) {
  case T_NAMED:
    return mix(h, (unsigned)((uintptr_t)t->named.obj >> 4));
  case T_POINTER:
    return mix(h, type_hash(t->pointer.elem));
  case T_SLICE:
    return mix(h, type_hash(t->slice.elem));
  case T_ARRAY:
    return mix(mix(h, type_hash(t->array.elem)), (unsigned)t->array.len);
  case T_MAP:
    return mix(mix(h, type_hash(t->map.key)), type_hash(t->map.elem));
  case T_CHAN:
    return mix(mix(h, type_hash(t->chan.elem)), t->chan.dir);
  case T_STRUCT:
    for (int i = 0; i < t->strct.fields.len; i++) {
      Object *f = t->strct.fields.items[i];
      h = mix(mix(h, strhash(f->name)), type_hash(f->type));
    }
    return h;
  case T_FUNC:
    h = mix(h, tuple_hash(t->sig.params));
    return mix(mix(h, tuple_hash(t->sig.results)), t->sig.variadic);
  case T_INTERFACE:
    for (int i = 0; i < t->iface.all.len; i++)
      h = mix(h, strhash(t->iface.all.items[i]->name));
    return h;
  case T_TUPLE:
    return mix(h, tuple_hash(t));
  default:
    return h; /* basic types: the kind says it (byte is uint8) */
  }
}

static unsigned tuple_hash(Type *tuple) {
  unsigned h = 7;
  for (int i = 0; i < tuple->tuple.vars.len; i++)
    h = mix(h, type_hash(tuple->tuple.vars.items[i]->type));
  return h;
}

static Kind rkind(Type *t) {
  Type *u = type_underlying(t);
  switch (u->kind) {
  case T_BOOL: return KIND_BOOL;
  case T_INT: return KIND_INT;
  case T_INT8: return KIND_INT8;
  case T_INT16: return KIND_INT16;
  case T_INT32: return KIND_INT32;
  case T_INT64: return KIND_INT64;
  case T_UINT: return KIND_UINT;
  case T_UINT8: return KIND_UINT8;
  case T_UINT16: return KIND_UINT16;
  case T_UINT32: return KIND_UINT32;
  case T_UINT64: return KIND_UINT64;
  case T_UINTPTR: return KIND_UINTPTR;
  case T_FLOAT32: return KIND_FLOAT32;
  case T_FLOAT64: return KIND_FLOAT64;
  case T_COMPLEX64: return KIND_COMPLEX64;
  case T_COMPLEX128: return KIND_COMPLEX128;
  case T_STRING: return KIND_STRING;
  case T_POINTER: return KIND_POINTER;
  case T_ARRAY: return KIND_ARRAY;
  case T_SLICE: return KIND_SLICE;
  case T_MAP: return KIND_MAP;
  case T_CHAN: return KIND_CHAN;
  case T_STRUCT: return KIND_STRUCT;
  case T_FUNC: return KIND_FUNC;
  case T_INTERFACE: return KIND_INTERFACE;
  default: fatal("no run-time kind for type kind %d", u->kind);
  }
}

/* Go's == is defined on t */
static bool comparable(Type *t) {
  Type *u = type_underlying(t);
  switch (u->kind) {
  case T_SLICE: case T_MAP: case T_FUNC:
    return false;
  case T_ARRAY:
    return comparable(u->array.elem);
  case T_STRUCT:
    for (int i = 0; i < u->strct.fields.len; i++)
      if (!comparable(u->strct.fields.items[i]->type))
        return false;
    return true;
  default:
    return true;
  }
}

/* == and hashing are plain memory operations on t: no floats, strings,
** interfaces, blank fields or padding (Go's isRegularMemory) */
static bool regmem(Type *t) {
  Type *u = type_underlying(t);
  switch (u->kind) {
  case T_FLOAT32: case T_FLOAT64: case T_COMPLEX64: case T_COMPLEX128:
  case T_STRING: case T_INTERFACE: case T_SLICE: case T_MAP: case T_FUNC:
    return false;
  case T_ARRAY:
    return regmem(u->array.elem);
  case T_STRUCT: {
    int64_t end = 0;
    for (int i = 0; i < u->strct.fields.len; i++) {
      Object *f = u->strct.fields.items[i];
      if (strcmp(f->name, "_") == 0 || !regmem(f->type) || ir_field_offset(u, i) != end)
        return false;
      end += ir_sizeof(f->type);
    }
    return end == ir_sizeof(u);
  }
  default:
    return true;
  }
}

static bool exported(const char *name) { return isupper((unsigned char)name[0]) != 0; }

static const char *obj_pkgpath(Object *o) { return o->pkg ? o->pkg->path : NULL; }

/* ---- the table ---- */

static RType *lookup(TypeDescs *td, Type *t, unsigned h) {
  for (TDEntry *e = td->buckets[h % td->nbuckets]; e; e = e->next)
    if (e->hash == h && (e->type == t || types_identical(e->type, t)))
      return e->rt;
  return NULL;
}

/* rehash into twice as many buckets (256 at first) */
static void grow(TypeDescs *td) {
  int n = td->nbuckets ? td->nbuckets * 2 : 256;
  TDEntry **nb = xcalloc((size_t)n, sizeof *nb);
  for (int i = 0; i < td->nbuckets; i++)
    for (TDEntry *e = td->buckets[i], *next; e; e = next) {
      next = e->next;
      e->next = nb[e->hash % n];
      nb[e->hash % n] = e;
    }
  free(td->buckets);
  td->buckets = nb;
  td->nbuckets = n;
}

static void insert(TypeDescs *td, Type *t, unsigned h, RType *rt) {
  if (td->count * 2 >= td->nbuckets)
    grow(td);
  TDEntry *e = xcalloc(1, sizeof *e);
  e->type = t;
  e->rt = rt;
  e->hash = h;
  e->next = td->buckets[h % td->nbuckets];
  td->buckets[h % td->nbuckets] = e;
  td->count++;
}

/* ---- building one descriptor ---- */

static const RType **tuple_rtypes(VmProgram *vp, Type *tuple, const RType **out) {
  for (int i = 0; i < tuple->tuple.vars.len; i++)
    *out++ = vm_rtype(vp, tuple->tuple.vars.items[i]->type);
  return out;
}

static void fill_struct(VmProgram *vp, RType *rt, Type *u) {
  int n = u->strct.fields.len;
  StructField *fs = xcalloc((size_t)(n ? n : 1), sizeof *fs);
  for (int i = 0; i < n; i++) {
    Object *f = u->strct.fields.items[i];
    fs[i].name = f->name;
    fs[i].typ = vm_rtype(vp, f->type);
    fs[i].offset = (uintptr_t)ir_field_offset(u, i);
    fs[i].embedded = f->embedded;
    fs[i].exported = exported(f->name);
    fs[i].tag = u->strct.tags ? u->strct.tags[i] : NULL;
  }
  rt->nfields = n;
  rt->fields = fs;
}

static void fill_func(VmProgram *vp, RType *rt, Type *u) {
  rt->nin = u->sig.params->tuple.vars.len;
  rt->nout = u->sig.results->tuple.vars.len;
  rt->variadic = u->sig.variadic;
  const RType **ps = xcalloc((size_t)(rt->nin + rt->nout + 1), sizeof *ps);
  tuple_rtypes(vp, u->sig.results, tuple_rtypes(vp, u->sig.params, ps));
  rt->params = ps;
}

/* a method's signature without its receiver, as Method.mtyp / IMethod.mtyp */
static const RType *method_type(VmProgram *vp, Object *m) {
  Type *sig = type_underlying(m->type);
  if (sig->sig.recv == NULL)
    return vm_rtype(vp, sig);
  Type *plain = xmalloc(sizeof *plain);
  *plain = *sig;
  plain->sig.recv = NULL;
  return vm_rtype(vp, plain);
}

static void fill_interface(VmProgram *vp, RType *rt, Type *u) {
  int n = u->iface.all.len;
  IMethod *ms = xcalloc((size_t)(n ? n : 1), sizeof *ms);
  for (int i = 0; i < n; i++) {
    Object *m = u->iface.all.items[i];
    ms[i].name = m->name;
    ms[i].pkgpath = exported(m->name) ? NULL : obj_pkgpath(m);
    ms[i].mtyp = method_type(vp, m);
    if (ir_method_index(u, m->name) != i)
      fatal("interface %s: method %s out of the IR's order", rt->str, m->name);
  }
  rt->nimethods = n;
  rt->imethods = ms;
}

static RType *build(VmProgram *vp, Type *t, unsigned h) {
  RType *rt = xcalloc(1, sizeof *rt);
  insert(vp->types, t, h, rt);
  Type *u = type_underlying(t);
  rt->size = (uintptr_t)ir_sizeof(t);
  rt->align = (uint8_t)ir_alignof(t);
  rt->ptrdata = (uintptr_t)ir_ptrdata(t);
  uint8_t *mask = xcalloc(rt->ptrdata / 64 + 1, 1);
  ir_ptrmask(t, mask);
  rt->gcdata = mask;
  rt->str = ir_type_string(t);
  rt->hash = strhash(rt->str);
  rt->kind = (uint8_t)(rkind(t) | (ir_is_direct_iface(t) ? KIND_DIRECT_IFACE : 0));
  rt->tflag = (uint8_t)((comparable(t) ? TFLAG_COMPARABLE : 0) | (regmem(t) ? TFLAG_REGMEM : 0));
  if (t->kind == T_NAMED) {
    rt->tflag |= TFLAG_NAMED;
    rt->pkgpath = obj_pkgpath(t->named.obj);
  }
  switch (u->kind) {
  case T_POINTER:
    rt->elem = vm_rtype(vp, u->pointer.elem);
    ((RType *)rt->elem)->ptrto = rt;
    break;
  case T_SLICE:
    rt->elem = vm_rtype(vp, u->slice.elem);
    break;
  case T_ARRAY:
    rt->elem = vm_rtype(vp, u->array.elem);
    rt->len = (uintptr_t)u->array.len;
    break;
  case T_MAP:
    rt->key = vm_rtype(vp, u->map.key);
    rt->elem = vm_rtype(vp, u->map.elem);
    break;
  case T_CHAN:
    rt->elem = vm_rtype(vp, u->chan.elem);
    rt->chandir = (uint8_t)u->chan.dir;
    break;
  case T_STRUCT:
    fill_struct(vp, rt, u);
    break;
  case T_FUNC:
    fill_func(vp, rt, u);
    break;
  case T_INTERFACE:
    fill_interface(vp, rt, u);
    break;
  default:
    break;
  }
  return rt;
}

const RType *vm_rtype(VmProgram *vp, Type *t) {
  if (vp->types == NULL) {
    vp->types = xcalloc(1, sizeof *vp->types);
    grow(vp->types);
  }
  unsigned h = type_hash(t);
  RType *rt = lookup(vp->types, t, h);
  return rt ? rt : build(vp, t, h);
}

/* ---- closures ---- */

int64_t vm_capture_offset(TypeList *captures, int i) {
  int64_t off = (int64_t)sizeof(void *); /* Closure.fn */
  for (int j = 0;; j++) {
    int64_t a = ir_alignof(captures->items[j]);
    off = (off + a - 1) / a * a;
    if (j == i)
      return off;
    off += ir_sizeof(captures->items[j]);
  }
}

const RType *vm_closure_rtype(VmProgram *vp, TypeList *captures) {
  RType *rt = xcalloc(1, sizeof *rt);
  int64_t size = (int64_t)sizeof(void *), ptrdata = 0;
  for (int i = 0; i < captures->len; i++) {
    int64_t off = vm_capture_offset(captures, i);
    size = off + ir_sizeof(captures->items[i]);
    if (ir_ptrdata(captures->items[i]) > 0)
      ptrdata = off + ir_ptrdata(captures->items[i]);
  }
  size = (size + 7) / 8 * 8;
  uint8_t *mask = xcalloc((size_t)size / 64 + 1, 1);
  for (int i = 0; i < captures->len; i++) {
    Type *ct = captures->items[i];
    int64_t words = ir_ptrdata(ct) / 8, first = vm_capture_offset(captures, i) / 8;
    uint8_t *cm = xcalloc((size_t)words / 8 + 1, 1);
    ir_ptrmask(ct, cm);
    for (int64_t w = 0; w < words; w++)
      if (cm[w / 8] >> (w % 8) & 1)
        mask[(first + w) / 8] |= (uint8_t)(1 << ((first + w) % 8));
    free(cm);
  }
  rt->size = (uintptr_t)size;
  rt->ptrdata = (uintptr_t)ptrdata;
  rt->gcdata = mask;
  rt->align = 8;
  rt->kind = KIND_STRUCT;
  rt->str = "closure";
  (void)vp;
  return rt;
}

/* ---- method tables and the runtime's own types ---- */

static int method_cmp(const void *a, const void *b) {
  const Method *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  if (c)
    return c;
  return strcmp(x->pkgpath ? x->pkgpath : "", y->pkgpath ? y->pkgpath : "");
}

static void fill_methods(VmProgram *vp, IrMethodSet *ms) {
  RType *rt = (RType *)vm_rtype(vp, ms->type);
  Method *m = xcalloc((size_t)(ms->n ? ms->n : 1), sizeof *m);
  for (int i = 0; i < ms->n; i++) {
    Object *o = ms->methods[i];
    m[i].name = o->name;
    m[i].pkgpath = exported(o->name) ? NULL : obj_pkgpath(o);
    m[i].mtyp = method_type(vp, o);
    m[i].ifn = vp->protos[ms->ifn[i]->id];
  }
  qsort(m, (size_t)ms->n, sizeof *m, method_cmp);
  rt->nmethods = ms->n;
  rt->methods = m;
}

static Type *runtime_type(Package *rtpkg, const char *name) {
  Object *o = scope_lookup_parent(rtpkg->scope, intern_cstr(name));
  if (o == NULL || o->kind != OBJ_TYPENAME)
    fatal("runtime type %s not found", name);
  return o->type;
}

static void register_runtime_types(VmProgram *vp) {
  IrFunc *pre = vp->ir->preprintpanic;
  if (pre == NULL)
    fatal("the program has no runtime package");
  Package *rtpkg = pre->pkg;
  Type *tae = runtime_type(rtpkg, "TypeAssertionError");
  Type *ptr = xcalloc(1, sizeof *ptr);
  ptr->kind = T_POINTER;
  ptr->pointer.elem = tae;
  rt_types.errorString = vm_rtype(vp, runtime_type(rtpkg, "errorString"));
  rt_types.plainError = vm_rtype(vp, runtime_type(rtpkg, "plainError"));
  rt_types.boundsError = vm_rtype(vp, runtime_type(rtpkg, "boundsError"));
  rt_types.typeAssertionErrorPtr = vm_rtype(vp, ptr);
  rt_types.string_ = vm_rtype(vp, runtime_type(rtpkg, "string"));
  rt_types.int_ = vm_rtype(vp, runtime_type(rtpkg, "int"));
}

void vm_finish_types(VmProgram *vp) {
  register_runtime_types(vp);
  for (int i = 0; i < vp->ir->msets.len; i++)
    fill_methods(vp, &vp->ir->msets.items[i]);
}
