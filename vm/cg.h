/*
** cg.h -- state shared by the two files of the code generator:
** codegen.c (one function: analysis, frame slots, blocks, jumps, protos)
** and cgops.c (the bytecode of each IR instruction).
**
** Frame of a compiled function (slots from its base; docs/vm.md):
**     [0, nparamslots)        params: receiver, params, closure ctx
**     [.., nlocal)            every other IR register, one slot range each
**     [nlocal, area)          header of the frame of a call made from here
**     [area, area + maxarea)  call area: arguments out, results back
** A register's value occupies ceil(size/8) slots (0 for zero-size types).
** Single-def, single-use temporaries that only feed a call's argument or
** only receive a call's result, with no other use of the call area in
** between, are placed in the call area itself, at the argument's or
** result's slot (codegen.c place_in_area), so fib(n-1) computes n-1 right
** where the callee will find it.
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
  bool copying_test;     /* cg_copy_test is emitting a copy */
  IrBlock *block;        /* the block being emitted */
  int index;             /* the instruction's index in it */
} CG;

/* ---- codegen.c ---- */
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
/* the use of register r as operand of `ins` folds into an immediate (the
** CONST defining r then need not be emitted when all its uses fold) */
bool cg_use_folds(CG *cg, IrInstr *ins, IrInstr *next, IrReg r);
/* the register's value type size and slot count */
int cg_slots(Type *t);

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
/* if block b only tests a condition (a compare fused with its BRANCH,
** besides safepoints and folded constants), emit a copy of that test here
** and return true */
bool cg_copy_test(CG *cg, IrBlock *b);

#endif
