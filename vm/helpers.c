/*
** helpers.c -- the slot-ABI helpers behind CALLH (table in helpers.h):
** thin adapters from frame slots to runtime.h's C entry points.
**
** Convention (helpers.h): arguments in slots from 0, each value in
** ceil(size/8) slots (narrow scalars widened); results written from slot 0
** only after every argument was read. A value's bytes in its slots are in
** Go's memory layout, so &slots[i] can be handed to the runtime as the
** address of a key or a value to copy: on a little-endian machine a
** widened narrow scalar starts with its own bytes.
*/
#include "vmint.h"

#include <string.h>

static int nslots(const RType *t) { return (int)((t->size + 7) / 8); }

void vm_load(uint64_t *dst, const void *src, const RType *t) {
  switch (t->kind & KIND_MASK) {
  case KIND_BOOL:
  case KIND_UINT8:
    *dst = *(const uint8_t *)src;
    return;
  case KIND_INT8:
    *dst = (uint64_t)(int64_t) * (const int8_t *)src;
    return;
  case KIND_INT16:
    *dst = (uint64_t)(int64_t) * (const int16_t *)src;
    return;
  case KIND_UINT16:
    *dst = *(const uint16_t *)src;
    return;
  case KIND_INT32:
    *dst = (uint64_t)(int64_t) * (const int32_t *)src;
    return;
  case KIND_UINT32:
  case KIND_FLOAT32:
    *dst = *(const uint32_t *)src;
    return;
  default:
    memmove(dst, src, t->size);
  }
}

static GoString slot_string(const uint64_t *s) {
  GoString v = {(const uint8_t *)(uintptr_t)s[0], (intptr_t)s[1]};
  return v;
}
static GoSlice slot_slice(const uint64_t *s) {
  GoSlice v = {(void *)(uintptr_t)s[0], (intptr_t)s[1], (intptr_t)s[2]};
  return v;
}
static void set_string(uint64_t *s, GoString v) {
  s[0] = (uint64_t)(uintptr_t)v.ptr;
  s[1] = (uint64_t)v.len;
}
static void set_slice(uint64_t *s, GoSlice v) {
  s[0] = (uint64_t)(uintptr_t)v.ptr;
  s[1] = (uint64_t)v.len;
  s[2] = (uint64_t)v.cap;
}

#define HELPER(name) static void h_##name(VmG *vm, uint64_t *s, uint64_t x)
#define XTYPE ((const RType *)(uintptr_t)x)

/* ---- maps ---- */

HELPER(MAKEMAP) { s[0] = (uint64_t)(uintptr_t)rt_makemap(XTYPE, (intptr_t)s[0]); }

HELPER(MAPACCESS1) {
  void *p = rt_mapaccess1(XTYPE, (HMap *)(uintptr_t)s[0], s + 1);
  vm_load(s, p, XTYPE->elem);
}

HELPER(MAPACCESS2) {
  bool ok;
  void *p = rt_mapaccess2(XTYPE, (HMap *)(uintptr_t)s[0], s + 1, &ok);
  vm_load(s, p, XTYPE->elem);
  s[nslots(XTYPE->elem)] = ok;
}

HELPER(MAPASSIGN) {
  const RType *mt = XTYPE;
  void *p = rt_mapassign(mt, (HMap *)(uintptr_t)s[0], s + 1);
  memmove(p, s + 1 + nslots(mt->key), mt->elem->size);
}

HELPER(MAPDELETE) { rt_mapdelete(XTYPE, (HMap *)(uintptr_t)s[0], s + 1); }

/* The IR's MAPITERNEXT advances, then yields; the runtime's iterator is
** Go's, already on the first entry after rt_mapiterinit. So the range
** state is the iterator plus a flag: the first MAPITERNEXT only yields. */
typedef struct RangeIter {
  uint64_t started;
  uint64_t it[]; /* rt_hiter_size bytes */
} RangeIter;

HELPER(MAPITERINIT) {
  RangeIter *r = mallocgc(sizeof *r + rt_hiter_size, NULL, true);
  rt_mapiterinit(XTYPE, (HMap *)(uintptr_t)s[0], (HIter *)r->it);
  s[0] = (uint64_t)(uintptr_t)r;
}

HELPER(MAPITERNEXT) {
  const RType *mt = XTYPE;
  RangeIter *r = (RangeIter *)(uintptr_t)s[0];
  HIter *it = (HIter *)r->it;
  if (r->started)
    rt_mapiternext(it);
  r->started = 1;
  void *k = rt_hiter_key(it);
  int ks = nslots(mt->key), es = nslots(mt->elem);
  if (k == NULL) {
    memset(s, 0, (size_t)(ks + es) * sizeof *s);
    s[ks + es] = 0;
    return;
  }
  vm_load(s, k, mt->key);
  vm_load(s + ks, rt_hiter_elem(it), mt->elem);
  s[ks + es] = 1;
}

HELPER(MAPLEN) { s[0] = s[0] ? (uint64_t)rt_maplen((HMap *)(uintptr_t)s[0]) : 0; }

/* ---- slices and strings ---- */

HELPER(MAKESLICE) { set_slice(s, rt_makeslice(XTYPE->elem, (intptr_t)s[0], (intptr_t)s[1])); }

HELPER(GROWSLICE) { set_slice(s, rt_growslice(XTYPE->elem, slot_slice(s), (intptr_t)s[3])); }

HELPER(SLICECOPY) {
  GoSlice d = slot_slice(s), src = slot_slice(s + 3);
  s[0] = (uint64_t)rt_slicecopy(d.ptr, d.len, src.ptr, src.len, XTYPE->elem->size);
}

HELPER(SLICECOPYSTR) {
  GoSlice d = slot_slice(s);
  GoString src = slot_string(s + 3);
  s[0] = (uint64_t)rt_slicecopy(d.ptr, d.len, src.ptr, src.len, 1);
}

/* Go's bounds error codes (stdlib/runtime/error.go) */
enum {
  boundsSliceAlen = 1, boundsSliceAcap, boundsSliceB,
  boundsSlice3Alen, boundsSlice3Acap, boundsSlice3B, boundsSlice3C, boundsConvert
};

/* Go's checks, in gc's order: the last bound against len/cap first */
HELPER(SLICE) {
  const SliceDesc *d = (const SliceDesc *)(uintptr_t)x;
  uint64_t ptr = s[0], len, cap;
  int n;
  switch (d->kind) {
  case SLICE_STRING:
    len = cap = s[1], n = 2;
    break;
  case SLICE_SLICE:
    len = s[1], cap = s[2], n = 3;
    break;
  default: /* pointer to array */
    if (ptr == 0)
      rt_panic_nilderef();
    len = cap = (uint64_t)d->arraylen, n = 1;
  }
  uint64_t lo = d->lo ? s[n++] : 0;
  uint64_t hi = d->hi ? s[n++] : len;
  uint64_t max = d->max ? s[n++] : cap;
  /* "with capacity" for slices only: strings and arrays say "length" */
  bool isslice = d->kind == SLICE_SLICE;
  if (d->max) {
    if (max > cap)
      rt_panic_slice(isslice ? boundsSlice3Acap : boundsSlice3Alen, (int64_t)max, (intptr_t)cap,
                     d->max_signed);
    if (hi > max)
      rt_panic_slice(boundsSlice3B, (int64_t)hi, (intptr_t)max, d->hi_signed);
    if (lo > hi)
      rt_panic_slice(boundsSlice3C, (int64_t)lo, (intptr_t)hi, d->lo_signed);
  } else {
    if (hi > cap)
      rt_panic_slice(isslice ? boundsSliceAcap : boundsSliceAlen, (int64_t)hi, (intptr_t)cap,
                     d->hi_signed);
    if (lo > hi)
      rt_panic_slice(boundsSliceB, (int64_t)lo, (intptr_t)hi, d->lo_signed);
  }
  /* an empty result keeps the base pointer rather than pointing past the
  ** end, as gc's masked pointer arithmetic does */
  uint64_t rlen = hi - lo, rcap = max - lo;
  uint64_t rptr = (d->kind == SLICE_STRING ? rlen : rcap) == 0 ? ptr : ptr + lo * d->esize;
  s[0] = rptr;
  s[1] = rlen;
  if (d->kind != SLICE_STRING)
    s[2] = rcap;
}

/* (*[X]E)(s): the data pointer, once len(s) >= X */
HELPER(SLICE2ARRP) {
  if ((uint64_t)s[1] < x)
    rt_panic_slice(boundsConvert, (int64_t)x, (intptr_t)s[1], true);
}

HELPER(CONCAT) { set_string(s, rt_concatstrings((const GoString *)s, (int)x)); }

HELPER(INTSTRING) { set_string(s, rt_intstring((int64_t)s[0])); }

HELPER(DECODERUNE) {
  intptr_t next;
  int32_t r = rt_decoderune(slot_string(s), (intptr_t)s[2], &next);
  s[0] = (uint64_t)(int64_t)r;
  s[1] = (uint64_t)next;
}

HELPER(STR2BYTES) { set_slice(s, rt_stringtoslicebyte(slot_string(s))); }
HELPER(BYTES2STR) { set_string(s, rt_slicebytetostring(slot_slice(s))); }
HELPER(STR2RUNES) { set_slice(s, rt_stringtoslicerune(slot_string(s))); }
HELPER(RUNES2STR) { set_string(s, rt_slicerunetostring(slot_slice(s))); }

/* ---- interfaces ---- */

HELPER(CONVT) {
  Eface e = rt_convT(XTYPE, s);
  s[0] = (uint64_t)(uintptr_t)e.type;
  s[1] = (uint64_t)(uintptr_t)e.data;
}

HELPER(CONVTI) {
  const Itab *tab = (const Itab *)(uintptr_t)x;
  Eface e = rt_convT(tab->type, s);
  s[0] = x;
  s[1] = (uint64_t)(uintptr_t)e.data;
}

HELPER(CONVE2I) {
  const RType *t = (const RType *)(uintptr_t)s[0];
  s[0] = t ? (uint64_t)(uintptr_t)rt_getitab(XTYPE, t, false) : 0;
}

HELPER(CONVI2I) {
  const Itab *tab = (const Itab *)(uintptr_t)s[0];
  s[0] = tab ? (uint64_t)(uintptr_t)rt_getitab(XTYPE, tab->type, false) : 0;
}

HELPER(ASSERT) {
  const AssertDesc *d = (const AssertDesc *)(uintptr_t)x;
  const RType *dyn = (const RType *)(uintptr_t)s[0];
  if (d->src_iface && dyn)
    dyn = ((const Itab *)dyn)->type;
  void *data = (void *)(uintptr_t)s[1];
  bool ok;
  if (!d->target_iface) {
    ok = dyn == d->target;
    if (ok) {
      if (d->target->kind & KIND_DIRECT_IFACE)
        s[0] = (uint64_t)(uintptr_t)data;
      else
        vm_load(s, data, d->target);
    } else if (!d->commaok) {
      rt_panic_typeassert(d->inter, dyn, d->target, NULL);
    }
  } else if (d->target->nimethods == 0) {
    ok = dyn != NULL;
    if (!ok && !d->commaok)
      rt_panic_typeassert(NULL, NULL, d->target, NULL);
    s[0] = (uint64_t)(uintptr_t)dyn;
  } else {
    if (dyn == NULL) {
      if (!d->commaok)
        rt_panic_typeassert(NULL, NULL, d->target, NULL);
      ok = false;
    } else {
      /* without commaok getitab itself panics with the missing method */
      Itab *tab = rt_getitab(d->target, dyn, d->commaok);
      ok = tab != NULL;
      s[0] = (uint64_t)(uintptr_t)tab;
    }
  }
  if (!ok)
    memset(s, 0, (size_t)d->vslots * sizeof *s);
  if (d->commaok)
    s[d->vslots] = ok;
}

/* ---- goroutines and channels ----
** The blocking ones follow runtime.h's contract: on their first run they
** may park (g->mcallfn set, nothing written); the interpreter then runs
** them again when the g is woken, with g->resumed set, to finish. */

HELPER(GO) {
  if (s[1] == 0) /* Go's newproc: a fatal error in the caller */
    rt_throw("go of nil func value");
  vm_newproc(vm, (Closure *)(uintptr_t)s[0]);
}

HELPER(MAKECHAN) { s[0] = (uint64_t)(uintptr_t)rt_makechan(XTYPE, (intptr_t)s[0]); }

/* the channel operations with their finish step (runtime.h's contract):
** a g woken from a park finishes, else it tries (and may park) */
static int chansend1(G *g, HChan *c, const void *ep, bool block) {
  if (!g->resumed)
    return rt_chansend(g, c, ep, block);
  g->resumed = false;
  rt_chansend_finish(g);
  return CHAN_DONE;
}

static int chanrecv1(G *g, HChan *c, void *ep, bool block, bool *ok) {
  if (!g->resumed)
    return rt_chanrecv(g, c, ep, block, ok);
  g->resumed = false;
  rt_chanrecv_finish(g, ep, ok);
  return CHAN_DONE;
}

HELPER(CHANSEND) { chansend1(vm->g, (HChan *)(uintptr_t)s[0], s + 1, true); }

/* a received value (at s, in memory layout) widened to slots, then ok */
static void put_received(uint64_t *s, const RType *et, bool ok) {
  vm_load(s, s, et);
  s[nslots(et)] = ok;
}

HELPER(CHANRECV) {
  const RType *et = XTYPE->elem;
  HChan *c = (HChan *)(uintptr_t)s[0];
  bool ok;
  memset(s, 0, (size_t)nslots(et) * sizeof *s);
  if (chanrecv1(vm->g, c, s, true, &ok) == CHAN_PARKED) {
    s[0] = (uint64_t)(uintptr_t)c; /* intact for the second run */
    return;
  }
  put_received(s, et, ok);
}

HELPER(CLOSECHAN) { rt_closechan((HChan *)(uintptr_t)s[0]); }
HELPER(CHANLEN) { s[0] = (uint64_t)rt_chanlen((HChan *)(uintptr_t)s[0]); }
HELPER(CHANCAP) { s[0] = (uint64_t)rt_chancap((HChan *)(uintptr_t)s[0]); }

/* select with one case is the plain channel operation, as gc compiles it
** (so a blocked one waits as "chan receive", not "select"); with a
** default case, the non-blocking one */
static int select1(G *g, Scase *cas, bool block, bool *recvOK) {
  int st = cas->send ? chansend1(g, cas->c, cas->elem, block)
                     : chanrecv1(g, cas->c, cas->elem, block, recvOK);
  return st == CHAN_DONE ? 0 : st == CHAN_PARKED ? SELECT_PARKED : -1;
}

static int selectgo(G *g, Scase *cases, int n, bool block, bool *recvOK) {
  if (n == 1)
    return select1(g, cases, block, recvOK);
  if (g->resumed) {
    g->resumed = false;
    return rt_selectgo_finish(g, cases, n, recvOK);
  }
  return rt_selectgo(g, cases, n, block, recvOK);
}

HELPER(SELECT) {
  const SelectDesc *d = (const SelectDesc *)(uintptr_t)x;
  int n = d->ncases;
  Scase cases[n > 0 ? n : 1];
  /* one buffer for every receive case: only the chosen one is written */
  uintptr_t maxrecv = 0;
  for (int k = 0; k < n; k++)
    if (!d->cases[k].send && d->cases[k].elem->size > maxrecv)
      maxrecv = d->cases[k].elem->size;
  uint64_t small[32];
  void *rbuf = maxrecv <= sizeof small ? small : mallocgc(maxrecv, NULL, true);
  memset(rbuf, 0, maxrecv);
  for (int k = 0; k < n; k++) {
    const SelectCase *sc = &d->cases[k];
    cases[k].c = (HChan *)(uintptr_t)s[sc->chanslot];
    cases[k].send = sc->send;
    cases[k].elem = sc->send ? (void *)(s + sc->valslot) : rbuf;
  }
  bool recvOK = false;
  int chosen = selectgo(vm->g, cases, n, d->block, &recvOK);
  if (chosen == SELECT_PARKED)
    return;
  if (chosen >= 0 && !d->cases[chosen].send)
    vm_load(s + d->cases[chosen].resslot, rbuf, d->cases[chosen].elem);
  s[0] = (uint64_t)(int64_t)chosen;
  s[1] = recvOK;
}

/* ---- closures ---- */

HELPER(MAKECLOSURE) {
  const ClosureDesc *d = (const ClosureDesc *)(uintptr_t)x;
  Closure *c = mallocgc(d->type->size, d->type, true);
  c->fn = d->fn;
  for (int i = 0; i < d->n; i++)
    memcpy((char *)c + d->off[i], s + d->slot[i], (size_t)d->size[i]);
  s[0] = (uint64_t)(uintptr_t)c;
}

/* ---- print, println ---- */

static double slot_float(uint64_t v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}

HELPER(PRINTBOOL) { rt_printbool(s[0] != 0); }
HELPER(PRINTINT) { rt_printint((int64_t)s[0]); }
HELPER(PRINTUINT) { rt_printuint(s[0]); }
HELPER(PRINTFLOAT) { rt_printfloat(slot_float(s[0])); }
HELPER(PRINTSTRING) { rt_printstring(slot_string(s)); }
HELPER(PRINTPOINTER) { rt_printpointer((const void *)(uintptr_t)s[0]); }
HELPER(PRINTEFACE) {
  Eface e = {(const RType *)(uintptr_t)s[0], (void *)(uintptr_t)s[1]};
  rt_printeface(e);
}
HELPER(PRINTSP) { rt_printsp(); }
HELPER(PRINTNL) { rt_printnl(); }

const VmHelper vm_helpers[H_COUNT] = {
#define VM_HELPER_FN(name, sig) h_##name,
    VM_HELPERS(VM_HELPER_FN)
#undef VM_HELPER_FN
};

const char *const vm_helper_names[H_COUNT] = {
#define VM_HELPER_NAME(name, sig) #name,
    VM_HELPERS(VM_HELPER_NAME)
#undef VM_HELPER_NAME
};
