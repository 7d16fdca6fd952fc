/*
** codegen.c -- IR -> bytecode, the function-level half (cgops.c does each
** instruction): analysis, frame slot assignment (cg.h has the frame
** layout), block layout and jumps, the per-function Proto; and vm_compile,
** which makes the whole program's Protos, type descriptors and globals.
**
** Per function:
**  1. analyse: how often each register is defined and used, and the
**     defining instruction of single-def registers (for constants folded
**     into immediates and for call-area placement);
**  2. slots: params first (the caller put them there), then every other
**     register, then the call header and call area; temporaries that only
**     carry a call's argument or result live in the call area (cg.h);
**  3. emit blocks in IR order, so a branch to the next block falls through;
**     a compare whose only use is the branch ending its block becomes one
**     compare-and-jump; jumps are patched once every block's pc is known;
**  4. the Proto: code, constants, pc -> line table, frame size, exit pc.
*/
#include "cg.h"

#include <limits.h>
#include <stdarg.h>
#include <string.h>

/* ---- errors ---- */

void vm_errorf(VmProgram *vp, const SrcFile *file, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verrorf(vp->diags, file, pos, fmt, ap);
  va_end(ap);
  vp->failed = true;
}

void cg_error(CG *cg, IrInstr *ins, const char *fmt, ...) {
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&sb, fmt, ap);
  va_end(ap);
  vm_errorf(cg->vp, cg->f->file, ins ? ins->pos : cg->f->pos, "%s", sb.buf);
  sb_free(&sb);
}

/* ---- emission ---- */

int cg_emit(CG *cg, Instr i) {
  vec_push(&cg->code, i);
  vec_push(&cg->lines, cg->line);
  return cg->code.len - 1;
}

int cg_emitx(CG *cg, Instr i, uint64_t x) {
  int pc = cg_emit(cg, i);
  cg_emit(cg, x);
  return pc;
}

uint64_t cg_kindex(CG *cg, uint64_t v) {
  for (int i = 0; i < cg->k.len; i++)
    if (cg->k.items[i] == v)
      return (uint64_t)i;
  vec_push(&cg->k, v);
  return (uint64_t)cg->k.len - 1;
}

/* thread: where a jump to b really goes, past blocks that only jump on */
static IrBlock *thread(IrBlock *b) {
  for (int hops = 0; hops < 8; hops++) {
    int n = b->instrs.len, i = 0;
    while (i < n && b->instrs.items[i].op == IR_SAFEPOINT)
      i++;
    if (i != n - 1 || b->instrs.items[i].op != IR_JUMP || b->instrs.items[i].target == b)
      return b;
    b = b->instrs.items[i].target;
  }
  return b;
}

int cg_fixup(CG *cg, Instr i, IrBlock *target, bool in_c) {
  int pc = cg_emit(cg, i);
  Fixup fx = {pc, thread(target), in_c};
  vec_push(&cg->fixups, fx);
  return pc;
}

/* A jump to a loop header that only tests the loop condition becomes a copy
** of that test (the loop's back edge then costs one instruction, not two). */
void cg_jump(CG *cg, IrBlock *target) {
  target = thread(target);
  if (target == cg->next)
    return;
  if (!cg->copying_test && cg_copy_test(cg, target))
    return;
  cg_fixup(cg, MK_ABx(OP_JMP, 0, 0), target, false);
}

Type *cg_regtype(CG *cg, IrReg r) { return cg->f->regs.items[r].type; }

int cg_slots(Type *t) { return (int)((ir_sizeof(t) + 7) / 8); }

bool cg_const_int(CG *cg, IrReg r, int64_t *v) {
  IrInstr *d = cg->def[r];
  if (d == NULL || d->op != IR_CONST)
    return false;
  Type *u = type_underlying(d->type);
  if (u->kind < T_BOOL || u->kind > T_UINTPTR)
    return false;
  *v = d->u.val == NULL ? 0
       : d->u.val->kind == CK_BOOL ? d->u.val->b
       : d->u.val->kind == CK_INT ? (int64_t)d->u.val->i
                                  : (int64_t)d->u.val->f;
  return true;
}

/* ---- analysis ---- */

typedef void (*RegFn)(CG *cg, IrInstr *ins, IrReg r, void *arg);

/* every register operand `ins` reads (with repetitions) */
static void for_uses(CG *cg, IrInstr *ins, RegFn fn, void *arg) {
  if (ins->a) fn(cg, ins, ins->a, arg);
  if (ins->b) fn(cg, ins, ins->b, arg);
  if (ins->c) fn(cg, ins, ins->c, arg);
  for (int i = 0; i < ins->nargs; i++)
    if (ins->args[i]) fn(cg, ins, ins->args[i], arg);
  if (ins->op == IR_SETFIELD || ins->op == IR_SETINDEX)
    fn(cg, ins, ins->dst, arg); /* updated in place */
}

/* every register `ins` writes */
static void for_defs(CG *cg, IrInstr *ins, RegFn fn, void *arg) {
  if (ins->dst) fn(cg, ins, ins->dst, arg);
  for (int i = 0; i < ins->nresults; i++)
    if (ins->results[i]) fn(cg, ins, ins->results[i], arg);
}

static void count_use(CG *cg, IrInstr *ins, IrReg r, void *arg) { cg->nuses[r]++; }

static void count_def(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  cg->ndefs[r]++;
  cg->def[r] = ins;
}

static void analyse(CG *cg) {
  IrFunc *f = cg->f;
  for (IrReg r = 1; r <= f->nparams; r++)
    cg->ndefs[r] = 1;
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    for (int i = 0; i < b->instrs.len; i++) {
      for_uses(cg, &b->instrs.items[i], count_use, NULL);
      for_defs(cg, &b->instrs.items[i], count_def, NULL);
    }
  }
  for (IrReg r = 1; r < cg->nregs; r++)
    if (cg->ndefs[r] != 1 || r <= f->nparams)
      cg->def[r] = NULL;
}

/* ---- call-area placement (cg.h) ---- */

typedef struct Placed {
  int from, to;   /* live from the def (2i+1) to the use (2j) */
  int off, n;     /* slots in the call area */
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

/* r, defined by b's instruction i: place it in the call area if it only
** carries an argument or a result (see cg.h); returns its offset or -1 */
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
  int i;
  PlacedList *pl;
  int *placed;
} PlaceArg;

static void place_def(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  PlaceArg *pa = arg;
  int off = area_offset(cg, pa->b, pa->i, r, pa->pl);
  if (off >= 0)
    pa->placed[r] = off;
}

static void assign_slots(CG *cg) {
  IrFunc *f = cg->f;
  int *placed = xmalloc(sizeof(int) * (size_t)cg->nregs);
  for (IrReg r = 0; r < cg->nregs; r++) {
    placed[r] = -1;
    cg->nslot[r] = r ? cg_slots(cg_regtype(cg, r)) : 0;
  }
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    PlacedList pl = {0};
    for (int i = 0; i < b->instrs.len; i++) {
      PlaceArg pa = {b, i, &pl, placed};
      for_defs(cg, &b->instrs.items[i], place_def, &pa);
    }
    vec_free(&pl);
  }
  int next = 0;
  for (IrReg r = 1; r < cg->nregs; r++)
    if (placed[r] < 0) {
      cg->slot[r] = next;
      next += cg->nslot[r];
      if (r == f->nparams)
        cg->p->nparamslots = next;
    }
  cg->nlocal = next;
  cg->area = next + VM_HDR;
  for (IrReg r = 1; r < cg->nregs; r++)
    if (placed[r] >= 0) {
      cg->slot[r] = cg->area + placed[r];
      if (placed[r] + cg->nslot[r] > cg->maxarea)
        cg->maxarea = placed[r] + cg->nslot[r];
    }
  free(placed);
}

/* ---- emission of the blocks ---- */

typedef struct FoldArg {
  IrInstr *next;
  int *folded;
} FoldArg;

static void count_fold(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  FoldArg *fa = arg;
  if (cg->def[r] && cg->def[r]->op == IR_CONST && cg_use_folds(cg, ins, fa->next, r))
    fa->folded[r]++;
}

/* dead[r]: the CONST defining r needs no code: every use folds */
static bool *dead_consts(CG *cg) {
  int *folded = xcalloc((size_t)cg->nregs, sizeof *folded);
  bool *dead = xcalloc((size_t)cg->nregs, sizeof *dead);
  for (int bi = 0; bi < cg->f->blocks.len; bi++) {
    IrBlock *b = cg->f->blocks.items[bi];
    for (int i = 0; i < b->instrs.len; i++) {
      FoldArg fa = {i + 1 < b->instrs.len ? &b->instrs.items[i + 1] : NULL, folded};
      for_uses(cg, &b->instrs.items[i], count_fold, &fa);
    }
  }
  for (IrReg r = 1; r < cg->nregs; r++)
    dead[r] = cg->def[r] && folded[r] == cg->nuses[r];
  free(folded);
  return dead;
}

static int block_index(CG *cg, IrBlock *b) {
  IrFunc *f = cg->f;
  if (b->id >= 0 && b->id < f->blocks.len && f->blocks.items[b->id] == b)
    return b->id;
  for (int i = 0; i < f->blocks.len; i++)
    if (f->blocks.items[i] == b)
      return i;
  fatal("block %d not in %s", b->id, f->name);
}

static void emit_blocks(CG *cg) {
  IrFunc *f = cg->f;
  bool *dead = cg->dead = dead_consts(cg);
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    cg->blockpc[bi] = cg->code.len;
    cg->next = bi + 1 < f->blocks.len ? f->blocks.items[bi + 1] : NULL;
    cg->block = b;
    for (int i = 0; i < b->instrs.len;) {
      IrInstr *ins = &b->instrs.items[i];
      cg->index = i;
      cg->line = ins->pos.line;
      if (ins->op == IR_CONST && dead[ins->dst]) {
        i++;
        continue;
      }
      i += cg_instr(cg, ins, i + 1 < b->instrs.len ? &b->instrs.items[i + 1] : NULL);
    }
  }
  free(dead);
  cg->dead = NULL;
}

static void patch_jumps(CG *cg) {
  for (int i = 0; i < cg->fixups.len; i++) {
    Fixup *fx = &cg->fixups.items[i];
    int64_t off = cg->blockpc[block_index(cg, fx->target)] - (fx->pc + 1);
    Instr *in = &cg->code.items[fx->pc];
    if (fx->in_c) {
      if (off < VM_MINSC || off > VM_MAXSC)
        cg_error(cg, NULL, "function %s is too large for the VM", cg->f->name);
      *in = (*in & ((UINT64_C(1) << 40) - 1)) | (Instr)(off & 0xffffff) << 40;
    } else {
      *in = (*in & ((UINT64_C(1) << 24) - 1)) | (Instr)off << 24;
    }
  }
}

static void compile_func(VmProgram *vp, IrFunc *f) {
  CG cg = {0};
  Proto *p = vp->protos[f->id];
  cg.vp = vp;
  cg.f = f;
  cg.p = p;
  cg.nregs = f->regs.len;
  cg.slot = xcalloc((size_t)cg.nregs, sizeof *cg.slot);
  cg.nslot = xcalloc((size_t)cg.nregs, sizeof *cg.nslot);
  cg.ndefs = xcalloc((size_t)cg.nregs, sizeof *cg.ndefs);
  cg.nuses = xcalloc((size_t)cg.nregs, sizeof *cg.nuses);
  cg.def = xcalloc((size_t)cg.nregs, sizeof *cg.def);
  cg.folded = xcalloc((size_t)cg.nregs, sizeof *cg.folded);
  cg.blockpc = xcalloc((size_t)f->blocks.len + 1, sizeof *cg.blockpc);
  cg.line = f->pos.line;
  analyse(&cg);
  assign_slots(&cg);
  emit_blocks(&cg);
  patch_jumps(&cg);
  int nres = 0;
  for (int i = 0; i < f->nresults; i++)
    nres += cg_slots(type_underlying(f->sig)->sig.results->tuple.vars.items[i]->type);
  p->nresultslots = nres;
  p->framesize = cg.area + cg.maxarea;
  if (p->framesize < nres)
    p->framesize = nres;
  if (p->framesize > VM_MAXSLOT)
    cg_error(&cg, NULL, "function %s needs a frame of %d slots: too large for the VM",
             f->name, p->framesize);
  p->code = cg.code.items;
  p->ncode = cg.code.len;
  p->lines = cg.lines.items;
  p->k = cg.k.items;
  p->nk = cg.k.len;
  p->exitpc = f->exit ? cg.blockpc[block_index(&cg, f->exit)] : -1;
  free(cg.slot), free(cg.nslot), free(cg.ndefs), free(cg.nuses), free(cg.def);
  free(cg.folded);
  free(cg.blockpc);
  vec_free(&cg.fixups);
}

/* ---- the program ---- */

static const char *abs_path(const char *path) {
  if (path[0] == '$' || path[0] == '/')
    return path;
  char *real = realpath(path, NULL);
  return real ? real : path;
}

static void make_protos(VmProgram *vp) {
  IrProgram *ir = vp->ir;
  vp->nprotos = ir->funcs.len;
  vp->protos = xcalloc((size_t)vp->nprotos + 1, sizeof *vp->protos);
  for (int i = 0; i < ir->funcs.len; i++) {
    IrFunc *f = ir->funcs.items[i];
    Proto *p = xcalloc(1, sizeof *p);
    p->fn = f;
    p->name = f->name;
    p->file = f->file ? abs_path(f->file->path) : "?";
    p->exitpc = -1;
    if (f->is_native)
      p->native = rt_native_lookup(f->native_name);
    vp->protos[f->id] = p;
  }
}

static void make_globals(VmProgram *vp) {
  IrProgram *ir = vp->ir;
  int64_t size = 0;
  vp->global_off = xcalloc((size_t)ir->globals.len + 1, sizeof *vp->global_off);
  for (int i = 0; i < ir->globals.len; i++) {
    IrGlobal *g = ir->globals.items[i];
    int64_t a = ir_alignof(g->type);
    size = (size + a - 1) / a * a;
    vp->global_off[g->id] = (uint64_t)size;
    size += ir_sizeof(g->type);
  }
  /* the data area is a GC root (issue 6), not a heap object */
  vp->globals = xcalloc((size_t)size + 8, 1);
}

bool vm_compile(VmProgram *vp) {
  make_protos(vp);
  vm_finish_types(vp);
  make_globals(vp);
  for (int i = 0; i < vp->ir->funcs.len; i++) {
    IrFunc *f = vp->ir->funcs.items[i];
    if (!f->is_native)
      compile_func(vp, f);
  }
  return !vp->failed;
}
