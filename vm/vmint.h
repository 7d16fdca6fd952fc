/*
** vmint.h -- private interface shared by the files of vm/.
**
** Files: codegen.c (IR -> bytecode for one function: analysis, constants,
** blocks, jumps), cgslots.c (its frame slots), cgops.c (one IR
** instruction's bytecode; cg.h is their shared state), typedesc.c (types.h Type -> runtime RType),
** interp.c (the dispatch loop), call.c (frames pushed from C), helpers.c
** (slot-ABI helpers behind CALLH), panic.c (defer, panic, recover, fatal
** panics), traceback.c (tracebacks, Caller, Stack), stack.c (goroutine VM
** stacks), run.c (vm_run / vm_dump, program start), dump.c (bytecode
** listing and SUBGO_TRACE).
**
** The VM stack of a goroutine (docs/vm.md has the picture): an array of
** 8-byte slots; a frame is a window [base, base + framesize) preceded by a
** 3-slot header:
**     base[-3]  link: the caller's pc to return to, low 3 bits = FrameKind
**     base[-2]  the caller's base, as a slot offset from the stack bottom
**     base[-1]  the running Proto
** Frames refer to each other by offsets only, so growing the stack is a
** plain copy (stack.c); nothing outside the stack points into it across an
** instruction.
*/
#ifndef SUBGO_VM_VMINT_H
#define SUBGO_VM_VMINT_H

#include "../runtime/runtime.h"
#include "opcodes.h"
#include "vm.h"

#include <setjmp.h>

enum {
  VM_HDR = 3,                /* frame header slots below a frame's base */
  VM_STACK_MIN = 2048,       /* bytes: Go's _StackMin */
  VM_TRACEBACK_MAX = 100     /* frames printed before "...elided..." */
};
#define VM_STACK_MAX ((size_t)1000000000) /* bytes: Go's maxstacksize on 64-bit */

/* What the link word's low bits say about how a frame was entered. */
typedef enum FrameKind {
  FRAME_CALL = 0,        /* an ordinary call: return to link's pc */
  FRAME_ENTRY = 1,       /* entered from C (vm_call): return from vm_execute */
  FRAME_PANICDEFER = 2,  /* a deferred call run by a panic (panic.c) */
  FRAME_DEFERRETURN = 3  /* a deferred call run by DEFERRETURN: link's pc is
                         ** that instruction itself, executed again */
} FrameKind;
#define FRAME_KIND_MASK ((uint64_t)7)

#define FR_LINK(b) ((b)[-3])
#define FR_CALLER(b) ((b)[-2])
#define FR_PROTO(b) ((Proto *)(uintptr_t)(b)[-1])

/* A compiled function. Natives have no code: `native` is called with the
** argument slots (runtime.h's NativeFn ABI). */
typedef struct Proto {
  const char *name;      /* as tracebacks print it: "main.f" */
  const char *file;      /* absolute path of its source file */
  Instr *code;
  int ncode;
  int32_t *lines;        /* source line of each instruction word */
  uint64_t *k;           /* constants */
  int nk;
  int framesize;         /* slots from base: registers, call header, call area */
  int nparamslots;       /* slots of the params (receiver first, ctx last) */
  int nresultslots;
  int exitpc;            /* where execution resumes after a recover; -1 */
  NativeFn native;
  IrFunc *fn;
} Proto;

typedef struct VmProgram VmProgram;

/* A goroutine's VM state (g->vm). base/pc are the current frame and the
** next instruction while the interpreter is not running (and, inside it,
** whenever an instruction may panic: the interpreter saves them first). */
/* Where a stopped goroutine resumes (vm_stop): */
typedef enum VmResume {
  VM_RESUME_NEXT,    /* at vm->pc (stopped at a SAFEPOINT) */
  VM_RESUME_AGAIN,   /* the instruction before vm->pc runs again (a call
                     ** preempted at the callee's entry) */
  VM_RESUME_FINISH   /* the same, with g->resumed set: the operation that
                     ** parked finishes (runtime.h's contract) */
} VmResume;

typedef struct VmG {
  G *g;
  VmProgram *prog;
  uint64_t *stack;       /* slot 0 */
  uint64_t *stack_hi;    /* one past the last slot */
  uint64_t *base;
  const Instr *pc;
  jmp_buf *catch;        /* the innermost running interpreter activation */
  Eface thrown;          /* the panic value a longjmp carries */
  bool sig;              /* Go's gp.sig: the panic came from a nil deref */
  bool goexiting;        /* the longjmp carries runtime.Goexit, not a panic */
  bool printing_panic;   /* running preprintpanic: a panic now is fatal */
  bool trace;            /* SUBGO_TRACE=1 */
  VmResume resume;       /* set when the interpreter stopped for the scheduler */
  const Proto *gofn;     /* the go statement that created the g ("created by") */
  const Instr *gopc;     /* its pc (the word after the instruction) */
  Proto *nextentry;      /* goroutine 1: main.main, to run after the inits */
  int exittries;         /* goroutine 1: main returned, waiting to exit */
} VmG;

/* Go's _defer and _panic with the fields the VM adds (g->_defer and
** g->_panic point at the embedded runtime.h records). */
typedef struct VmPanic VmPanic;
typedef struct VmDefer {
  Defer d;               /* d.frame: base offset of the deferring frame */
  bool started;          /* a panic is running it */
  VmPanic *panic;        /* that panic */
} VmDefer;

struct VmPanic {
  Panic p;
  intptr_t argp;         /* base offset of the deferred call it runs; -1 */
};

/* ---- the whole compiled program ---- */
typedef struct TypeDescs TypeDescs;

struct VmProgram {
  IrProgram *ir;
  Diags *diags;
  Proto **protos;        /* by IrFunc.id */
  int nprotos;
  Closure **funcvals;    /* by IrFunc.id: its func value (made on first use) */
  uint8_t *globals;      /* the data area: every IrGlobal */
  uint64_t *global_off;  /* by IrGlobal.id: offset in globals */
  TypeDescs *types;
  bool failed;           /* a compile error was reported */
};

/* ---- codegen.c ---- */
/* vm_compile builds every Proto of vp->ir; false after errors. */
bool vm_compile(VmProgram *vp);
/* A position's "file:L:C: msg" compile error. */
void vm_errorf(VmProgram *vp, const SrcFile *file, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- typedesc.c ---- */
/* vm_rtype: the one RType of t (canonical: identical types share it). */
const RType *vm_rtype(VmProgram *vp, Type *t);
/* vm_closure_rtype: the layout of a closure object {fn; captures...}. */
const RType *vm_closure_rtype(VmProgram *vp, TypeList *captures);
/* Method tables from ir->msets and rt_types; after every proto exists. */
void vm_finish_types(VmProgram *vp);
/* byte offset of capture i in a closure object */
int64_t vm_capture_offset(TypeList *captures, int i);

/* ---- stack.c ---- */
VmG *vm_newg(VmProgram *vp, G *g);
/* vm_resetg: a dead g's VmG made ready for a new goroutine (empty stack;
** a grown stack goes back to VM_STACK_MIN, as Go's gfput frees it) */
void vm_resetg(VmG *vm);
/* vm_growstack makes room for `need` slots from `top`, doubling and
** copying the whole old stack; returns the stack's new address of `top`.
** A stack beyond VM_STACK_MAX is Go's fatal "stack overflow". */
uint64_t *vm_growstack(VmG *vm, uint64_t *top, size_t need);

/* ---- interp.c ---- */
/* vm_execute runs vm from vm->base / vm->pc until the frame entered from C
** returns (its results are at that frame's base). */
void vm_execute(VmG *vm);

/* ---- sched.c ---- */
/* vm_start runs the program on the scheduler: goroutine 1 runs the package
** inits then main.main; never returns */
_Noreturn void vm_start(VmProgram *vp);
/* vm_stop: the interpreter activation (whose outer catch is `outer`)
** stops for the scheduler with its state saved */
void vm_stop(VmG *vm, jmp_buf *outer, VmResume how);
/* `go c()`: a new goroutine running the func() closure c, created by vm */
void vm_newproc(VmG *vm, Closure *c);

/* ---- call.c ---- */
/* vm_call runs fn(args) to completion from C on top of vm's current frame:
** nargs slots in, the results copied back to args (room: max of both). */
void vm_call(VmG *vm, Proto *fn, uint64_t *args, int nargs, int nres);
/* vm_enter_closure pushes a frame for the VM closure c (a func() value)
** above the current frame, entered with `kind` and returning to retpc, and
** makes it current (vm->base, vm->pc). */
void vm_enter_closure(VmG *vm, Closure *c, FrameKind kind, const Instr *retpc);

/* ---- panic.c ---- */
void vm_install_panic_hook(void);
/* vm_gopanic starts panicking with v in vm's current frame (state saved):
** it arranges vm->base/pc to run the first deferred call, or never
** returns (fatal panic). */
void vm_gopanic(VmG *vm, Eface v);
/* runtime.Goexit in vm's current frame (state saved): run every deferred
** call, then end the goroutine (g->mcallfn set when none is left) */
void vm_goexit(VmG *vm);
/* the deferred call a panic ran has returned to vm->base / vm->pc */
void vm_panic_deferreturned(VmG *vm);
/* recover() in the frame at base */
Eface vm_recover(VmG *vm, uint64_t *base);
Eface vm_recover_deferring(VmG *vm, uint64_t *base);
void vm_defer(VmG *vm, Closure *fn, uint64_t *base);
/* DEFERRETURN: pushes the frame's next deferred call and returns true, or
** false when the frame has none left */
bool vm_deferreturn(VmG *vm, uint64_t *base, const Instr *self);
/* the goroutine running on this thread (one until issue 5) */
VmG *vm_current(void);
void vm_set_current(VmG *vm);

/* ---- traceback.c ---- */
/* Go's "goroutine 1 [running]:" block for vm's current frames */
void vm_traceback(VmG *vm, StrBuf *out);
/* RtBackend.traceback: a stopped g's frames (if frames) and "created by" */
void vm_traceback_g(G *gp, bool frames);
void vm_install_traceback_hooks(void);

/* ---- helpers.c ---- */
#include "helpers.h"
typedef void (*VmHelper)(VmG *vm, uint64_t *slots, uint64_t x);
extern const VmHelper vm_helpers[];
extern const char *const vm_helper_names[];
/* load a value of type t from memory into slots (narrow scalars widened) */
void vm_load(uint64_t *dst, const void *src, const RType *t);

/* ---- dump.c ---- */
extern const char *const vm_opnames[];
extern const uint8_t vm_opformats[];
extern const uint8_t vm_opextra[];
void vm_dump_proto(VmProgram *vp, const Proto *p, FILE *out);
/* one instruction, as the listing and the tracer print it */
void vm_format_instr(const Proto *p, const Instr *pc, StrBuf *out);
/* SUBGO_TRACE: print the instruction at pc about to run in frame base */
void vm_trace(VmG *vm, const uint64_t *base, const Instr *pc);

#endif
