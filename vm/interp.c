/*
** interp.c -- the dispatch loop: one function, computed goto where the
** compiler has it (GCC/Clang "labels as values"), a switch otherwise
** (-DVM_USE_SWITCH), in the manner of Lua 5.4's lvm.c.
**
** State in C locals while running: pc (next instruction), base (current
** frame), k (its constants), stack / stack_hi (the goroutine's VM stack).
** Calls and returns are data, not C recursion: a call writes the callee's
** frame header (vmint.h) and switches base/pc; a return reads it back.
** So the loop can stop at any instruction boundary with the state in
** vm->base / vm->pc (issue 5's scheduler parks a goroutine that way).
**
** Panics. An instruction whose C code may panic (a failed check, a runtime
** call, a native) first saves pc and base into vm (SAVE). The runtime's
** rt_panic_* reach vm_throw (panic.c), which longjmps back here, the way
** Lua's luaD_throw reaches luaD_rawrunprotected; the handler reloads the
** saved state and starts the panic, which continues in bytecode (the
** deferred calls are ordinary frames). Locals changed after setjmp are
** reloaded from vm before use, so none needs to be volatile.
**
** Tracing (SUBGO_TRACE=1): the computed-goto build dispatches through a
** second table whose entries all lead to one label that prints the
** instruction and jumps on; without tracing the cost is nil.
*/
#include "vmint.h"

#include <math.h>
#include <string.h>

#if defined(__GNUC__) && !defined(VM_USE_SWITCH)
#define VM_COMPUTED_GOTO 1
#else
#define VM_COMPUTED_GOTO 0
#endif

/* Memory of any Go type is read and written through these (no strict
** aliasing assumptions about heap objects). */
typedef int8_t __attribute__((may_alias)) i8a;
typedef uint8_t __attribute__((may_alias)) u8a;
typedef int16_t __attribute__((may_alias)) i16a;
typedef uint16_t __attribute__((may_alias)) u16a;
typedef int32_t __attribute__((may_alias)) i32a;
typedef uint32_t __attribute__((may_alias)) u32a;
typedef uint64_t __attribute__((may_alias)) u64a;

static inline double F(uint64_t v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}
static inline uint64_t FB(double d) {
  uint64_t v;
  memcpy(&v, &d, sizeof v);
  return v;
}
static inline float F32(uint64_t v) {
  uint32_t u = (uint32_t)v;
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}
static inline uint64_t F32B(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

/* amd64's CVTTSD2SQ: truncation, 0x8000000000000000 for NaN and overflow */
static inline uint64_t cvttsd2sq(double d) {
  if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
    return (uint64_t)(int64_t)d;
  return UINT64_C(1) << 63;
}

/* gc's float64 -> uint64 on amd64 (ssagen float64ToUint64) */
static inline uint64_t f2u(double d) {
  const double cutoff = 9223372036854775808.0;
  if (d < cutoff)
    return cvttsd2sq(d);
  return cvttsd2sq(d - cutoff) | UINT64_C(1) << 63;
}

/* Go's shifts: counts past the width give 0 (or the sign) */
static inline uint64_t shl(uint64_t x, uint64_t c) { return c < 64 ? x << c : 0; }
static inline uint64_t shr(uint64_t x, uint64_t c) { return c < 64 ? x >> c : 0; }
static inline uint64_t sar(uint64_t x, uint64_t c) {
  return (uint64_t)((int64_t)x >> (c < 64 ? c : 63));
}

/* two strings {ptr, len} in slots are equal (an empty one's ptr may be nil) */
static inline bool eqstring(const uint64_t *b, const uint64_t *c) {
  return b[1] == c[1] &&
         (b[1] == 0 || b[0] == c[0] || memcmp((void *)b[0], (void *)c[0], b[1]) == 0);
}

/* the index register of an indexing instruction (C with its flag bit) */
#define IDX_REG(c) ((c) & 0xffff)
#define IDX_IS_UNSIGNED(c) ((c) >> 16)

_Noreturn static void panic_index(uint64_t idx, uint64_t len, unsigned flags) {
  if (IDX_IS_UNSIGNED(flags))
    rt_panic_indexu(idx, (intptr_t)len);
  rt_panic_index((int64_t)idx, (intptr_t)len);
}

void vm_execute(VmG *vm) {
#if VM_COMPUTED_GOTO
  static const void *const optable[OP_COUNT] = {
#define VM_OP_LABEL(name, fmt, extra, doc) &&L_##name,
      VM_OPCODES(VM_OP_LABEL)
#undef VM_OP_LABEL
  };
  static const void *tracetable[OP_COUNT];
  if (tracetable[0] == NULL)
    for (int o = 0; o < OP_COUNT; o++)
      tracetable[o] = &&L_TRACE;
  const void *const *disp = vm->trace ? tracetable : optable;
#define vmfetch() (i = *pc++)
#define vmdispatch(o) goto *disp[o];
#define vmcase(l) L_##l:
#define vmbreak                                                                \
  do {                                                                         \
    vmfetch();                                                                 \
    goto *disp[GET_OP(i)];                                                     \
  } while (0)
#else
#define vmfetch()                                                              \
  do {                                                                         \
    i = *pc++;                                                                 \
    if (vm->trace) {                                                           \
      SAVE();                                                                  \
      vm_trace(vm, base, pc - 1);                                              \
    }                                                                          \
  } while (0)
#define vmdispatch(o) switch (o)
#define vmcase(l) case OP_##l:
#define vmbreak break
#endif

  G *g = vm->g;
  Proto **protos = vm->prog->protos;
  jmp_buf jb;
  jmp_buf *outer = vm->catch;
  uint64_t *base, *stack, *stack_hi;
  const Instr *pc;
  const uint64_t *k;
  Instr i;
  Proto *callee;   /* a call being entered (enter_f) ... */
  uint64_t *nb;    /* ... and its frame base */

#define SAVE() (vm->pc = pc, vm->base = base)
#define RELOAD()                                                               \
  (base = vm->base, pc = vm->pc, k = FR_PROTO(base)->k, stack = vm->stack,     \
   stack_hi = vm->stack_hi)
#define THROW(call) (SAVE(), (call))
/* Stopping for the scheduler (the gopark contract, runtime.h): the state
** is saved (vm->pc is the word after the opcode) and the interpreter
** returns; `how` says where the g resumes. A blocking native or helper
** has set g->mcallfn when it parked. */
/* a nested activation (vm_call from C) cannot stop: it only finishes */
#define PREEMPT() (outer == NULL && __atomic_load_n(&g->preempt, __ATOMIC_RELAXED))
#define STOP(how, setmcall)                                                    \
  do {                                                                         \
    setmcall;                                                                  \
    vm_stop(vm, outer, how);                                                   \
    return;                                                                    \
  } while (0)
#define STOP_IF_PARKED()                                                       \
  do {                                                                         \
    if (__builtin_expect(g->mcallfn != NULL, 0))                               \
      STOP(VM_RESUME_FINISH, (void)0);                                         \
  } while (0)
#define NILCHECK(p)                                                            \
  do {                                                                         \
    if (__builtin_expect((p) == 0, 0))                                         \
      THROW(rt_panic_nilderef());                                              \
  } while (0)
#define A_ GET_A(i)
#define B_ GET_B(i)
#define C_ GET_C(i)
#define RA base[GET_A(i)]
#define RB base[GET_B(i)]
#define RC base[GET_C(i)]
#define SRB ((int64_t)RB)
#define SRC ((int64_t)RC)
#define X (pc[0])

  vm->catch = &jb;
  if (setjmp(jb)) {
    /* a Go panic (or runtime.Goexit) raised by C code under an
    ** instruction (vm->base and vm->pc were saved): start it; it
    ** continues in a deferred call, or the goroutine ends */
    if (vm->goexiting) {
      vm->goexiting = false;
      vm_goexit(vm);
    } else {
      vm_gopanic(vm, vm->thrown);
    }
    if (g->mcallfn) { /* Goexit with no deferred call left */
      vm_stop(vm, outer, VM_RESUME_NEXT);
      return;
    }
  }
  RELOAD();
  for (;;) {
    vmfetch();
    vmdispatch(GET_OP(i)) {
#if VM_COMPUTED_GOTO
  L_TRACE:
    SAVE();
    vm_trace(vm, base, pc - 1);
    goto *optable[GET_OP(i)];
#endif
/* the many instructions that only compute R[A] */
#define SETRA(name, expr)                                                      \
  vmcase(name) {                                                               \
    RA = (expr);                                                               \
    vmbreak;                                                                   \
  }
    /* ---- moves and constants ---- */
    SETRA(MOVE, RB)
    vmcase(MOVE2) {
      uint64_t a = RB, b = base[B_ + 1];
      RA = a;
      base[A_ + 1] = b;
      vmbreak;
    }
    vmcase(MOVE3) {
      uint64_t a = RB, b = base[B_ + 1], c = base[B_ + 2];
      RA = a;
      base[A_ + 1] = b;
      base[A_ + 2] = c;
      vmbreak;
    }
    vmcase(MOVEN) {
      memmove(base + A_, base + B_, C_ * sizeof *base);
      vmbreak;
    }
    SETRA(LOADI, (uint64_t)GET_sBx(i))
    SETRA(LOADK, k[GET_Bx(i)])
    vmcase(LOADK2) {
      RA = k[GET_Bx(i)];
      base[A_ + 1] = k[GET_Bx(i) + 1];
      vmbreak;
    }
    vmcase(ZERO) {
      uint64_t *p = base + A_;
      switch (C_) { /* most zero values are 1 to 3 slots: no memset call */
      case 3: p[2] = 0; /* fallthrough */
      case 2: p[1] = 0; /* fallthrough */
      case 1: p[0] = 0; break;
      default: memset(p, 0, C_ * sizeof *base);
      }
      vmbreak;
    }
    /* ---- integers ---- */
    SETRA(ADD, RB + RC)
    SETRA(SUB, RB - RC)
    SETRA(MUL, RB * RC)
    vmcase(DIV) {
      int64_t b = SRB, c = SRC;
      if (c == 0)
        THROW(rt_panic_divide());
      RA = c == -1 ? 0 - (uint64_t)b : (uint64_t)(b / c);
      vmbreak;
    }
    vmcase(DIVU) {
      uint64_t c = RC;
      if (c == 0)
        THROW(rt_panic_divide());
      RA = RB / c;
      vmbreak;
    }
    vmcase(REM) {
      int64_t b = SRB, c = SRC;
      if (c == 0)
        THROW(rt_panic_divide());
      RA = c == -1 ? 0 : (uint64_t)(b % c);
      vmbreak;
    }
    vmcase(REMU) {
      uint64_t c = RC;
      if (c == 0)
        THROW(rt_panic_divide());
      RA = RB % c;
      vmbreak;
    }
    SETRA(AND, RB & RC)
    SETRA(OR, RB | RC)
    SETRA(XOR, RB ^ RC)
    SETRA(ANDNOT, RB & ~RC)
    SETRA(ADDI, RB + (uint64_t)GET_sC(i))
    SETRA(NEG, 0 - RB)
    SETRA(COMPL, ~RB)
    SETRA(NOT, RB ^ 1)
/* a shift by a signed count: a negative one panics */
#define SIGNEDSHIFT(name, shift)                                               \
  vmcase(name) {                                                               \
    if ((int64_t)RC < 0)                                                       \
      THROW(rt_panic_shift());                                                 \
    RA = shift(RB, RC);                                                        \
    vmbreak;                                                                   \
  }
    SIGNEDSHIFT(SHLS, shl)
    SETRA(SHL, shl(RB, RC))
    SIGNEDSHIFT(SARS, sar)
    SETRA(SAR, sar(RB, RC))
    SIGNEDSHIFT(SHRS, shr)
    SETRA(SHR, shr(RB, RC))
    SETRA(SHLI, RB << C_)
    SETRA(SARI, (uint64_t)(SRB >> C_))
    SETRA(SHRI, RB >> C_)
    SETRA(SEXT8, (uint64_t)(int64_t)(int8_t)RB)
    SETRA(SEXT16, (uint64_t)(int64_t)(int16_t)RB)
    SETRA(SEXT32, (uint64_t)(int64_t)(int32_t)RB)
    SETRA(ZEXT8, (uint8_t)RB)
    SETRA(ZEXT16, (uint16_t)RB)
    SETRA(ZEXT32, (uint32_t)RB)
    SETRA(EQ, RB == RC)
    SETRA(NE, RB != RC)
    SETRA(LT, SRB < SRC)
    SETRA(LE, SRB <= SRC)
    SETRA(LTU, RB < RC)
    SETRA(LEU, RB <= RC)
    /* ---- float64 ---- */
    SETRA(ADDF, FB(F(RB) + F(RC)))
    SETRA(SUBF, FB(F(RB) - F(RC)))
    SETRA(MULF, FB(F(RB) * F(RC)))
    SETRA(DIVF, FB(F(RB) / F(RC)))
    SETRA(NEGF, RB ^ UINT64_C(1) << 63)
    SETRA(EQF, F(RB) == F(RC))
    SETRA(NEF, F(RB) != F(RC))
    SETRA(LTF, F(RB) < F(RC))
    SETRA(LEF, F(RB) <= F(RC))
    /* ---- float32 ---- */
    SETRA(ADDF32, F32B(F32(RB) + F32(RC)))
    SETRA(SUBF32, F32B(F32(RB) - F32(RC)))
    SETRA(MULF32, F32B(F32(RB) * F32(RC)))
    SETRA(DIVF32, F32B(F32(RB) / F32(RC)))
    SETRA(NEGF32, (uint32_t)(RB ^ UINT32_C(1) << 31))
    SETRA(EQF32, F32(RB) == F32(RC))
    SETRA(NEF32, F32(RB) != F32(RC))
    SETRA(LTF32, F32(RB) < F32(RC))
    SETRA(LEF32, F32(RB) <= F32(RC))
    /* ---- conversions ---- */
    SETRA(I2F, FB((double)SRB))
    SETRA(U2F, FB((double)RB))
    SETRA(F2I, cvttsd2sq(F(RB)))
    SETRA(F2U, f2u(F(RB)))
    SETRA(I2F32, F32B((float)SRB))
    SETRA(U2F32, F32B((float)RB))
    SETRA(F32TOF, FB((double)F32(RB)))
    SETRA(FTOF32, F32B((float)F(RB)))
    /* ---- strings ---- */
    SETRA(EQS, eqstring(base + B_, base + C_))
    SETRA(NES, !eqstring(base + B_, base + C_))
    vmcase(LTS) {
      GoString b = {(const uint8_t *)RB, (intptr_t)base[B_ + 1]};
      GoString c = {(const uint8_t *)RC, (intptr_t)base[C_ + 1]};
      RA = rt_cmpstring(b, c) < 0;
      vmbreak;
    }
    vmcase(LES) {
      GoString b = {(const uint8_t *)RB, (intptr_t)base[B_ + 1]};
      GoString c = {(const uint8_t *)RC, (intptr_t)base[C_ + 1]};
      RA = rt_cmpstring(b, c) <= 0;
      vmbreak;
    }
    vmcase(EQV) {
      SAVE();
      RA = rt_equal((const RType *)X, base + B_, base + C_);
      pc++;
      vmbreak;
    }
    /* ---- jumps ---- */
    vmcase(JMP) {
      pc += GET_sBx(i);
      vmbreak;
    }
    vmcase(JT) {
      if (RA)
        pc += GET_sBx(i);
      vmbreak;
    }
    vmcase(JF) {
      if (!RA)
        pc += GET_sBx(i);
      vmbreak;
    }
#define CONDJUMP(name, cond)                                                   \
  vmcase(name) {                                                               \
    if (cond)                                                                  \
      pc += GET_sC(i);                                                         \
    vmbreak;                                                                   \
  }
    CONDJUMP(JEQ, RA == RB)
    CONDJUMP(JNE, RA != RB)
    CONDJUMP(JLT, (int64_t)RA < SRB)
    CONDJUMP(JLE, (int64_t)RA <= SRB)
    CONDJUMP(JLTU, RA < RB)
    CONDJUMP(JLEU, RA <= RB)
    CONDJUMP(JEQI, (int64_t)RA == GET_sB(i))
    CONDJUMP(JNEI, (int64_t)RA != GET_sB(i))
    CONDJUMP(JLTI, (int64_t)RA < GET_sB(i))
    CONDJUMP(JLEI, (int64_t)RA <= GET_sB(i))
    CONDJUMP(JGTI, (int64_t)RA > GET_sB(i))
    CONDJUMP(JGEI, (int64_t)RA >= GET_sB(i))
    CONDJUMP(JEQF, F(RA) == F(RB))
    CONDJUMP(JNEF, F(RA) != F(RB))
    CONDJUMP(JLTF, F(RA) < F(RB))
    CONDJUMP(JLEF, F(RA) <= F(RB))
    CONDJUMP(JNLTF, !(F(RA) < F(RB)))
    CONDJUMP(JNLEF, !(F(RA) <= F(RB)))
#undef CONDJUMP
    /* ---- memory through pointers ---- */
#define LOADOP(name, T)                                                        \
  vmcase(name) {                                                               \
    uint64_t p = RB;                                                           \
    NILCHECK(p);                                                               \
    RA = (uint64_t)(int64_t) * (T *)(p + GET_sC(i));                           \
    vmbreak;                                                                   \
  }
    LOADOP(LDI8, i8a)
    LOADOP(LDU8, u8a)
    LOADOP(LDI16, i16a)
    LOADOP(LDU16, u16a)
    LOADOP(LDI32, i32a)
    LOADOP(LDU32, u32a)
    LOADOP(LD64, u64a)
#undef LOADOP
    vmcase(LDN) {
      uint64_t p = RB;
      NILCHECK(p);
      memcpy(base + A_, (const char *)p + C_, X);
      pc++;
      vmbreak;
    }
#define STOREOP(name, T)                                                       \
  vmcase(name) {                                                               \
    uint64_t p = RA;                                                           \
    NILCHECK(p);                                                               \
    *(T *)(p + GET_sC(i)) = (T)RB;                                             \
    vmbreak;                                                                   \
  }
    STOREOP(ST8, u8a)
    STOREOP(ST16, u16a)
    STOREOP(ST32, u32a)
    STOREOP(ST64, u64a)
#undef STOREOP
    vmcase(STN) {
      uint64_t p = RA;
      NILCHECK(p);
      memmove((char *)p + C_, base + B_, X);
      pc++;
      vmbreak;
    }
    vmcase(ADDR) {
      uint64_t p = RB;
      NILCHECK(p);
      RA = p + (uint64_t)GET_sC(i);
      vmbreak;
    }
    vmcase(NILCHK) {
      NILCHECK(RA);
      vmbreak;
    }
    /* ---- fields of aggregates in slots ---- */
#define GETFOP(name, T)                                                        \
  vmcase(name) {                                                               \
    RA = (uint64_t)(int64_t) * (T *)((char *)(base + B_) + C_);                \
    vmbreak;                                                                   \
  }
    GETFOP(GETFI8, i8a)
    GETFOP(GETFU8, u8a)
    GETFOP(GETFI16, i16a)
    GETFOP(GETFU16, u16a)
    GETFOP(GETFI32, i32a)
    GETFOP(GETFU32, u32a)
    GETFOP(GETF64, u64a)
#undef GETFOP
    vmcase(GETFN) {
      memmove(base + A_, (char *)(base + B_) + C_, X);
      pc++;
      vmbreak;
    }
#define SETFOP(name, T)                                                        \
  vmcase(name) {                                                               \
    *(T *)((char *)(base + A_) + C_) = (T)RB;                                  \
    vmbreak;                                                                   \
  }
    SETFOP(SETF8, u8a)
    SETFOP(SETF16, u16a)
    SETFOP(SETF32, u32a)
    SETFOP(SETF64, u64a)
#undef SETFOP
    vmcase(SETFN) {
      memmove((char *)(base + A_) + C_, base + B_, X);
      pc++;
      vmbreak;
    }
    /* ---- slices and strings ---- */
#define IDXOP(name, T)                                                         \
  vmcase(name) {                                                               \
    const uint64_t *s = base + B_;                                             \
    uint64_t x = base[IDX_REG(C_)];                                            \
    if (__builtin_expect(x >= s[1], 0))                                        \
      THROW(panic_index(x, s[1], C_));                                         \
    RA = (uint64_t)(int64_t)((T *)s[0])[x];                                    \
    vmbreak;                                                                   \
  }
    IDXOP(IDXI8, i8a)
    IDXOP(IDXU8, u8a)
    IDXOP(IDXI16, i16a)
    IDXOP(IDXU16, u16a)
    IDXOP(IDXI32, i32a)
    IDXOP(IDXU32, u32a)
    IDXOP(IDX64, u64a)
#undef IDXOP
    vmcase(IDXN) {
      const uint64_t *s = base + B_;
      uint64_t x = base[IDX_REG(C_)];
      const RType *et = (const RType *)X;
      if (x >= s[1])
        THROW(panic_index(x, s[1], C_));
      vm_load(base + A_, (const char *)s[0] + x * et->size, et);
      pc++;
      vmbreak;
    }
#define SETIDXOP(name, T)                                                      \
  vmcase(name) {                                                               \
    const uint64_t *s = base + A_;                                             \
    uint64_t x = RB;                                                           \
    if (__builtin_expect(x >= s[1], 0))                                        \
      THROW(panic_index(x, s[1], C_));                                         \
    ((T *)s[0])[x] = (T)base[IDX_REG(C_)];                                     \
    vmbreak;                                                                   \
  }
    SETIDXOP(SETIDX8, u8a)
    SETIDXOP(SETIDX16, u16a)
    SETIDXOP(SETIDX32, u32a)
    SETIDXOP(SETIDX64, u64a)
#undef SETIDXOP
    vmcase(IDXADDR) {
      const uint64_t *s = base + B_;
      uint64_t x = base[IDX_REG(C_)];
      if (__builtin_expect(x >= s[1], 0))
        THROW(panic_index(x, s[1], C_));
      RA = s[0] + x * X;
      pc++;
      vmbreak;
    }
    /* ---- arrays ---- */
    vmcase(AIDX) {
      const RType *at = (const RType *)X;
      uint64_t x = base[IDX_REG(C_)];
      if (x >= at->len)
        THROW(panic_index(x, at->len, C_));
      vm_load(base + A_, (const char *)(base + B_) + x * at->elem->size, at->elem);
      pc++;
      vmbreak;
    }
    vmcase(ASETIDX) {
      const RType *at = (const RType *)X;
      uint64_t x = RB;
      if (x >= at->len)
        THROW(panic_index(x, at->len, C_));
      memmove((char *)(base + A_) + x * at->elem->size, base + IDX_REG(C_), at->elem->size);
      pc++;
      vmbreak;
    }
    vmcase(PIDXADDR) {
      const RType *at = (const RType *)X;
      uint64_t x = base[IDX_REG(C_)];
      NILCHECK(RB); /* before the bounds, as gc */
      if (x >= at->len)
        THROW(panic_index(x, at->len, C_));
      RA = RB + x * at->elem->size;
      pc++;
      vmbreak;
    }
    /* ---- allocation and interfaces ---- */
    vmcase(NEW) {
      SAVE();
      RA = (uint64_t)(uintptr_t)rt_new((const RType *)X);
      pc++;
      vmbreak;
    }
    vmcase(IFACE) {
      uint64_t data = RB;
      RA = X;
      base[A_ + 1] = data;
      pc++;
      vmbreak;
    }
    vmcase(ITYPE) {
      const Itab *tab = (const Itab *)RB;
      RA = tab ? (uint64_t)(uintptr_t)tab->type : 0;
      vmbreak;
    }
    /* ---- calls ---- */
    vmcase(CALL) {
      callee = protos[GET_Bx(i)];
      nb = base + A_;
    enter_f: /* CALLFUNC and CALLIFACE join here with callee and nb */
      if (__builtin_expect(nb + callee->framesize > stack_hi || PREEMPT(), 0)) {
        SAVE();
        if (PREEMPT()) /* the function-entry safepoint: the call runs again */
          STOP(VM_RESUME_AGAIN, rt_preemptpark(g));
        nb = vm_growstack(vm, nb, (size_t)callee->framesize);
        base = vm->base, stack = vm->stack, stack_hi = vm->stack_hi;
      }
      nb[-3] = (uint64_t)(uintptr_t)pc;
      nb[-2] = (uint64_t)(base - stack);
      nb[-1] = (uint64_t)(uintptr_t)callee;
      base = nb;
      pc = callee->code;
      k = callee->k;
      vmbreak;
    }
    vmcase(CALLN) {
      SAVE();
      protos[GET_Bx(i)]->native(g, base + A_);
      STOP_IF_PARKED();
      vmbreak;
    }
    vmcase(CALLFUNC) {
      Closure *c = (Closure *)RB;
      NILCHECK(c);
      callee = c->fn;
      nb = base + A_;
      nb[C_] = (uint64_t)(uintptr_t)c;
      if (callee->native) {
        SAVE();
        callee->native(g, nb);
        STOP_IF_PARKED();
        vmbreak;
      }
      goto enter_f;
    }
    vmcase(CALLIFACE) {
      const uint64_t *iv = base + B_;
      const Itab *tab = (const Itab *)iv[0];
      NILCHECK(tab);
      callee = tab->fun[C_];
      nb = base + A_;
      nb[0] = iv[1];
      if (callee->native) {
        SAVE();
        callee->native(g, nb);
        STOP_IF_PARKED();
        vmbreak;
      }
      goto enter_f;
    }
    vmcase(CALLH) {
      SAVE();
      vm_helpers[B_](vm, base + A_, X);
      STOP_IF_PARKED();
      pc++;
      vmbreak;
    }
    vmcase(RET0) { goto ret; }
    vmcase(RET1) {
      base[0] = RA;
      goto ret;
    }
    vmcase(RET2) {
      uint64_t a = RA, b = base[A_ + 1];
      base[0] = a;
      base[1] = b;
      goto ret;
    }
    vmcase(RETN) {
      memmove(base, base + A_, C_ * sizeof *base);
    ret : {
      uint64_t link = FR_LINK(base);
      if (__builtin_expect(link & FRAME_KIND_MASK, 0))
        goto special_return;
      pc = (const Instr *)(uintptr_t)link;
      base = stack + FR_CALLER(base);
      k = FR_PROTO(base)->k;
      vmbreak;
    }
    }
    /* ---- defer, panic, recover ---- */
    vmcase(DEFER) {
      SAVE();
      vm_defer(vm, (Closure *)RA, base);
      vmbreak;
    }
    vmcase(DEFERRETURN) {
      SAVE();
      if (vm_deferreturn(vm, base, pc - 1))
        RELOAD();
      vmbreak;
    }
    vmcase(RECOVER) {
      Eface e = C_ ? vm_recover_deferring(vm, base) : vm_recover(vm, base);
      RA = (uint64_t)(uintptr_t)e.type;
      base[A_ + 1] = (uint64_t)(uintptr_t)e.data;
      vmbreak;
    }
    vmcase(PANIC) {
      Eface e = {(const RType *)RA, (void *)base[A_ + 1]};
      SAVE();
      vm_gopanic(vm, e);
      RELOAD();
      vmbreak;
    }
    vmcase(SAFEPOINT) {
      if (__builtin_expect(PREEMPT(), 0)) {
        SAVE();
        STOP(VM_RESUME_NEXT, rt_preemptpark(g));
      }
      vmbreak;
    }
    vmcase(UNREACHABLE) {
      SAVE();
      rt_throw("unreachable code reached (subgo VM internal error)");
    }
  }

#if !VM_COMPUTED_GOTO
    continue; /* the switch's break: next instruction */
#endif
  special_return : {
    uint64_t link = FR_LINK(base);
    switch ((FrameKind)(link & FRAME_KIND_MASK)) {
    case FRAME_ENTRY:
      vm->base = base;
      vm->catch = outer;
      return;
    case FRAME_DEFERRETURN:
      pc = (const Instr *)(uintptr_t)(link & ~FRAME_KIND_MASK);
      base = stack + FR_CALLER(base);
      k = FR_PROTO(base)->k;
      break;
    case FRAME_PANICDEFER:
      vm->pc = (const Instr *)(uintptr_t)(link & ~FRAME_KIND_MASK);
      vm->base = stack + FR_CALLER(base);
      vm_panic_deferreturned(vm);
      if (g->mcallfn) { /* Goexit's last deferred call returned */
        vm_stop(vm, outer, VM_RESUME_NEXT);
        return;
      }
      RELOAD();
      break;
    default:
      rt_throw("bad frame link (subgo VM internal error)");
    }
#if VM_COMPUTED_GOTO
    vmbreak;
#endif
  }
  }
}
