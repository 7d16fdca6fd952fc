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
**  2. constants: those folded into immediates everywhere are not emitted,
**     single-use ones outside loops are emitted where they are used;
**  3. frame slots (cgslots.c);
**  4. emit blocks in IR order, so a branch to the next block falls through;
**     a compare whose only use is the branch ending its block becomes one
**     compare-and-jump; jumps are patched once every block's pc is known;
**  5. the Proto: code, constants, pc -> line table, frame size, exit pc.
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

/* thread: where a jump to b really goes, past blocks that only jump on
** (a block with a safepoint does more: it is where a loop can be stopped) */
static IrBlock *thread(IrBlock *b) {
  for (int hops = 0; hops < 8; hops++) {
    if (b->instrs.len != 1 || b->instrs.items[0].op != IR_JUMP || b->instrs.items[0].target == b)
      return b;
    b = b->instrs.items[0].target;
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

void cg_for_uses(CG *cg, IrInstr *ins, RegFn fn, void *arg) {
  if (ins->a) fn(cg, ins, ins->a, arg);
  if (ins->b) fn(cg, ins, ins->b, arg);
  if (ins->c) fn(cg, ins, ins->c, arg);
  for (int i = 0; i < ins->nargs; i++)
    if (ins->args[i]) fn(cg, ins, ins->args[i], arg);
  if (ins->op == IR_SETFIELD || ins->op == IR_SETINDEX)
    fn(cg, ins, ins->dst, arg); /* updated in place */
}

void cg_for_defs(CG *cg, IrInstr *ins, RegFn fn, void *arg) {
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
      cg_for_uses(cg, &b->instrs.items[i], count_use, NULL);
      cg_for_defs(cg, &b->instrs.items[i], count_def, NULL);
    }
  }
  for (IrReg r = 1; r < cg->nregs; r++)
    if (cg->ndefs[r] != 1 || r <= f->nparams)
      cg->def[r] = NULL;
}

/* ---- constants ---- */

typedef struct FoldArg {
  IrInstr *next;
  int *folded;
} FoldArg;

static void count_fold(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  FoldArg *fa = arg;
  if (cg->def[r] && cg->def[r]->op == IR_CONST && cg_use_folds(cg, ins, fa->next, r))
    fa->folded[r]++;
}

typedef struct SinkArg {
  int bi, i;
  bool loop;
} SinkArg;

static void note_sink(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  SinkArg *sa = arg;
  if (cg->def[r] && cg->def[r]->op == IR_CONST && !cg->dead[r] && cg->nuses[r] == 1 && !sa->loop) {
    cg->sinkblock[r] = sa->bi;
    cg->sinkat[r] = sa->i;
  }
}

/* The lowering hoists every constant to the entry block. A CONST all of
** whose uses fold into immediates is dead (not emitted); one with a single
** use outside loops is sunk: emitted right before its use, so it is a
** block-local temporary instead of a register live through the whole
** function (table initializers have thousands of them). */
static void plan_consts(CG *cg) {
  IrFunc *f = cg->f;
  int *folded = xcalloc((size_t)cg->nregs, sizeof *folded);
  cg->dead = xcalloc((size_t)cg->nregs, sizeof *cg->dead);
  cg->sinkat = xmalloc(sizeof(int) * (size_t)cg->nregs);
  cg->sinkblock = xmalloc(sizeof(int) * (size_t)cg->nregs);
  for (IrReg r = 0; r < cg->nregs; r++)
    cg->sinkat[r] = cg->sinkblock[r] = -1;
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    for (int i = 0; i < b->instrs.len; i++) {
      FoldArg fa = {i + 1 < b->instrs.len ? &b->instrs.items[i + 1] : NULL, folded};
      cg_for_uses(cg, &b->instrs.items[i], count_fold, &fa);
    }
  }
  for (IrReg r = 1; r < cg->nregs; r++)
    cg->dead[r] = cg->def[r] && folded[r] == cg->nuses[r];
  free(folded);
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    for (int i = 0; i < b->instrs.len; i++) {
      SinkArg sa = {bi, i, b->loopdepth > 0};
      cg_for_uses(cg, &b->instrs.items[i], note_sink, &sa);
    }
  }
}

bool cg_sunk_at(CG *cg, IrReg r, int bi, int i) {
  return cg->sinkat[r] == i && cg->sinkblock[r] == bi;
}

typedef struct EmitArg {
  int bi, i;
} EmitArg;

static void emit_sunk(CG *cg, IrInstr *ins, IrReg r, void *arg) {
  EmitArg *ea = arg;
  if (cg_sunk_at(cg, r, ea->bi, ea->i))
    cg_instr(cg, cg->def[r], NULL);
}

/* ---- emission of the blocks ---- */

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
  for (int bi = 0; bi < f->blocks.len; bi++) {
    IrBlock *b = f->blocks.items[bi];
    cg->blockpc[bi] = cg->code.len;
    cg->next = bi + 1 < f->blocks.len ? f->blocks.items[bi + 1] : NULL;
    cg->block = b;
    for (int i = 0; i < b->instrs.len;) {
      IrInstr *ins = &b->instrs.items[i];
      cg->index = i;
      cg->line = ins->pos.line;
      if (ins->op == IR_CONST && (cg->dead[ins->dst] || cg->sinkat[ins->dst] >= 0)) {
        i++;
        continue;
      }
      EmitArg ea = {bi, i};
      cg_for_uses(cg, ins, emit_sunk, &ea);
      i += cg_instr(cg, ins, i + 1 < b->instrs.len ? &b->instrs.items[i + 1] : NULL);
    }
  }
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
  plan_consts(&cg);
  cg_assign_slots(&cg);
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
  free(cg.folded), free(cg.placed), free(cg.dead), free(cg.sinkat), free(cg.sinkblock);
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

/* gc's linker refuses data symbols above 2 GB (Go issue 9862); so does the
** VM, before trying to allocate them */
enum { MAX_SYMBOL_SIZE = 2000000000 };

static void make_globals(VmProgram *vp) {
  IrProgram *ir = vp->ir;
  int64_t size = 0;
  vp->global_off = xcalloc((size_t)ir->globals.len + 1, sizeof *vp->global_off);
  for (int i = 0; i < ir->globals.len; i++) {
    IrGlobal *g = ir->globals.items[i];
    int64_t a = ir_alignof(g->type), gsize = ir_sizeof(g->type);
    if (gsize > MAX_SYMBOL_SIZE) {
      vm_errorf(vp, g->obj ? g->obj->file : NULL, g->obj ? g->obj->pos : (Pos){0, 0},
                "%s: symbol too large (%lld bytes > %d bytes)", g->name, (long long)gsize,
                MAX_SYMBOL_SIZE);
      gsize = 0;
    }
    size = (size + a - 1) / a * a;
    vp->global_off[g->id] = (uint64_t)size;
    size += gsize;
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
