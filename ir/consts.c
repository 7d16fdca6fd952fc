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

void hoist_constants(IrFunc *f) {
  int n = f->regs.len;
  int *defs = xcalloc((size_t)n + 1, sizeof(int));
  IrReg *map = xcalloc((size_t)n + 1, sizeof(IrReg));
  count_defs(f, defs);
  VEC(IrInstr) pool = {0};
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
      int p;
      for (p = 0; p < pool.len && !named; p++) {
        IrInstr *q = &pool.items[p];
        if (!f->regs.items[q->dst].name && same_const(q->u.val, in.u.val) && types_identical(q->type, in.type))
          break;
      }
      if (!named && p < pool.len) map[in.dst] = pool.items[p].dst;
      else vec_push(&pool, in);
    }
    b->instrs.len = k;
  }
  if (pool.len) {
    IrBlock *entry = f->blocks.items[0];
    int skip = entry->instrs.len > 0 && entry->instrs.items[0].op == IR_SAFEPOINT ? 1 : 0;
    vec_grow(&entry->instrs, pool.len);
    memmove(entry->instrs.items + skip + pool.len, entry->instrs.items + skip,
            sizeof(IrInstr) * (size_t)(entry->instrs.len - skip));
    memcpy(entry->instrs.items + skip, pool.items, sizeof(IrInstr) * (size_t)pool.len);
    entry->instrs.len += pool.len;
    rename_operands(f, map);
  }
  vec_free(&pool);
  free(defs), free(map);
}
