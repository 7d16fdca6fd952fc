/*
** cgslots.c -- frame slot assignment for one function (the frame layout is
** in cg.h). Every IR register gets a range of ceil(size/8) slots:
**
**  1. params first, in order: the caller put the arguments there;
**  2. call-area placement: a single-def, single-use register that only
**     carries a call's argument or receives a call's result, with no other
**     use of the call area between its definition and its use, lives in
**     the call area at that argument's or result's offset; such intervals
**     must not overlap in slots and time (a use at instruction j is time
**     2j, a definition 2j+1: an instruction reads before it writes);
**  3. address folding is planned here (cgops.c cg_plan_fold) because it
**     moves reads: a folded FIELDADDR/INDEXADDR reads its operands at the
**     load or store that uses the address;
**  4. block-local temporaries share one region of the frame: registers
**     that occur in one block only, first as a definition (not an update
**     in place), reads of folded addresses counted where they happen, and
**     the constants codegen.c sinks to their use. Within each block a
**     linear scan in instruction order allocates a temporary's slots at
**     its first definition and frees them after its last occurrence (first
**     fit). An instruction's results never share slots with its operands.
**     Blocks reuse the same region: nothing in it outlives its block;
**  5. every other register (Go variables, values live across blocks) gets
**     slots of its own; one that occurs nowhere (the lowering may leave
**     some) gets none.
** Big init functions of tables (unicode) have thousands of temporaries;
** sharing keeps their frames, and the goroutine stacks they grow, small.
*/
#include "cg.h"

#include <string.h>

/* ---- 2. call-area placement ---- */

typedef struct Placed {
  int from, to; /* live from the def (2i+1) to the use (2j) */
  int off, n;   /* slots in the call area */
} Placed;

typedef VEC(Placed) PlacedList;

static bool instr_uses(IrInstr *ins, IrReg r) {
  if (ins->a == r || ins->b == r || ins->c == r)
    return true;
  for (int i = 0; i < ins->nargs; i++)
    if (ins->args[i] == r)
      return true;
  return (ins->op == IR_SETFIELD || ins->op == IR_SETINDEX) && ins->dst == r;
}

static bool conflicts(PlacedList *pl, Placed *p) {
  for (int i = 0; i < pl->len; i++) {
    Placed *q = &pl->items[i];
    bool time = p->from <= q->to && q->from <= p->to;
    bool same = p->off == q->off && p->n == q->n;
    bool apart = p->off + p->n <= q->off || q->off + q->n <= p->off;
    if (time && !apart && !(same && (p->from == q->to || q->from == p->to)))
      return true;
  }
  return false;
}

/* r, defined by b's instruction i: its call-area offset, or -1 */
static int area_offset(CG *cg, IrBlock *b, int i, IrReg r, PlacedList *pl) {
  if (r <= cg->f->nparams || cg->ndefs[r] != 1 || cg->nuses[r] != 1 || cg->nslot[r] == 0)
    return -1;
  IrInstr *d = &b->instrs.items[i];
  int j = i + 1;
  for (; j < b->instrs.len; j++) {
    IrInstr *u = &b->instrs.items[j];
    if (instr_uses(u, r))
      break;
    if (cg_uses_area(cg, u))
      return -1;
  }
  if (j == b->instrs.len)
    return -1;
  IrInstr *u = &b->instrs.items[j];
  int offd = cg_result_offset(cg, d, r), offu = cg_arg_offset(cg, u, r);
  if (offu < 0 && cg_uses_area(cg, u))
    return -1;
  if (offd >= 0 && offu >= 0 && offd != offu)
    return -1;
  Placed p = {2 * i + 1, 2 * j, offd >= 0 ? offd : offu, cg->nslot[r]};
  if (p.off < 0 || conflicts(pl, &p))
    return -1;
  vec_push(pl, p);
  return p.off;
}

typedef struct PlaceArg {
  IrBlock *b;
  int bi, i;
  PlacedList *pl;
} PlaceArg;

static void place_def(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  PlaceArg *pa = arg;
  int off = area_offset(cg, pa->b, pa->i, r, pa->pl);
  if (off >= 0)
    cg->placed[r] = off;
}

/* a constant sunk to a call is loaded right into its argument's slot */
static void place_sunk(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  PlaceArg *pa = arg;
  if (!cg_sunk_at(cg, r, pa->bi, pa->i) || cg->nslot[r] == 0)
    return;
  int off = cg_arg_offset(cg, ins, r);
  Placed p = {2 * pa->i - 1, 2 * pa->i, off, cg->nslot[r]};
  if (off >= 0 && !conflicts(pa->pl, &p)) {
    vec_push(pa->pl, p);
    cg->placed[r] = off;
  }
}

static void place_in_area(CG *cg) {
  for (int bi = 0; bi < cg->f->blocks.len; bi++) {
    IrBlock *b = cg->f->blocks.items[bi];
    PlacedList pl = {0};
    for (int i = 0; i < b->instrs.len; i++) {
      PlaceArg pa = {b, bi, i, &pl};
      cg_for_uses(cg, &b->instrs.items[i], place_sunk, &pa);
      cg_for_defs(cg, &b->instrs.items[i], place_def, &pa);
    }
    vec_free(&pl);
  }
}

/* ---- 3, 4. block-local temporaries ---- */

typedef struct Live {
  int block;            /* of the first occurrence; -1: not seen yet */
  int def, last;        /* first definition, last occurrence (indexes) */
  bool local;           /* a block-local temporary (so far) */
} Live;

typedef struct Walk {
  Live *live;
  int bi, i;            /* the instruction */
  int at;               /* where it reads its operands (later if folded) */
} Walk;

/* first sight of r at instruction i of block bi: a definition keeps it a
** candidate; a read (or an update in place) means its value comes in from
** elsewhere */
static void first_sight(CG *cg, Live *l, IrReg r, int bi, int i, bool def) {
  l->block = bi;
  l->def = l->last = i;
  l->local = def && r > cg->f->nparams && cg->placed[r] < 0 && cg->nslot[r] > 0;
}

static void note(Live *l, int bi, int at) {
  if (l->block != bi)
    l->local = false;
  else if (at > l->last)
    l->last = at;
}

static void note_use(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  Walk *w = arg;
  Live *l = &w->live[r];
  if (cg_sunk_at(cg, r, w->bi, w->i)) /* a sunk constant: defined here */
    first_sight(cg, l, r, w->bi, w->i, true);
  if (l->block < 0)
    first_sight(cg, l, r, w->bi, w->at, false);
  note(l, w->bi, w->at);
}

static void note_def(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  Walk *w = arg;
  Live *l = &w->live[r];
  if (cg->sinkat[r] >= 0)
    return; /* defined where it is used: note_use */
  if (l->block < 0)
    first_sight(cg, l, r, w->bi, w->i, true);
  note(l, w->bi, w->i);
}

/* live ranges in instruction order (an instruction reads, then writes) */
static Live *live_ranges(CG *cg) {
  IrFunc *f = cg->f;
  Live *live = xcalloc((size_t)cg->nregs, sizeof *live);
  for (IrReg r = 0; r < cg->nregs; r++)
    live[r].block = -1;
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    for (int i = 0; i < b->instrs.len; i++) {
      int at = cg_plan_fold(cg, b, i); /* a folded address is read later */
      Walk w = {live, bi, i, at >= 0 ? at : i};
      cg_for_uses(cg, &b->instrs.items[i], note_use, &w);
      cg_for_defs(cg, &b->instrs.items[i], note_def, &w);
    }
  }
  return live;
}

/* first fit of n free slots in busy[0..cap); marks them */
static int take(uint8_t *busy, int cap, int n) {
  for (int s = 0; s + n <= cap; s++) {
    int k = 0;
    while (k < n && !busy[s + k])
      k++;
    if (k == n) {
      memset(busy + s, 1, (size_t)n);
      return s;
    }
    s += k;
  }
  fatal("temporary slots exhausted");
}

typedef struct Scan {
  Live *live;
  int bi, i;
  uint8_t *busy;
  int cap, *peak;
} Scan;

static void alloc(CG *cg, Scan *sc, IrReg r) {
  cg->slot[r] = take(sc->busy, sc->cap, cg->nslot[r]);
  if (cg->slot[r] + cg->nslot[r] > *sc->peak)
    *sc->peak = cg->slot[r] + cg->nslot[r];
}

static void alloc_sunk(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  Scan *sc = arg;
  if (sc->live[r].local && cg_sunk_at(cg, r, sc->bi, sc->i))
    alloc(cg, sc, r);
}

static void alloc_def(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  Scan *sc = arg;
  Live *l = &sc->live[r];
  if (l->local && l->block == sc->bi && l->def == sc->i && cg->sinkat[r] < 0)
    alloc(cg, sc, r);
}

/* temporaries' slots relative to the region; returns the region's size */
static int share_temps(CG *cg, Live *live) {
  IrFunc *f = cg->f;
  int cap = 0, peak = 0;
  for (IrReg r = 1; r < cg->nregs; r++)
    if (live[r].local)
      cap += cg->nslot[r];
  uint8_t *busy = xcalloc((size_t)cap + 1, 1);
  /* the temporaries that die at each instruction of the block, by index */
  VEC(IrReg) *dying = NULL;
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    dying = xrealloc(dying, sizeof *dying * (size_t)(b->instrs.len + 1));
    memset(dying, 0, sizeof *dying * (size_t)(b->instrs.len + 1));
    for (IrReg r = 1; r < cg->nregs; r++)
      if (live[r].local && live[r].block == bi)
        vec_push(&dying[live[r].last], r);
    for (int i = 0; i < b->instrs.len; i++) {
      Scan sc = {live, bi, i, busy, cap, &peak};
      cg_for_uses(cg, &b->instrs.items[i], alloc_sunk, &sc);
      cg_for_defs(cg, &b->instrs.items[i], alloc_def, &sc);
      for (int k = 0; k < dying[i].len; k++) {
        IrReg r = dying[i].items[k];
        memset(busy + cg->slot[r], 0, (size_t)cg->nslot[r]);
      }
      vec_free(&dying[i]);
    }
  }
  free(dying);
  free(busy);
  return peak;
}

/* ---- the layout ---- */

void cg_assign_slots(CG *cg) {
  IrFunc *f = cg->f;
  cg->placed = xmalloc(sizeof(int) * (size_t)cg->nregs);
  for (IrReg r = 0; r < cg->nregs; r++) {
    cg->placed[r] = -1;
    cg->nslot[r] = r ? cg_slots(cg_regtype(cg, r)) : 0;
  }
  place_in_area(cg);
  Live *live = live_ranges(cg);
  int temps = share_temps(cg, live);
  int next = 0;
  for (IrReg r = 1; r < cg->nregs; r++)
    if (cg->placed[r] < 0 && !live[r].local && (live[r].block >= 0 || r <= f->nparams)) {
      cg->slot[r] = next;
      next += cg->nslot[r];
      if (r == f->nparams)
        cg->p->nparamslots = next;
    }
  for (IrReg r = 1; r < cg->nregs; r++)
    if (live[r].local)
      cg->slot[r] += next;
  cg->nlocal = next + temps;
  cg->area = cg->nlocal + VM_HDR;
  for (IrReg r = 1; r < cg->nregs; r++)
    if (cg->placed[r] >= 0) {
      cg->slot[r] = cg->area + cg->placed[r];
      if (cg->placed[r] + cg->nslot[r] > cg->maxarea)
        cg->maxarea = cg->placed[r] + cg->nslot[r];
    }
  free(live);
}
