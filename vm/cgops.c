/*
** cgops.c -- IR -> bytecode, the instruction-level half: the bytecode of
** each IR operation (codegen.c lays out blocks, cgslots.c frames).
**
** Choices that make the hot paths short:
**  - typed opcodes picked from the checked type: integer ops on 64-bit
**    slots, then a SEXT/ZEXT only when a narrow result can leave its range
**    (+, -, *, /, <<, unary - and ^), float64 and float32 ops apart;
**  - immediates: a single-def integer CONST feeding +, - or a shift count
**    becomes ADDI / SHLI..., one feeding a compare-and-branch becomes
**    JLTI...; a constant array index becomes a field access; such a CONST
**    is then not emitted where all its uses fold (codegen.c plan_consts);
**  - compare + BRANCH on its result -> one compare-and-jump, inverted when
**    the true target is the next block;
**  - FIELDADDR / INDEXADDR whose only use is a later LOAD or STORE in the
**    same block (base and index unchanged in between) fold into it: a load
**    at an offset, or a bounds-checked element load/store;
**  - call arguments are moved to the call area, results moved back, and
**    both moves vanish for temporaries placed there (cg.h).
** Anything whose operands do not fit one word goes through a CALLH helper
** (helpers.h) with the same call-area convention.
*/
#include "cg.h"

#include <string.h>

#define RS(r) (cg->slot[r])
#define NS(r) (cg->nslot[r])

/* ---- types ---- */

SClass cg_sclass(Type *t) {
  switch (type_underlying(t)->kind) {
  case T_BOOL: case T_UINT8: return SC_U8;
  case T_INT8: return SC_I8;
  case T_INT16: return SC_I16;
  case T_UINT16: return SC_U16;
  case T_INT32: return SC_I32;
  case T_UINT32: case T_FLOAT32: return SC_U32;
  case T_INT: case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR:
  case T_FLOAT64: case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC:
    return SC_W64;
  default:
    return SC_BLOB;
  }
}

static TypeKind ukind(Type *t) { return type_underlying(t)->kind; }
static bool is_int(Type *t) { return ukind(t) >= T_INT && ukind(t) <= T_UINTPTR; }
static bool is_signed(Type *t) { return ukind(t) >= T_INT && ukind(t) <= T_INT64; }
static bool is_unsigned(Type *t) { return ukind(t) >= T_UINT && ukind(t) <= T_UINTPTR; }
static bool is_float64(Type *t) { return ukind(t) == T_FLOAT64; }
static bool is_float32(Type *t) { return ukind(t) == T_FLOAT32; }
static bool is_string(Type *t) { return ukind(t) == T_STRING; }
static bool is_iface(Type *t) { return ukind(t) == T_INTERFACE; }
/* compared as one 64-bit word: integers, bool, pointers, maps, chans,
** funcs, and slices (only ever compared with nil: the data pointer) */
static bool is_word(Type *t) {
  return ukind(t) == T_SLICE || (cg_sclass(t) != SC_BLOB && !is_float32(t) && !is_float64(t));
}

static uint64_t rtype_x(CG *cg, Type *t) { return (uint64_t)(uintptr_t)vm_rtype(cg->vp, t); }

static bool fits(int64_t v, int64_t lo, int64_t hi) { return v >= lo && v <= hi; }

/* ---- small emitters ---- */

static void area_need(CG *cg, int n) {
  if (n > cg->maxarea)
    cg->maxarea = n;
}

void cg_move(CG *cg, int dst, int src, int n) {
  if (dst == src || n == 0)
    return;
  static const VmOp moves[] = {OP_MOVE, OP_MOVE, OP_MOVE2, OP_MOVE3};
  if (n <= 3)
    cg_emit(cg, MK_ABC(moves[n], dst, src, 0));
  else
    cg_emit(cg, MK_ABC(OP_MOVEN, dst, src, n));
}

static void emit_zero(CG *cg, int dst, int n) {
  if (n > 0)
    cg_emit(cg, MK_ABC(OP_ZERO, dst, 0, n));
}

static void load_int(CG *cg, int dst, int64_t v) {
  if (fits(v, -((int64_t)1 << 39), ((int64_t)1 << 39) - 1))
    cg_emit(cg, MK_ABx(OP_LOADI, dst, (uint64_t)v & ((UINT64_C(1) << 40) - 1)));
  else
    cg_emit(cg, MK_ABx(OP_LOADK, dst, cg_kindex(cg, (uint64_t)v)));
}

static void load_ptr(CG *cg, int dst, const void *p) {
  cg_emit(cg, MK_ABx(OP_LOADK, dst, cg_kindex(cg, (uint64_t)(uintptr_t)p)));
}

/* a narrow integer result back into its type's range */
static void wrap(CG *cg, int dst, Type *t) {
  static const VmOp ext[] = {
      [SC_I8] = OP_SEXT8, [SC_U8] = OP_ZEXT8, [SC_I16] = OP_SEXT16,
      [SC_U16] = OP_ZEXT16, [SC_I32] = OP_SEXT32, [SC_U32] = OP_ZEXT32};
  SClass c = cg_sclass(t);
  if (c < SC_W64 && ukind(t) != T_BOOL)
    cg_emit(cg, MK_ABC(ext[c], dst, dst, 0));
}

static int64_t offset_arg(CG *cg, int64_t off) {
  if (!fits(off, VM_MINSC, VM_MAXSC))
    cg_error(cg, NULL, "offset %lld too large for the VM", (long long)off);
  return off;
}

/* a load R[reg] := value of type t at R[p] + off, or (store) the store of
** R[reg] there; nil-checked */
static void mem_access(CG *cg, bool store, int reg, int p, int64_t off, Type *t) {
  static const VmOp ld[] = {OP_LDI8, OP_LDU8, OP_LDI16, OP_LDU16, OP_LDI32, OP_LDU32, OP_LD64};
  static const VmOp st[] = {OP_ST8, OP_ST8, OP_ST16, OP_ST16, OP_ST32, OP_ST32, OP_ST64};
  SClass c = cg_sclass(t);
  int64_t size = ir_sizeof(t);
  if (c != SC_BLOB) {
    off = offset_arg(cg, off);
    cg_emit(cg, store ? MK_ABC(st[c], p, reg, off) : MK_ABC(ld[c], reg, p, off));
  } else if (size == 0) {
    cg_emit(cg, MK_ABC(OP_NILCHK, p, 0, 0));
  } else if (off < 0 || off > VM_MAXC) {
    cg_error(cg, NULL, "offset %lld too large for the VM", (long long)off);
  } else {
    Instr i = store ? MK_ABC(OP_STN, p, reg, off) : MK_ABC(OP_LDN, reg, p, off);
    cg_emitx(cg, i, (uint64_t)size);
  }
}

/* R[reg] := the field of type t at byte off of the aggregate in R[agg..],
** or (set) that field := R[reg] */
static void field_access(CG *cg, bool set, int agg, int reg, int64_t off, Type *t) {
  static const VmOp gf[] = {OP_GETFI8, OP_GETFU8, OP_GETFI16, OP_GETFU16,
                            OP_GETFI32, OP_GETFU32, OP_GETF64};
  static const VmOp sf[] = {OP_SETF8, OP_SETF8, OP_SETF16, OP_SETF16,
                            OP_SETF32, OP_SETF32, OP_SETF64};
  SClass c = cg_sclass(t);
  int64_t size = ir_sizeof(t);
  if (size == 0)
    return;
  if (c != SC_BLOB)
    cg_emit(cg, set ? MK_ABC(sf[c], agg, reg, off) : MK_ABC(gf[c], reg, agg, off));
  else if (off % 8 == 0 && size % 8 == 0) /* whole slots */
    set ? cg_move(cg, agg + (int)(off / 8), reg, (int)(size / 8))
        : cg_move(cg, reg, agg + (int)(off / 8), (int)(size / 8));
  else
    cg_emitx(cg, set ? MK_ABC(OP_SETFN, agg, reg, off) : MK_ABC(OP_GETFN, reg, agg, off),
             (uint64_t)size);
}

/* the C operand of an indexing instruction: index slot plus its flag */
static unsigned index_c(CG *cg, IrReg idx) {
  return (unsigned)RS(idx) | (is_unsigned(cg_regtype(cg, idx)) ? 1u << 16 : 0);
}

/* ---- calls: argument and result layout in the call area ---- */

static Type *sig_of(CG *cg, IrInstr *ins) {
  switch (ins->op) {
  case IR_CALL:
    return type_underlying(ins->u.fn->sig);
  case IR_CALLFUNC:
    return type_underlying(cg_regtype(cg, ins->a));
  case IR_CALLIFACE:
    return type_underlying(type_underlying(cg_regtype(cg, ins->a))->iface.all.items[ins->imm]->type);
  default:
    return NULL;
  }
}

static bool call_like(IrInstr *ins) {
  return ins->op == IR_CALL || ins->op == IR_CALLFUNC || ins->op == IR_CALLIFACE ||
         ins->op == IR_RTCALL;
}

/* slots of result i of a call-like instruction */
static int result_slots(CG *cg, IrInstr *ins, int i) {
  Type *sig = sig_of(cg, ins);
  if (sig)
    return cg_slots(sig->sig.results->tuple.vars.items[i]->type);
  Type *mt = ins->type ? type_underlying(ins->type) : NULL;
  switch ((IrRtFn)ins->sub) {
  case RT_MAPACCESS1: case RT_MAPACCESS2:
    return i == 0 ? cg_slots(mt->map.elem) : 1;
  case RT_MAPITERNEXT:
    return i == 0 ? cg_slots(mt->map.key) : i == 1 ? cg_slots(mt->map.elem) : 1;
  default:
    return ins->results[i] ? NS(ins->results[i]) : 1;
  }
}

static int arg_base(IrInstr *ins) { return ins->op == IR_CALLIFACE ? 1 : 0; }

int cg_arg_offset(CG *cg, IrInstr *ins, IrReg reg) {
  if (!call_like(ins) || ins->a == reg)
    return -1;
  int off = arg_base(ins), found = -1;
  for (int i = 0; i < ins->nargs; i++) {
    if (ins->args[i] == reg) {
      if (found >= 0)
        return -1; /* passed twice */
      found = off;
    }
    off += NS(ins->args[i]);
  }
  return found;
}

int cg_result_offset(CG *cg, IrInstr *ins, IrReg reg) {
  if (!call_like(ins))
    return -1;
  int off = 0;
  for (int i = 0; i < ins->nresults; i++) {
    if (ins->results[i] == reg)
      return off;
    off += result_slots(cg, ins, i);
  }
  return -1;
}

/* args to the call area from slot `start`; returns the end */
static int put_args(CG *cg, IrReg *args, int n, int start) {
  int off = start;
  for (int i = 0; i < n; i++) {
    cg_move(cg, cg->area + off, RS(args[i]), NS(args[i]));
    off += NS(args[i]);
  }
  area_need(cg, off);
  return off;
}

static void get_results(CG *cg, IrInstr *ins) {
  int off = 0;
  for (int i = 0; i < ins->nresults; i++) {
    int n = result_slots(cg, ins, i);
    if (ins->results[i])
      cg_move(cg, RS(ins->results[i]), cg->area + off, n);
    off += n;
  }
  area_need(cg, off);
}

/* a helper on operands regs[0..n) in the call area, result into dst */
static void helper(CG *cg, VmHelperId h, IrReg *regs, int n, uint64_t x, IrReg dst) {
  put_args(cg, regs, n, 0);
  cg_emitx(cg, MK_ABC(OP_CALLH, cg->area, h, 0), x);
  if (dst) {
    area_need(cg, NS(dst));
    cg_move(cg, RS(dst), cg->area, NS(dst));
  }
}

bool cg_uses_area(CG *cg, IrInstr *ins) {
  switch (ins->op) {
  case IR_CALL: case IR_CALLFUNC: case IR_CALLIFACE: case IR_RTCALL: case IR_GO:
  case IR_MAKESLICE: case IR_SLICE: case IR_CONCAT: case IR_MAKECLOSURE:
  case IR_MAKEIFACE: case IR_TYPEASSERT: case IR_CONVERT:
    return true;
  case IR_LEN: case IR_CAP:
    return ukind(cg_regtype(cg, ins->a)) == T_MAP || ukind(cg_regtype(cg, ins->a)) == T_CHAN;
  case IR_BINARY:
    return ins->sub == IR_OP_ADD && is_string(ins->type);
  case IR_RETURN:
    return ins->nargs > 1;
  default:
    return false;
  }
}

/* ---- immediates ---- */

static bool is_compare(int sub) { return sub >= IR_OP_EQ && sub <= IR_OP_GE; }

/* the compare `ins` becomes one compare-and-jump with the BRANCH `next` */
static bool fuses(CG *cg, IrInstr *ins, IrInstr *next) {
  if (ins->op != IR_BINARY || !is_compare(ins->sub) || next == NULL ||
      next->op != IR_BRANCH || next->a != ins->dst || cg->nuses[ins->dst] != 1 ||
      cg->ndefs[ins->dst] != 1)
    return false;
  Type *t = ins->type;
  if (is_float64(t))
    return true;
  if (!is_word(t))
    return false;
  return ins->sub == IR_OP_EQ || ins->sub == IR_OP_NE || is_int(t);
}

/* the immediate a compare-and-jump can take for operand r */
static bool cmp_imm(CG *cg, IrInstr *ins, IrReg r, int64_t *v) {
  if (ins->a == ins->b || !cg_const_int(cg, r, v) || !fits(*v, VM_MINSB, VM_MAXSB))
    return false;
  return ins->sub == IR_OP_EQ || ins->sub == IR_OP_NE || is_signed(ins->type);
}

/* ADDI's immediate for operand r of ins (SUB negates it) */
static bool add_imm(CG *cg, IrInstr *ins, IrReg r, int64_t *v) {
  if (ins->op != IR_BINARY || ins->a == ins->b || !is_int(ins->type))
    return false;
  if (ins->sub == IR_OP_ADD && (r == ins->a || r == ins->b) && cg_const_int(cg, r, v))
    return fits(*v, VM_MINSC, VM_MAXSC);
  if (ins->sub == IR_OP_SUB && r == ins->b && cg_const_int(cg, r, v)) {
    *v = -*v;
    return fits(*v, VM_MINSC, VM_MAXSC);
  }
  return false;
}

/* a constant shift count (never negative: the checker rejects that) */
static bool shift_imm(CG *cg, IrInstr *ins, IrReg r, int64_t *v) {
  return ins->op == IR_BINARY && (ins->sub == IR_OP_SHL || ins->sub == IR_OP_SHR) &&
         r == ins->b && ins->a != ins->b && cg_const_int(cg, r, v) && *v >= 0;
}

/* a constant index into an array value, in range */
static bool array_imm(CG *cg, IrInstr *ins, IrReg r, int64_t *v) {
  IrReg arr;
  if (ins->op == IR_INDEX && r == ins->b)
    arr = ins->a;
  else if (ins->op == IR_SETINDEX && r == ins->b)
    arr = ins->dst;
  else
    return false;
  Type *u = type_underlying(cg_regtype(cg, arr));
  return u->kind == T_ARRAY && ins->c != r && ins->a != ins->b && cg_const_int(cg, r, v) &&
         *v >= 0 && *v < u->array.len;
}

/* the operand of a compare-and-jump or of ADDI that is an immediate: b
** when it can be, else a; 0 when neither */
static IrReg imm_operand(CG *cg, IrInstr *ins, bool fused) {
  int64_t v;
  if (fused)
    return cmp_imm(cg, ins, ins->b, &v) ? ins->b : cmp_imm(cg, ins, ins->a, &v) ? ins->a : 0;
  return add_imm(cg, ins, ins->b, &v) ? ins->b : add_imm(cg, ins, ins->a, &v) ? ins->a : 0;
}

bool cg_use_folds(CG *cg, IrInstr *ins, IrInstr *next, IrReg r) {
  int64_t v;
  if (fuses(cg, ins, next))
    return r == imm_operand(cg, ins, true);
  return r == imm_operand(cg, ins, false) || shift_imm(cg, ins, r, &v) ||
         array_imm(cg, ins, r, &v);
}

/* ---- constants ---- */

static double const_float(const Const *c) {
  return c->kind == CK_FLOAT ? c->f : c->kind == CK_INT ? (double)c->i : 0;
}

static void op_const(CG *cg, IrInstr *ins) {
  int d = RS(ins->dst);
  const Const *c = ins->u.val;
  Type *t = cg_regtype(cg, ins->dst);
  if (c == NULL) {
    emit_zero(cg, d, NS(ins->dst));
    return;
  }
  switch (ukind(t)) {
  case T_BOOL:
    load_int(cg, d, c->kind == CK_BOOL ? c->b : c->i != 0);
    return;
  case T_FLOAT64: {
    double f = const_float(c);
    uint64_t bits;
    memcpy(&bits, &f, sizeof bits);
    load_int(cg, d, (int64_t)bits);
    return;
  }
  case T_FLOAT32: {
    float f = (float)const_float(c);
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    load_int(cg, d, bits);
    return;
  }
  case T_STRING: {
    if (c->slen == 0) {
      emit_zero(cg, d, 2);
      return;
    }
    char *bytes = xmalloc(c->slen);
    memcpy(bytes, c->s, c->slen);
    vec_push(&cg->k, (uint64_t)(uintptr_t)bytes);
    vec_push(&cg->k, (uint64_t)c->slen);
    cg_emit(cg, MK_ABx(OP_LOADK2, d, (uint64_t)cg->k.len - 2));
    return;
  }
  default:
    if (is_int(t)) {
      load_int(cg, d, c->kind == CK_FLOAT ? (int64_t)c->f : (int64_t)c->i);
      return;
    }
    emit_zero(cg, d, NS(ins->dst)); /* nil */
  }
}

static Closure *funcval(CG *cg, IrInstr *ins, IrFunc *fn) {
  VmProgram *vp = cg->vp;
  if (vp->funcvals == NULL)
    vp->funcvals = xcalloc((size_t)vp->nprotos + 1, sizeof *vp->funcvals);
  Proto *p = vp->protos[fn->id];
  if (fn->is_native && p->native == NULL)
    cg_error(cg, ins, "%s is not implemented", fn->native_name);
  if (vp->funcvals[fn->id] == NULL) {
    Closure *c = mallocgc(sizeof *c, NULL, true);
    c->fn = p;
    vp->funcvals[fn->id] = c;
  }
  return vp->funcvals[fn->id];
}

/* ---- arithmetic ---- */

typedef struct Cond {
  VmOp op;           /* a compare-and-jump opcode */
  int a, b;          /* slots; b is an immediate for the ...I forms */
} Cond;

/* jump-if-true condition of compare `sub` on slots x, y of type t;
** negate: jump if false */
static Cond int_cond(int sub, int x, int y, bool sgn, bool negate) {
  if (negate) {
    static const int neg[] = {[IR_OP_EQ] = IR_OP_NE, [IR_OP_NE] = IR_OP_EQ, [IR_OP_LT] = IR_OP_GE,
                              [IR_OP_LE] = IR_OP_GT, [IR_OP_GT] = IR_OP_LE, [IR_OP_GE] = IR_OP_LT};
    sub = neg[sub];
  }
  switch (sub) {
  case IR_OP_EQ: return (Cond){OP_JEQ, x, y};
  case IR_OP_NE: return (Cond){OP_JNE, x, y};
  case IR_OP_LT: return (Cond){sgn ? OP_JLT : OP_JLTU, x, y};
  case IR_OP_LE: return (Cond){sgn ? OP_JLE : OP_JLEU, x, y};
  case IR_OP_GT: return (Cond){sgn ? OP_JLT : OP_JLTU, y, x};
  default: return (Cond){sgn ? OP_JLE : OP_JLEU, y, x}; /* GE */
  }
}

static Cond imm_cond(int sub, int x, int64_t v, bool negate) {
  static const VmOp ops[] = {[IR_OP_EQ] = OP_JEQI, [IR_OP_NE] = OP_JNEI, [IR_OP_LT] = OP_JLTI,
                             [IR_OP_LE] = OP_JLEI, [IR_OP_GT] = OP_JGTI, [IR_OP_GE] = OP_JGEI};
  static const int neg[] = {[IR_OP_EQ] = IR_OP_NE, [IR_OP_NE] = IR_OP_EQ, [IR_OP_LT] = IR_OP_GE,
                            [IR_OP_LE] = IR_OP_GT, [IR_OP_GT] = IR_OP_LE, [IR_OP_GE] = IR_OP_LT};
  return (Cond){ops[negate ? neg[sub] : sub], x, (int)v};
}

static Cond float_cond(int sub, int x, int y, bool negate) {
  switch (sub) {
  case IR_OP_EQ: return (Cond){negate ? OP_JNEF : OP_JEQF, x, y};
  case IR_OP_NE: return (Cond){negate ? OP_JEQF : OP_JNEF, x, y};
  case IR_OP_LT: return (Cond){negate ? OP_JNLTF : OP_JLTF, x, y};
  case IR_OP_LE: return (Cond){negate ? OP_JNLEF : OP_JLEF, x, y};
  case IR_OP_GT: return (Cond){negate ? OP_JNLTF : OP_JLTF, y, x};
  default: return (Cond){negate ? OP_JNLEF : OP_JLEF, y, x};
  }
}

/* the compare ins, then BRANCH br on it, as compare-and-jumps */
static void cmp_branch(CG *cg, IrInstr *ins, IrInstr *br) {
  bool negate = br->target == cg->next; /* jump to els when false */
  IrBlock *to = negate ? br->els : br->target;
  int64_t v;
  int sub = ins->sub;
  Cond c;
  if (is_float64(ins->type)) {
    c = float_cond(sub, RS(ins->a), RS(ins->b), negate);
  } else if (imm_operand(cg, ins, true) == ins->b) {
    cmp_imm(cg, ins, ins->b, &v);
    c = imm_cond(sub, RS(ins->a), v, negate);
  } else if (imm_operand(cg, ins, true) == ins->a) {
    cmp_imm(cg, ins, ins->a, &v);
    static const int mirror[] = {[IR_OP_EQ] = IR_OP_EQ, [IR_OP_NE] = IR_OP_NE, [IR_OP_LT] = IR_OP_GT,
                                 [IR_OP_LE] = IR_OP_GE, [IR_OP_GT] = IR_OP_LT, [IR_OP_GE] = IR_OP_LE};
    c = imm_cond(mirror[sub], RS(ins->b), v, negate);
  } else {
    c = int_cond(sub, RS(ins->a), RS(ins->b), is_signed(ins->type), negate);
  }
  cg_fixup(cg, MK_ABC(c.op, c.a, c.b, 0), to, true);
  if (!negate)
    cg_jump(cg, br->els);
}

bool cg_copy_test(CG *cg, IrBlock *b) {
  int n = b->instrs.len;
  if (n < 2 || !fuses(cg, &b->instrs.items[n - 2], &b->instrs.items[n - 1]))
    return false;
  IrInstr *cmp = &b->instrs.items[n - 2];
  if (cg->sinkat[cmp->a] >= 0 || cg->sinkat[cmp->b] >= 0)
    return false; /* a constant emitted only in b */
  for (int i = 0; i < n - 2; i++) {
    IrInstr *ins = &b->instrs.items[i];
    if (ins->op != IR_SAFEPOINT && !(ins->op == IR_CONST && cg->dead[ins->dst]))
      return false;
  }
  cg->copying_test = true;
  for (int i = 0; i < n - 2; i++) /* the loop's back-edge safepoint */
    if (b->instrs.items[i].op == IR_SAFEPOINT)
      cg_emit(cg, MK_ABC(OP_SAFEPOINT, 0, 0, 0));
  cmp_branch(cg, &b->instrs.items[n - 2], &b->instrs.items[n - 1]);
  cg->copying_test = false;
  return true;
}

static void op_compare(CG *cg, IrInstr *ins) {
  Type *t = ins->type;
  int d = RS(ins->dst), a = RS(ins->a), b = RS(ins->b);
  int sub = ins->sub;
  bool swap = sub == IR_OP_GT || sub == IR_OP_GE;
  int x = swap ? b : a, y = swap ? a : b;
  bool eq = sub == IR_OP_EQ || sub == IR_OP_NE;
  if (is_word(t)) {
    static const VmOp ops[] = {[IR_OP_EQ] = OP_EQ, [IR_OP_NE] = OP_NE, [IR_OP_LT] = OP_LT,
                               [IR_OP_LE] = OP_LE, [IR_OP_GT] = OP_LT, [IR_OP_GE] = OP_LE};
    VmOp op = ops[sub];
    if (!eq && !is_signed(t))
      op = op == OP_LT ? OP_LTU : OP_LEU;
    cg_emit(cg, MK_ABC(op, d, x, y));
  } else if (is_float64(t) || is_float32(t)) {
    static const VmOp f64[] = {[IR_OP_EQ] = OP_EQF, [IR_OP_NE] = OP_NEF, [IR_OP_LT] = OP_LTF,
                               [IR_OP_LE] = OP_LEF, [IR_OP_GT] = OP_LTF, [IR_OP_GE] = OP_LEF};
    static const VmOp f32[] = {[IR_OP_EQ] = OP_EQF32, [IR_OP_NE] = OP_NEF32, [IR_OP_LT] = OP_LTF32,
                               [IR_OP_LE] = OP_LEF32, [IR_OP_GT] = OP_LTF32, [IR_OP_GE] = OP_LEF32};
    cg_emit(cg, MK_ABC(is_float64(t) ? f64[sub] : f32[sub], d, x, y));
  } else if (is_string(t)) {
    static const VmOp s[] = {[IR_OP_EQ] = OP_EQS, [IR_OP_NE] = OP_NES, [IR_OP_LT] = OP_LTS,
                             [IR_OP_LE] = OP_LES, [IR_OP_GT] = OP_LTS, [IR_OP_GE] = OP_LES};
    cg_emit(cg, MK_ABC(s[sub], d, x, y));
  } else {
    /* structs, arrays, interfaces: the runtime's == (may panic) */
    cg_emitx(cg, MK_ABC(OP_EQV, d, a, b), rtype_x(cg, t));
    if (sub == IR_OP_NE)
      cg_emit(cg, MK_ABC(OP_NOT, d, d, 0));
  }
}

static void op_shift(CG *cg, IrInstr *ins) {
  int d = RS(ins->dst), a = RS(ins->a), b = RS(ins->b);
  Type *t = ins->type;
  bool left = ins->sub == IR_OP_SHL, sgn = is_signed(t);
  int64_t v;
  if (shift_imm(cg, ins, ins->b, &v)) {
    if (v >= 64 && (left || !sgn))
      load_int(cg, d, 0);
    else
      cg_emit(cg, MK_ABC(left ? OP_SHLI : sgn ? OP_SARI : OP_SHRI, d, a, v >= 64 ? 63 : v));
  } else {
    bool scount = is_signed(cg_regtype(cg, ins->b));
    VmOp op = left ? (scount ? OP_SHLS : OP_SHL)
              : sgn ? (scount ? OP_SARS : OP_SAR)
                    : (scount ? OP_SHRS : OP_SHR);
    cg_emit(cg, MK_ABC(op, d, a, b));
  }
  if (left)
    wrap(cg, d, t);
}

static void op_arith(CG *cg, IrInstr *ins) {
  Type *t = ins->type;
  int d = RS(ins->dst), a = RS(ins->a), b = RS(ins->b);
  int sub = ins->sub;
  if (is_string(t)) { /* + */
    IrReg ops[2] = {ins->a, ins->b};
    helper(cg, H_CONCAT, ops, 2, 2, ins->dst);
    return;
  }
  if (is_float64(t) || is_float32(t)) {
    static const VmOp f64[] = {[IR_OP_ADD] = OP_ADDF, [IR_OP_SUB] = OP_SUBF,
                               [IR_OP_MUL] = OP_MULF, [IR_OP_DIV] = OP_DIVF};
    static const VmOp f32[] = {[IR_OP_ADD] = OP_ADDF32, [IR_OP_SUB] = OP_SUBF32,
                               [IR_OP_MUL] = OP_MULF32, [IR_OP_DIV] = OP_DIVF32};
    cg_emit(cg, MK_ABC(is_float64(t) ? f64[sub] : f32[sub], d, a, b));
    return;
  }
  if (sub == IR_OP_SHL || sub == IR_OP_SHR) {
    op_shift(cg, ins);
    return;
  }
  int64_t v;
  IrReg imm = imm_operand(cg, ins, false);
  if (imm) {
    add_imm(cg, ins, imm, &v);
    cg_emit(cg, MK_ABC(OP_ADDI, d, imm == ins->b ? a : b, v));
  } else {
    bool sgn = is_signed(t);
    static const VmOp ops[] = {
        [IR_OP_ADD] = OP_ADD, [IR_OP_SUB] = OP_SUB, [IR_OP_MUL] = OP_MUL, [IR_OP_DIV] = OP_DIV,
        [IR_OP_REM] = OP_REM, [IR_OP_AND] = OP_AND, [IR_OP_OR] = OP_OR, [IR_OP_XOR] = OP_XOR,
        [IR_OP_ANDNOT] = OP_ANDNOT};
    VmOp op = ops[sub];
    if (!sgn && op == OP_DIV)
      op = OP_DIVU;
    if (!sgn && op == OP_REM)
      op = OP_REMU;
    cg_emit(cg, MK_ABC(op, d, a, b));
  }
  if (sub == IR_OP_ADD || sub == IR_OP_SUB || sub == IR_OP_MUL || sub == IR_OP_DIV)
    wrap(cg, d, t);
}

static int op_binary(CG *cg, IrInstr *ins, IrInstr *next) {
  if (fuses(cg, ins, next)) {
    cmp_branch(cg, ins, next);
    return 2;
  }
  if (is_compare(ins->sub))
    op_compare(cg, ins);
  else
    op_arith(cg, ins);
  return 1;
}

static void op_unary(CG *cg, IrInstr *ins) {
  Type *t = ins->type;
  int d = RS(ins->dst), a = RS(ins->a);
  switch (ins->sub) {
  case IR_OP_NOT:
    cg_emit(cg, MK_ABC(OP_NOT, d, a, 0));
    return;
  case IR_OP_NEG:
    if (is_float64(t) || is_float32(t)) {
      cg_emit(cg, MK_ABC(is_float64(t) ? OP_NEGF : OP_NEGF32, d, a, 0));
      return;
    }
    cg_emit(cg, MK_ABC(OP_NEG, d, a, 0));
    wrap(cg, d, t);
    return;
  default: /* COMPL */
    cg_emit(cg, MK_ABC(OP_COMPL, d, a, 0));
    wrap(cg, d, t);
  }
}

/* numeric conversion: R[d] := T(R[a] of type S) */
static void convert_number(CG *cg, int d, int a, Type *t, Type *s) {
  bool tf = is_float64(t) || is_float32(t), sf = is_float64(s) || is_float32(s);
  if (!tf && !sf) {
    cg_move(cg, d, a, 1);
    wrap(cg, d, t);
    return;
  }
  bool u64 = is_unsigned(s) && cg_sclass(s) == SC_W64;
  if (!sf) {
    VmOp op = is_float64(t) ? (u64 ? OP_U2F : OP_I2F) : (u64 ? OP_U2F32 : OP_I2F32);
    cg_emit(cg, MK_ABC(op, d, a, 0));
    return;
  }
  if (tf) {
    if (is_float64(t) == is_float64(s))
      cg_move(cg, d, a, 1);
    else
      cg_emit(cg, MK_ABC(is_float64(t) ? OP_F32TOF : OP_FTOF32, d, a, 0));
    return;
  }
  if (is_float32(s)) {
    cg_emit(cg, MK_ABC(OP_F32TOF, d, a, 0));
    a = d;
  }
  bool tu64 = is_unsigned(t) && cg_sclass(t) == SC_W64;
  cg_emit(cg, MK_ABC(tu64 ? OP_F2U : OP_F2I, d, a, 0));
  wrap(cg, d, t);
}

static void op_convert(CG *cg, IrInstr *ins) {
  Type *t = cg_regtype(cg, ins->dst), *s = cg_regtype(cg, ins->a);
  Type *tu = type_underlying(t), *su = type_underlying(s);
  int d = RS(ins->dst), a = RS(ins->a);
  if (tu->kind == T_STRING && su->kind != T_STRING) {
    VmHelperId h = is_int(s) ? H_INTSTRING
                   : ukind(su->slice.elem) == T_INT32 ? H_RUNES2STR
                                                     : H_BYTES2STR;
    helper(cg, h, &ins->a, 1, 0, ins->dst);
  } else if (tu->kind == T_POINTER && su->kind == T_SLICE) {
    helper(cg, H_SLICE2ARRP, &ins->a, 1, (uint64_t)type_underlying(tu->pointer.elem)->array.len,
           ins->dst);
  } else if (tu->kind == T_SLICE && su->kind == T_STRING) {
    helper(cg, ukind(tu->slice.elem) == T_INT32 ? H_STR2RUNES : H_STR2BYTES, &ins->a, 1, 0,
           ins->dst);
  } else if ((is_int(t) || is_float64(t) || is_float32(t)) &&
             (is_int(s) || is_float64(s) || is_float32(s))) {
    convert_number(cg, d, a, t, s);
  } else {
    cg_move(cg, d, a, NS(ins->dst)); /* same representation */
  }
}

/* ---- aggregates ---- */

static void op_index(CG *cg, IrInstr *ins) {
  static const VmOp idx[] = {OP_IDXI8, OP_IDXU8, OP_IDXI16, OP_IDXU16,
                             OP_IDXI32, OP_IDXU32, OP_IDX64};
  Type *at = cg_regtype(cg, ins->a), *et = cg_regtype(cg, ins->dst);
  Type *u = type_underlying(at);
  int d = RS(ins->dst), a = RS(ins->a);
  int64_t v;
  if (u->kind == T_ARRAY) {
    if (array_imm(cg, ins, ins->b, &v))
      field_access(cg, false, a, d, v * ir_sizeof(u->array.elem), et);
    else
      cg_emitx(cg, MK_ABC(OP_AIDX, d, a, index_c(cg, ins->b)), rtype_x(cg, at));
    return;
  }
  SClass c = u->kind == T_STRING ? SC_U8 : cg_sclass(et);
  if (c != SC_BLOB)
    cg_emit(cg, MK_ABC(idx[c], d, a, index_c(cg, ins->b)));
  else
    cg_emitx(cg, MK_ABC(OP_IDXN, d, a, index_c(cg, ins->b)), rtype_x(cg, et));
}

static void op_setindex(CG *cg, IrInstr *ins) {
  Type *at = cg_regtype(cg, ins->dst);
  Type *u = type_underlying(at);
  int64_t v;
  if (array_imm(cg, ins, ins->b, &v)) {
    field_access(cg, true, RS(ins->dst), RS(ins->c), v * ir_sizeof(u->array.elem), u->array.elem);
    return;
  }
  unsigned c = (unsigned)RS(ins->c) | (is_unsigned(cg_regtype(cg, ins->b)) ? 1u << 16 : 0);
  cg_emitx(cg, MK_ABC(OP_ASETIDX, RS(ins->dst), RS(ins->b), c), rtype_x(cg, at));
}

static void op_len(CG *cg, IrInstr *ins) {
  Type *u = type_underlying(cg_regtype(cg, ins->a));
  int d = RS(ins->dst), a = RS(ins->a);
  bool cap = ins->op == IR_CAP;
  if (u->kind == T_POINTER)
    u = type_underlying(u->pointer.elem);
  switch (u->kind) {
  case T_ARRAY:
    load_int(cg, d, u->array.len);
    return;
  case T_STRING:
  case T_SLICE:
    cg_move(cg, d, a + (cap ? 2 : 1), 1);
    return;
  case T_MAP:
    helper(cg, H_MAPLEN, &ins->a, 1, 0, ins->dst);
    return;
  case T_CHAN:
    helper(cg, cap ? H_CHANCAP : H_CHANLEN, &ins->a, 1, 0, ins->dst);
    return;
  default:
    fatal("len or cap of type kind %d", (int)u->kind);
  }
}

static void op_slice(CG *cg, IrInstr *ins) {
  Type *xt = cg_regtype(cg, ins->a);
  Type *u = type_underlying(xt);
  SliceDesc *sd = xcalloc(1, sizeof *sd);
  IrReg ops[4] = {ins->a};
  int n = 1;
  IrReg max = ins->nargs > 0 ? ins->args[0] : 0;
  if (u->kind == T_STRING) {
    sd->kind = SLICE_STRING;
    sd->esize = 1;
  } else if (u->kind == T_SLICE) {
    sd->kind = SLICE_SLICE;
    sd->esize = (uintptr_t)ir_sizeof(u->slice.elem);
  } else {
    Type *arr = type_underlying(u->pointer.elem);
    sd->kind = SLICE_ARRAYPTR;
    sd->esize = (uintptr_t)ir_sizeof(arr->array.elem);
    sd->arraylen = (intptr_t)arr->array.len;
  }
  if ((sd->lo = ins->b != 0))
    sd->lo_signed = is_signed(cg_regtype(cg, ins->b)), ops[n++] = ins->b;
  if ((sd->hi = ins->c != 0))
    sd->hi_signed = is_signed(cg_regtype(cg, ins->c)), ops[n++] = ins->c;
  if ((sd->max = max != 0))
    sd->max_signed = is_signed(cg_regtype(cg, max)), ops[n++] = max;
  helper(cg, H_SLICE, ops, n, (uint64_t)(uintptr_t)sd, ins->dst);
}

/* ---- addresses folded into loads and stores (cg_plan_fold decides: an
** address whose only use is a later LOAD or STORE in its block, nothing in
** between changing its operands or the call area) ---- */

int cg_plan_fold(CG *cg, IrBlock *b, int i) {
  IrInstr *ins = &b->instrs.items[i];
  IrReg t = ins->dst;
  FoldedAddr fa;
  if (ins->op == IR_FIELDADDR) {
    Type *st = type_underlying(type_underlying(cg_regtype(cg, ins->a))->pointer.elem);
    fa = (FoldedAddr){IR_FIELDADDR, ins->a, 0, ir_field_offset(st, (int)ins->imm)};
  } else if (ins->op == IR_INDEXADDR) {
    Type *u = type_underlying(cg_regtype(cg, ins->a));
    if (u->kind != T_SLICE || cg_sclass(u->slice.elem) == SC_BLOB)
      return -1; /* no element load/store opcode for it */
    fa = (FoldedAddr){IR_INDEXADDR, ins->a, ins->b, 0};
  } else {
    return -1;
  }
  /* operands in the call area could be overwritten before the use */
  if (cg->ndefs[t] != 1 || cg->nuses[t] != 1 || cg->placed[t] >= 0 || cg->placed[ins->a] >= 0 ||
      (ins->b && cg->placed[ins->b] >= 0))
    return -1;
  for (int j = i + 1; j < b->instrs.len; j++) {
    IrInstr *u = &b->instrs.items[j];
    if ((u->op == IR_LOAD && u->a == t) || (u->op == IR_STORE && u->a == t && u->b != t)) {
      cg->folded[t] = fa;
      return j;
    }
    if (cg_uses_area(cg, u) || u->dst == ins->a || (ins->b && u->dst == ins->b))
      return -1;
    for (int r = 0; r < u->nresults; r++)
      if (u->results[r] == ins->a || (ins->b && u->results[r] == ins->b))
        return -1;
  }
  return -1;
}

static void op_fieldaddr(CG *cg, IrInstr *ins) {
  if (cg->folded[ins->dst].op)
    return; /* into its load or store */
  Type *st = type_underlying(type_underlying(cg_regtype(cg, ins->a))->pointer.elem);
  int64_t off = ir_field_offset(st, (int)ins->imm);
  cg_emit(cg, MK_ABC(OP_ADDR, RS(ins->dst), RS(ins->a), offset_arg(cg, off)));
}

static void op_indexaddr(CG *cg, IrInstr *ins) {
  if (cg->folded[ins->dst].op)
    return; /* into its load or store */
  Type *u = type_underlying(cg_regtype(cg, ins->a));
  if (u->kind == T_SLICE)
    cg_emitx(cg, MK_ABC(OP_IDXADDR, RS(ins->dst), RS(ins->a), index_c(cg, ins->b)),
             (uint64_t)ir_sizeof(u->slice.elem));
  else
    cg_emitx(cg, MK_ABC(OP_PIDXADDR, RS(ins->dst), RS(ins->a), index_c(cg, ins->b)),
             rtype_x(cg, u->pointer.elem));
}

static void op_load(CG *cg, IrInstr *ins) {
  static const VmOp idx[] = {OP_IDXI8, OP_IDXU8, OP_IDXI16, OP_IDXU16,
                             OP_IDXI32, OP_IDXU32, OP_IDX64};
  Type *t = cg_regtype(cg, ins->dst);
  FoldedAddr *fa = &cg->folded[ins->a];
  if (fa->op == IR_INDEXADDR)
    cg_emit(cg, MK_ABC(idx[cg_sclass(t)], RS(ins->dst), RS(fa->base), index_c(cg, fa->index)));
  else if (fa->op == IR_FIELDADDR)
    mem_access(cg, false, RS(ins->dst), RS(fa->base), fa->off, t);
  else
    mem_access(cg, false, RS(ins->dst), RS(ins->a), 0, t);
}

static void op_store(CG *cg, IrInstr *ins) {
  static const VmOp setidx[] = {OP_SETIDX8, OP_SETIDX8, OP_SETIDX16, OP_SETIDX16,
                                OP_SETIDX32, OP_SETIDX32, OP_SETIDX64};
  Type *t = cg_regtype(cg, ins->b);
  FoldedAddr *fa = &cg->folded[ins->a];
  if (fa->op == IR_INDEXADDR) {
    unsigned c = (unsigned)RS(ins->b) | (is_unsigned(cg_regtype(cg, fa->index)) ? 1u << 16 : 0);
    cg_emit(cg, MK_ABC(setidx[cg_sclass(t)], RS(fa->base), RS(fa->index), c));
  } else if (fa->op == IR_FIELDADDR) {
    mem_access(cg, true, RS(ins->b), RS(fa->base), fa->off, t);
  } else {
    mem_access(cg, true, RS(ins->b), RS(ins->a), 0, t);
  }
}

/* ---- closures and interfaces ---- */

static void op_makeclosure(CG *cg, IrInstr *ins) {
  IrFunc *fn = ins->u.fn;
  ClosureDesc *cd = xcalloc(1, sizeof *cd);
  cd->fn = cg->vp->protos[fn->id];
  cd->type = vm_closure_rtype(cg->vp, &fn->captures);
  cd->n = ins->nargs;
  cd->slot = xcalloc((size_t)cd->n + 1, sizeof *cd->slot);
  cd->off = xcalloc((size_t)cd->n + 1, sizeof *cd->off);
  cd->size = xcalloc((size_t)cd->n + 1, sizeof *cd->size);
  int slot = 0;
  for (int i = 0; i < cd->n; i++) {
    cd->slot[i] = slot;
    cd->off[i] = vm_capture_offset(&fn->captures, i);
    cd->size[i] = ir_sizeof(fn->captures.items[i]);
    slot += NS(ins->args[i]);
  }
  helper(cg, H_MAKECLOSURE, ins->args, ins->nargs, (uint64_t)(uintptr_t)cd, ins->dst);
}

static void op_capture(CG *cg, IrInstr *ins) {
  IrFunc *f = cg->f;
  int64_t off = vm_capture_offset(&f->captures, (int)ins->imm);
  mem_access(cg, false, RS(ins->dst), RS(f->ctx), off, cg_regtype(cg, ins->dst));
}

static void op_makeiface(CG *cg, IrInstr *ins) {
  Type *t = ins->type, *s = cg_regtype(cg, ins->a);
  int d = RS(ins->dst), a = RS(ins->a);
  bool tempty = type_underlying(t)->iface.all.len == 0;
  if (is_iface(s)) {
    bool sempty = type_underlying(s)->iface.all.len == 0;
    if (types_identical(t, s) || (tempty && sempty)) {
      cg_move(cg, d, a, 2);
    } else if (tempty) {
      cg_emit(cg, MK_ABC(OP_ITYPE, d, a, 0));
      cg_move(cg, d + 1, a + 1, 1);
    } else {
      helper(cg, sempty ? H_CONVE2I : H_CONVI2I, &ins->a, 1, rtype_x(cg, t), ins->dst);
    }
    return;
  }
  const RType *srt = vm_rtype(cg->vp, s);
  uint64_t word0 = tempty ? (uint64_t)(uintptr_t)srt
                          : (uint64_t)(uintptr_t)rt_getitab(vm_rtype(cg->vp, t), srt, false);
  if (srt->kind & KIND_DIRECT_IFACE)
    cg_emitx(cg, MK_ABC(OP_IFACE, d, a, 0), word0);
  else
    helper(cg, tempty ? H_CONVT : H_CONVTI, &ins->a, 1, word0, ins->dst);
}

static void op_typeassert(CG *cg, IrInstr *ins) {
  Type *t = ins->type, *s = cg_regtype(cg, ins->a);
  AssertDesc *ad = xcalloc(1, sizeof *ad);
  ad->target = vm_rtype(cg->vp, t);
  ad->inter = vm_rtype(cg->vp, s);
  ad->src_iface = type_underlying(s)->iface.all.len > 0;
  ad->target_iface = is_iface(t);
  ad->commaok = ins->nresults > 1;
  ad->vslots = cg_slots(t);
  put_args(cg, &ins->a, 1, 0);
  cg_emitx(cg, MK_ABC(OP_CALLH, cg->area, H_ASSERT, 0), (uint64_t)(uintptr_t)ad);
  area_need(cg, ad->vslots + 1);
  if (ins->nresults > 0 && ins->results[0])
    cg_move(cg, RS(ins->results[0]), cg->area, ad->vslots);
  if (ins->nresults > 1 && ins->results[1])
    cg_move(cg, RS(ins->results[1]), cg->area + ad->vslots, 1);
  if (ins->dst)
    cg_move(cg, RS(ins->dst), cg->area, ad->vslots);
}

/* ---- calls ---- */

static void op_call(CG *cg, IrInstr *ins) {
  IrFunc *fn = ins->u.fn;
  Proto *p = cg->vp->protos[fn->id];
  put_args(cg, ins->args, ins->nargs, 0);
  if (fn->is_native) {
    if (p->native == NULL)
      cg_error(cg, ins, "%s is not implemented", fn->native_name);
    cg_emit(cg, MK_ABx(OP_CALLN, cg->area, (uint64_t)fn->id));
  } else {
    cg_emit(cg, MK_ABx(OP_CALL, cg->area, (uint64_t)fn->id));
  }
  get_results(cg, ins);
}

static void op_callfunc(CG *cg, IrInstr *ins) {
  int n = put_args(cg, ins->args, ins->nargs, 0);
  area_need(cg, n + 1); /* the ctx slot */
  cg_emit(cg, MK_ABC(OP_CALLFUNC, cg->area, RS(ins->a), n));
  get_results(cg, ins);
}

static void op_calliface(CG *cg, IrInstr *ins) {
  put_args(cg, ins->args, ins->nargs, 1);
  area_need(cg, 1);
  cg_emit(cg, MK_ABC(OP_CALLIFACE, cg->area, RS(ins->a), ins->imm));
  get_results(cg, ins);
}

/* SELECT: the cases' channels and send values into the call area, one
** SelectDesc saying where each is and where each receive's value comes
** back (helpers.h) */
static void op_select(CG *cg, IrInstr *ins) {
  int n = ins->nargs / 2;
  SelectDesc *d = xcalloc(1, sizeof *d + (size_t)n * sizeof(SelectCase));
  d->ncases = n;
  d->block = ins->imm == 0;
  int off = 0, roff = 2;
  for (int k = 0; k < n; k++) {
    SelectCase *sc = &d->cases[k];
    IrReg c = ins->args[2 * k], v = ins->args[2 * k + 1];
    Type *elem = type_underlying(cg_regtype(cg, c))->chan.elem;
    sc->elem = vm_rtype(cg->vp, elem);
    sc->chanslot = off;
    cg_move(cg, cg->area + off, RS(c), 1);
    off++;
    sc->send = v != 0;
    if (sc->send) {
      sc->valslot = off;
      cg_move(cg, cg->area + off, RS(v), NS(v));
      off += NS(v);
    } else {
      sc->resslot = roff;
      roff += cg_slots(elem);
    }
  }
  area_need(cg, off > roff ? off : roff);
  cg_emitx(cg, MK_ABC(OP_CALLH, cg->area, H_SELECT, 0), (uint64_t)(uintptr_t)d);
  for (int i = 0; i < 2; i++)
    if (ins->results[i])
      cg_move(cg, RS(ins->results[i]), cg->area + i, 1);
  for (int k = 0; k < n; k++) {
    IrReg r = ins->results[2 + k];
    if (r && !d->cases[k].send)
      cg_move(cg, RS(r), cg->area + d->cases[k].resslot, NS(r));
  }
}

static void op_rtcall(CG *cg, IrInstr *ins) {
  static const int helpers[RT_COUNT] = {
      [RT_MAKEMAP] = H_MAKEMAP, [RT_MAPACCESS1] = H_MAPACCESS1,
      [RT_MAPACCESS2] = H_MAPACCESS2, [RT_MAPASSIGN] = H_MAPASSIGN,
      [RT_MAPDELETE] = H_MAPDELETE, [RT_MAPITERINIT] = H_MAPITERINIT,
      [RT_MAPITERNEXT] = H_MAPITERNEXT, [RT_GROWSLICE] = H_GROWSLICE,
      [RT_SLICECOPY] = H_SLICECOPY, [RT_INTSTRING] = H_INTSTRING,
      [RT_DECODERUNE] = H_DECODERUNE, [RT_PRINTBOOL] = H_PRINTBOOL,
      [RT_PRINTINT] = H_PRINTINT, [RT_PRINTUINT] = H_PRINTUINT,
      [RT_PRINTFLOAT] = H_PRINTFLOAT, [RT_PRINTSTRING] = H_PRINTSTRING,
      [RT_PRINTPOINTER] = H_PRINTPOINTER, [RT_PRINTEFACE] = H_PRINTEFACE,
      [RT_PRINTSP] = H_PRINTSP, [RT_PRINTNL] = H_PRINTNL,
      [RT_MAKECHAN] = H_MAKECHAN, [RT_CHANSEND] = H_CHANSEND,
      [RT_CHANRECV] = H_CHANRECV, [RT_CLOSECHAN] = H_CLOSECHAN};
  if (ins->sub == RT_SELECT) {
    op_select(cg, ins);
    return;
  }
  int h = helpers[ins->sub];
  if (h == H_SLICECOPY && ins->nargs > 1 && is_string(cg_regtype(cg, ins->args[1])))
    h = H_SLICECOPYSTR;
  put_args(cg, ins->args, ins->nargs, 0);
  cg_emitx(cg, MK_ABC(OP_CALLH, cg->area, h, 0), ins->type ? rtype_x(cg, ins->type) : 0);
  get_results(cg, ins);
}

static void op_return(CG *cg, IrInstr *ins) {
  int n = ins->nargs;
  if (n == 0) {
    cg_emit(cg, MK_ABC(OP_RET0, 0, 0, 0));
    return;
  }
  int total = 0;
  bool contiguous = true;
  for (int i = 0; i < n; i++) {
    if (i > 0 && RS(ins->args[i]) != RS(ins->args[i - 1]) + NS(ins->args[i - 1]))
      contiguous = false;
    total += NS(ins->args[i]);
  }
  int from = RS(ins->args[0]);
  if (!contiguous) {
    put_args(cg, ins->args, n, 0);
    from = cg->area;
  }
  if (total == 0)
    cg_emit(cg, MK_ABC(OP_RET0, 0, 0, 0));
  else if (total == 1)
    cg_emit(cg, MK_ABC(OP_RET1, from, 0, 0));
  else if (total == 2)
    cg_emit(cg, MK_ABC(OP_RET2, from, 0, 0));
  else
    cg_emit(cg, MK_ABC(OP_RETN, from, 0, total));
}

static void op_branch(CG *cg, IrInstr *ins) {
  if (ins->target == cg->next) {
    cg_fixup(cg, MK_ABx(OP_JF, RS(ins->a), 0), ins->els, false);
  } else {
    cg_fixup(cg, MK_ABx(OP_JT, RS(ins->a), 0), ins->target, false);
    cg_jump(cg, ins->els);
  }
}

/* ---- dispatch ---- */

int cg_instr(CG *cg, IrInstr *ins, IrInstr *next) {
  int d = ins->dst ? RS(ins->dst) : 0;
  switch (ins->op) {
  case IR_CONST: op_const(cg, ins); break;
  case IR_MOVE: cg_move(cg, d, RS(ins->a), NS(ins->dst)); break;
  case IR_ZERO: emit_zero(cg, d, NS(ins->dst)); break;
  case IR_FUNCVAL: load_ptr(cg, d, funcval(cg, ins, ins->u.fn)); break;
  case IR_GLOBAL:
    load_ptr(cg, d, cg->vp->globals + cg->vp->global_off[ins->u.global->id]);
    break;
  case IR_BINARY: return op_binary(cg, ins, next);
  case IR_UNARY: op_unary(cg, ins); break;
  case IR_CONVERT: op_convert(cg, ins); break;
  case IR_FIELD: {
    Type *st = type_underlying(cg_regtype(cg, ins->a));
    field_access(cg, false, RS(ins->a), d, ir_field_offset(st, (int)ins->imm), cg_regtype(cg, ins->dst));
    break;
  }
  case IR_SETFIELD: {
    Type *st = type_underlying(cg_regtype(cg, ins->dst));
    field_access(cg, true, d, RS(ins->b), ir_field_offset(st, (int)ins->imm), cg_regtype(cg, ins->b));
    break;
  }
  case IR_INDEX: op_index(cg, ins); break;
  case IR_SETINDEX: op_setindex(cg, ins); break;
  case IR_LEN: case IR_CAP: op_len(cg, ins); break;
  case IR_SLICE: op_slice(cg, ins); break;
  case IR_MAKESLICE: {
    IrReg ops[2] = {ins->a, ins->b ? ins->b : ins->a};
    helper(cg, H_MAKESLICE, ops, 2, rtype_x(cg, ins->type), ins->dst);
    break;
  }
  case IR_CONCAT:
    helper(cg, H_CONCAT, ins->args, ins->nargs, (uint64_t)ins->nargs, ins->dst);
    break;
  case IR_ALLOC: cg_emitx(cg, MK_ABC(OP_NEW, d, 0, 0), rtype_x(cg, ins->type)); break;
  case IR_LOAD: op_load(cg, ins); break;
  case IR_STORE: op_store(cg, ins); break;
  case IR_FIELDADDR: op_fieldaddr(cg, ins); break;
  case IR_INDEXADDR: op_indexaddr(cg, ins); break;
  case IR_MAKECLOSURE: op_makeclosure(cg, ins); break;
  case IR_CAPTURE: op_capture(cg, ins); break;
  case IR_MAKEIFACE: op_makeiface(cg, ins); break;
  case IR_TYPEASSERT: op_typeassert(cg, ins); break;
  case IR_CALL: op_call(cg, ins); break;
  case IR_CALLFUNC: op_callfunc(cg, ins); break;
  case IR_CALLIFACE: op_calliface(cg, ins); break;
  case IR_RTCALL: op_rtcall(cg, ins); break;
  case IR_GO: {
    IrReg ops[2] = {ins->a, ins->b ? ins->b : ins->a};
    helper(cg, H_GO, ops, 2, 0, 0);
    break;
  }
  case IR_DEFER: cg_emit(cg, MK_ABC(OP_DEFER, RS(ins->a), 0, 0)); break;
  case IR_DEFERRETURN: cg_emit(cg, MK_ABC(OP_DEFERRETURN, 0, 0, 0)); break;
  case IR_RECOVER: cg_emit(cg, MK_ABC(OP_RECOVER, d, 0, ins->imm != 0)); break;
  case IR_SAFEPOINT:
    /* the entry safepoint (first in block 0) is the CALL's own check */
    if (ins != &cg->f->blocks.items[0]->instrs.items[0])
      cg_emit(cg, MK_ABC(OP_SAFEPOINT, 0, 0, 0));
    break;
  case IR_JUMP: cg_jump(cg, ins->target); break;
  case IR_BRANCH: op_branch(cg, ins); break;
  case IR_RETURN: op_return(cg, ins); break;
  case IR_PANIC: cg_emit(cg, MK_ABC(OP_PANIC, RS(ins->a), 0, 0)); break;
  case IR_UNREACHABLE: cg_emit(cg, MK_ABC(OP_UNREACHABLE, 0, 0, 0)); break;
  default: fatal("IR op %s has no bytecode", ir_op_name(ins->op));
  }
  return 1;
}
