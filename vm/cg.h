/*
** cg.h -- state shared by the two files of the code generator:
** codegen.c (one function: analysis, frame slots, blocks, jumps, protos)
** and cgops.c (the bytecode of each IR instruction).
**
** Frame of a compiled function (slots from its base; docs/vm.md):
**     [0, nparamslots)        params: receiver, params, closure ctx
**     [.., temps)             every register live across blocks (Go
**                             variables, temporaries of && || ...)
**     [temps, nlocal)         block-local temporaries, sharing slots
**     [nlocal, area)          header of the frame of a call made from here
**     [area, area + maxarea)  call area: arguments out, results back
** A register's value occupies ceil(size/8) slots (0 for zero-size types).
** cgslots.c decides: single-def, single-use temporaries that only feed a
** call's argument or only receive a call's result, with no other use of
** the call area in between, live in the call area itself, at the
** argument's or result's slot, so fib(n-1) computes n-1 right where the
** callee will find it; other temporaries defined and used in one block
** share slots by liveness within the block.
*/
#ifndef SUBGO_VM_CG_H
#define SUBGO_VM_CG_H

#include "vmint.h"

/* how a value is kept in a slot and moved to and from memory */
typedef enum SClass {
  SC_I8, SC_U8, SC_I16, SC_U16, SC_I32, SC_U32, SC_W64, /* scalars */
  SC_BLOB                                               /* aggregates */
} SClass;

typedef struct FoldedAddr {
  IrOp op;           /* IR_FIELDADDR, IR_INDEXADDR; 0: not folded */
  IrReg base;        /* the pointer / slice */
  IrReg index;       /* INDEXADDR */
  int64_t off;       /* FIELDADDR */
} FoldedAddr;

typedef struct Fixup {
  int pc;            /* the jump instruction */
  IrBlock *target;
  bool in_c;         /* offset in sC (compare-and-branch) rather than sBx */
} Fixup;

typedef struct CG {
  VmProgram *vp;
  IrFunc *f;
  Proto *p;
  int nregs;
  int *slot, *nslot;     /* by register */
  int *placed;           /* by register: its call-area offset, or -1 */
  int *ndefs, *nuses;    /* by register */
  IrInstr **def;         /* the defining instruction of a single-def register */
  int nlocal;            /* slots of the registers */
  int area;              /* first slot of the call area */
  int maxarea;           /* slots the call area needs */
  VEC(Instr) code;
  VEC(int32_t) lines;
  VEC(uint64_t) k;
  int32_t line;          /* of the instruction being translated */
  IrBlock *next;         /* the block emitted after the current one */
  int *blockpc;          /* by block index */
  VEC(Fixup) fixups;
  /* by register: an address computation (FIELDADDR, INDEXADDR) folded
  ** into the one load or store that uses it */
  struct FoldedAddr *folded;
  bool *dead;            /* by register: its CONST is not emitted (all uses fold) */
  int *sinkat, *sinkblock; /* by register: its CONST is emitted right before
                         ** instruction sinkat of block sinkblock, its only
                         ** use; -1: not sunk */
  bool copying_test;     /* cg_copy_test is emitting a copy */
  IrBlock *block;        /* the block being emitted */
  int index;             /* the instruction's index in it */
} CG;

/* ---- codegen.c ---- */
typedef void (*RegFn)(CG *cg, IrInstr *ins, IrReg r, void *arg);
/* fn on every register operand `ins` reads (with repetitions) / writes */
void cg_for_uses(CG *cg, IrInstr *ins, RegFn fn, void *arg);
void cg_for_defs(CG *cg, IrInstr *ins, RegFn fn, void *arg);
int cg_emit(CG *cg, Instr i);
int cg_emitx(CG *cg, Instr i, uint64_t x);
uint64_t cg_kindex(CG *cg, uint64_t v);
void cg_jump(CG *cg, IrBlock *target);      /* JMP unless target is next */
int cg_fixup(CG *cg, Instr i, IrBlock *target, bool in_c);
void cg_error(CG *cg, IrInstr *ins, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Type *cg_regtype(CG *cg, IrReg r);
/* r is a single-def register set by CONST to an integer value */
bool cg_const_int(CG *cg, IrReg r, int64_t *v);
/* r is a CONST sunk to instruction i of block bi */
bool cg_sunk_at(CG *cg, IrReg r, int bi, int i);
/* the use of register r as operand of `ins` folds into an immediate (the
** CONST defining r then need not be emitted when all its uses fold) */
bool cg_use_folds(CG *cg, IrInstr *ins, IrInstr *next, IrReg r);
/* the register's value type size and slot count */
int cg_slots(Type *t);

/* ---- cgslots.c ---- */
/* cg_assign_slots sets slot/nslot of every register, nlocal, area,
** placed, folded (see the frame layout above) */
void cg_assign_slots(CG *cg);

/* ---- cgops.c ---- */
SClass cg_sclass(Type *t);
void cg_move(CG *cg, int dst, int src, int n);
/* one IR instruction (next: the one after it in the block, or NULL);
** returns how many IR instructions it consumed (2 when fused) */
int cg_instr(CG *cg, IrInstr *ins, IrInstr *next);
/* argument / result slot offsets of a call-like instruction, for the
** call-area placement: -1 when reg is not one */
int cg_arg_offset(CG *cg, IrInstr *ins, IrReg reg);
int cg_result_offset(CG *cg, IrInstr *ins, IrReg reg);
/* the instruction writes the call area (so it ends area placements) */
bool cg_uses_area(CG *cg, IrInstr *ins);
/* b's instruction i (FIELDADDR / INDEXADDR) folds into the one LOAD or
** STORE using its address: records it in cg->folded and returns that
** use's index; -1 when it does not fold. Needs cg->placed. */
int cg_plan_fold(CG *cg, IrBlock *b, int i);
/* if block b only tests a condition (a compare fused with its BRANCH,
** besides safepoints and folded constants), emit a copy of that test here
** and return true */
bool cg_copy_test(CG *cg, IrBlock *b);

#endif
