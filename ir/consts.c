/*
** consts.c -- constant registers: every CONST whose register no other
** instruction writes moves to the entry block, and equal constants (same
** type, same value) share one register.
**
** The lowering emits a CONST where a constant is used, so a loop bound or
** the 1 of i++ would be re-made on every iteration. A register written
** only by its CONST holds the same value wherever it is read, and the
** entry block runs before everything, so defining it there is equivalent;
** the back ends then see each function's constants as a pool (a register
** defined once, by a CONST of the entry block), as Lua's K operands. A
** register that names a variable (x := 0 adopts its CONST) keeps its own
** register, so the listing still shows x.
*/
#include "lower.h"

static void count_defs(IrFunc *f, int *defs) {
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    for (int j = 0; j < b->instrs.len; j++) {
      IrInstr *in = &b->instrs.items[j];
      if (in->dst) defs[in->dst]++;
      for (int k = 0; k < in->nresults; k++)
        if (in->results[k]) defs[in->results[k]]++;
    }
  }
  for (int r = 1; r <= f->nparams && r < f->regs.len; r++) defs[r]++; /* parameters */
}

static bool same_const(Const *a, Const *b) {
  if (!a || !b) return a == b;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case CK_BOOL: return a->b == b->b;
  case CK_INT: return a->i == b->i;
  case CK_FLOAT: return memcmp(&a->f, &b->f, sizeof a->f) == 0;
  case CK_STRING: return a->slen == b->slen && memcmp(a->s, b->s, a->slen) == 0;
  default: return false;
  }
}

static IrReg ren(const IrReg *map, IrReg r) { return r && map[r] ? map[r] : r; }

static void rename_operands(IrFunc *f, const IrReg *map) {
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    for (int j = 0; j < b->instrs.len; j++) {
      IrInstr *in = &b->instrs.items[j];
      in->a = ren(map, in->a), in->b = ren(map, in->b), in->c = ren(map, in->c);
      for (int k = 0; k < in->nargs; k++) in->args[k] = ren(map, in->args[k]);
    }
  }
}

/* a hash of a constant's value (same_const values hash alike) */
static uint64_t const_hash(const Const *c) {
  uint64_t h = 1469598103934665603u ^ (uint64_t)c->kind;
  switch (c->kind) {
  case CK_BOOL: h ^= (uint64_t)c->b; break;
  case CK_INT: h ^= (uint64_t)c->i; break;
  case CK_FLOAT: {
    uint64_t bits;
    memcpy(&bits, &c->f, sizeof bits);
    h ^= bits;
    break;
  }
  case CK_STRING:
    for (size_t i = 0; i < (size_t)c->slen; i++)
      h = (h ^ (uint8_t)c->s[i]) * 1099511628211u;
    break;
  default: break;
  }
  return h * 0x9e3779b97f4a7c15u;
}

/* The pool of hoisted constants with a chained hash index, so hoisting a
** function with thousands of constants (a package's variable
** initialization) stays linear. */
typedef struct ConstPool {
  VEC(IrInstr) items;
  int *head;          /* by hash bucket: first pool index + 1, 0 = none */
  int *next;          /* by pool index: next index + 1 in the chain */
  int nbuckets;
} ConstPool;

static int pool_find(ConstPool *cp, IrFunc *f, const IrInstr *in, uint64_t h) {
  for (int p = cp->head[h % (uint64_t)cp->nbuckets]; p; p = cp->next[p - 1]) {
    IrInstr *q = &cp->items.items[p - 1];
    if (!f->regs.items[q->dst].name && same_const(q->u.val, in->u.val) &&
        types_identical(q->type, in->type))
      return p - 1;
  }
  return -1;
}

static void pool_add(ConstPool *cp, IrInstr in, uint64_t h) {
  vec_push(&cp->items, in);
  int p = cp->items.len;
  cp->next = xrealloc(cp->next, (size_t)p * sizeof(int));
  int *b = &cp->head[h % (uint64_t)cp->nbuckets];
  cp->next[p - 1] = *b;
  *b = p;
}

void hoist_constants(IrFunc *f) {
  int n = f->regs.len;
  int *defs = xcalloc((size_t)n + 1, sizeof(int));
  IrReg *map = xcalloc((size_t)n + 1, sizeof(IrReg));
  count_defs(f, defs);
  ConstPool cp = {{0}, NULL, NULL, 1024};
  cp.head = xcalloc((size_t)cp.nbuckets, sizeof(int));
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    int k = 0;
    for (int j = 0; j < b->instrs.len; j++) {
      IrInstr in = b->instrs.items[j];
      if (in.op != IR_CONST || defs[in.dst] != 1) {
        b->instrs.items[k++] = in;
        continue;
      }
      in.pos = f->pos;
      bool named = f->regs.items[in.dst].name != NULL;
      uint64_t h = in.u.val ? const_hash(in.u.val) : 0;
      int p = named ? -1 : pool_find(&cp, f, &in, h);
      if (p >= 0) map[in.dst] = cp.items.items[p].dst;
      else pool_add(&cp, in, h);
    }
    b->instrs.len = k;
  }
  int npool = cp.items.len;
  if (npool) {
    IrBlock *entry = f->blocks.items[0];
    int skip = entry->instrs.len > 0 && entry->instrs.items[0].op == IR_SAFEPOINT ? 1 : 0;
    vec_grow(&entry->instrs, npool);
    memmove(entry->instrs.items + skip + npool, entry->instrs.items + skip,
            sizeof(IrInstr) * (size_t)(entry->instrs.len - skip));
    memcpy(entry->instrs.items + skip, cp.items.items, sizeof(IrInstr) * (size_t)npool);
    entry->instrs.len += npool;
    rename_operands(f, map);
  }
  vec_free(&cp.items);
  free(cp.head), free(cp.next);
  free(defs), free(map);
}
