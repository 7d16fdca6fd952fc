/*
** ir.h -- public interface of the IR stage (ir/): the one typed intermediate
** representation that both back ends (vm/ now, llvm/ later) consume.
**
** Shape: a program is a set of functions; a function is a list of basic
** blocks; a block is a list of instructions ending in exactly one terminator
** (JUMP, BRANCH, RETURN, PANIC, UNREACHABLE). Values live in numbered
** virtual registers (IrReg), each with one Go type (types.h Type); the IR is
** not SSA: a register may be assigned in several places (a Go local variable
** is one register). Registers hold values of any Go type, aggregates
** included (a struct or array register holds the whole value).
**
** What is explicit here, so back ends stay simple and agree:
**  - memory: a variable whose address is taken (&x, a pointer-receiver call
**    on x, x[:] of an array) or that a closure captures lives in a cell made
**    by an ALLOC instruction (an allocation site); it is then reached through
**    LOAD/STORE. Every allocation site carries `escapes` (heap or stack),
**    decided by escape analysis (issue 6); until then every site is heap.
**  - checks: INDEX/INDEXADDR/SLICE check bounds, LOAD/STORE/FIELDADDR/
**    INDEXADDR on a pointer and CALLFUNC/CALLIFACE check nil, DIV/REM check
**    zero, SHL/SHR check negative counts: the back end emits the check and
**    the runtime's panic (runtime.h rt_panic_*) as part of the instruction.
**  - control: short-circuit && and ||, switch, type switch, labelled
**    break/continue/goto and range loops are all blocks and branches.
**  - calls: static (CALL), through a func value (CALLFUNC), through an itab
**    (CALLIFACE), runtime entry points (RTCALL, table below). Closures,
**    method values, method expressions, promoted methods and the (*T).M
**    wrappers that itabs need are ordinary IrFuncs made by lowering.
**  - defer/panic/recover: DEFER pushes a func() value (lowering binds the
**    call's arguments into a closure at the defer statement, so they are
**    evaluated there); DEFERRETURN runs the frame's deferred calls; a
**    function with defers has an `exit` block where execution resumes after
**    a recover (DEFERRETURN, then RETURN of the named results).
**  - safepoints: SAFEPOINT at function entry and on every loop back-edge;
**    issue 5 preempts there, issue 6 scans stacks there.
**
** Invariants (ir_verify checks them):
**  - blocks[0] is the entry; every block ends in one terminator and has no
**    terminator before its end;
**  - every register operand is < nregs and has a type; register 0 is "none";
**  - params are registers 1..nparams in order (receiver first; then the
**    closure context register `ctx` if the function is a closure);
**  - operand and result types are exactly as each op's comment says (no
**    implicit conversions: lowering inserts CONVERT / MAKEIFACE).
*/
#ifndef SUBGO_IR_H
#define SUBGO_IR_H

#include "../types/types.h"

typedef int32_t IrReg; /* index into IrFunc.regs; 0 = none */
typedef struct IrFunc IrFunc;
typedef struct IrBlock IrBlock;
typedef struct IrInstr IrInstr;
typedef struct IrGlobal IrGlobal;
typedef struct IrProgram IrProgram;

/*
** X(name, semantics) -- the one table of IR operations. Notation: R(d) is
** the dst register, A/B/C the operand registers a/b/c, ARGS the args list,
** RES the results list, T the instruction's `type`, K its `u.val`, N `imm`.
*/
#define IR_OPS(X)                                                              \
  /* ---- values ---- */                                                       \
  X(CONST, "R(d) := K, a constant of type T (u.val NULL: the zero value of T)")\
  X(MOVE, "R(d) := A (same type)")                                             \
  X(ZERO, "R(d) := zero value of T")                                           \
  X(FUNCVAL, "R(d) := func value of u.fn, a closure without captures")       \
  X(GLOBAL, "R(d) := &u.global (type *T)")                                     \
  X(BINARY, "R(d) := A sub B; T is the operand type (the result is bool for "  \
            "comparisons); integer results wrap to T's width; DIV/REM panic "  \
            "on a zero integer divisor; SHL/SHR take B of any integer type, "  \
            "panic if B is signed and negative, give 0 (or sign) past width; " \
            "EQ/NE work on every comparable T (strings, structs, arrays, "      \
            "interfaces: may panic on uncomparable dynamic types)")            \
  X(UNARY, "R(d) := sub A (NEG, NOT, COMPL); T is A's type")                   \
  X(CONVERT, "R(d) := T(A): numeric <-> numeric, integer -> string (rune), "   \
             "string <-> []byte, string <-> []rune, same-underlying types, "   \
             "[]E -> *[N]E (panics boundsConvert if len(A) < N; nil A gives "  \
             "nil)")                                                          \
  /* ---- aggregates in registers ---- */                                      \
  X(FIELD, "R(d) := A.field[N]; A is a struct value")                          \
  X(SETFIELD, "R(d).field[N] := B, in place (d is also read); R(d) is a struct")\
  X(INDEX, "R(d) := A[B]; A is a string (byte), slice or array value; "        \
           "bounds-checked (index out of range [B] with length len(A))")       \
  X(SETINDEX, "R(d)[B] := C, in place; R(d) is an array value; bounds-checked")\
  X(LEN, "R(d) := len(A): string, slice, map (nil: 0), chan, array")          \
  X(CAP, "R(d) := cap(A): slice, chan, array")                                \
  X(SLICE, "R(d) := A[B:C:D] with D = args[0] (0 = absent); A is a string, "   \
           "slice or pointer to array; missing B is 0, missing C is len; "     \
           "bounds-checked with Go's slice messages; T is the result type")   \
  X(MAKESLICE, "R(d) := make(T, A, B) (B = 0: cap = len); an allocation "      \
               "site; panics makeslice: len/cap out of range")                \
  X(CONCAT, "R(d) := ARGS[0] + ... + ARGS[n-1], strings")                      \
  /* ---- memory ---- */                                                       \
  X(ALLOC, "R(d) := pointer to a new zeroed T; sub = IrAllocKind; an "         \
           "allocation site (escapes says heap or stack)")                    \
  X(LOAD, "R(d) := *A (T is the loaded type); nil-checked")                    \
  X(STORE, "*A := B (T is B's type); nil-checked")                             \
  X(FIELDADDR, "R(d) := &A.field[N]; A is a pointer to a struct; nil-checked") \
  X(INDEXADDR, "R(d) := &A[B]; A is a slice or a pointer to an array "         \
               "(nil-checked); bounds-checked")                               \
  /* ---- closures and interfaces ---- */                                      \
  X(MAKECLOSURE, "R(d) := func value of u.fn capturing the values ARGS (in "   \
                 "order; by-reference captures pass the variable's cell "     \
                 "pointer); an allocation site")                              \
  X(CAPTURE, "R(d) := captured value N of the running closure (type T)")      \
  X(MAKEIFACE, "R(d) := T(A) where T is an interface type: A concrete is "     \
               "boxed (an allocation site unless A's type is pointer-shaped);" \
               " A an interface is converted (itab lookup, never fails)")     \
  X(TYPEASSERT, "RES[0] := A.(T); with 2 results RES[1] := ok and no panic, "  \
                "else panics interface conversion; A is an interface value")   \
  /* ---- calls ---- */                                                        \
  X(CALL, "RES := u.fn(ARGS); static call (natives included)")                 \
  X(CALLFUNC, "RES := A(ARGS); A is a func value (nil: nil dereference panic)")\
  X(CALLIFACE, "RES := A.method[N](ARGS); A is an interface value, N the "     \
               "index in its type's sorted method set; nil A panics")          \
  X(RTCALL, "RES := runtime entry sub (IrRtFn, table below)(ARGS)")            \
  X(GO, "go A(): start a goroutine running func() value A; B (or 0): the "  \
        "func value A calls, nil is fatal (go of nil func value)")            \
  /* ---- defer, panic, recover ---- */                                        \
  X(DEFER, "push func() value A on this frame's defer list")                   \
  X(DEFERRETURN, "run this frame's deferred calls, newest first")              \
  X(RECOVER, "R(d) := recover(), an interface{}; nil unless this function "    \
             "was called directly as a deferred call of a panicking g; N=1 "  \
             "(defer recover()): asks for the function that deferred the "    \
             "running wrapper instead")                                       \
  X(SAFEPOINT, "preemption / stack-scan point (function entry, loop back-edge)")\
  /* ---- terminators ---- */                                                  \
  X(JUMP, "goto target")                                                       \
  X(BRANCH, "if A goto target else goto els")                                  \
  X(RETURN, "return ARGS (the function's results, in order)")                  \
  X(PANIC, "panic(A); A is an interface{}")                                    \
  X(UNREACHABLE, "control never gets here (after a call that cannot return)")

typedef enum IrOp {
#define IR_OP_ENUM(name, doc) IR_##name,
  IR_OPS(IR_OP_ENUM)
#undef IR_OP_ENUM
  IR_OP_COUNT
} IrOp;

/* BINARY and UNARY operators (IrInstr.sub). */
#define IR_BINOPS(X)                                                           \
  X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(REM, "%")                  \
  X(AND, "&") X(OR, "|") X(XOR, "^") X(ANDNOT, "&^") X(SHL, "<<") X(SHR, ">>") \
  X(EQ, "==") X(NE, "!=") X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=")        \
  X(NEG, "-") X(NOT, "!") X(COMPL, "^")

typedef enum IrBinOp {
#define IR_BINOP_ENUM(name, sym) IR_OP_##name,
  IR_BINOPS(IR_BINOP_ENUM)
#undef IR_BINOP_ENUM
  IR_BINOP_COUNT
} IrBinOp;

/* What an ALLOC site allocates, for the escape report's words. */
typedef enum IrAllocKind {
  ALLOC_VAR,       /* a variable's cell: "moved to heap: x" (u.obj is x) */
  ALLOC_NEW,       /* new(T): "new(T) escapes to heap" */
  ALLOC_COMPOSITE, /* &T{...} or a slice literal's backing array */
  ALLOC_TEMP       /* a temporary the lowering needs in memory */
} IrAllocKind;

/*
** X(name, C entry in runtime.h, signature) -- runtime entry points (RTCALL).
** Types named map/elem/key/T come from the instruction's `type` (the map,
** slice, chan or element type as stated).
*/
#define IR_RTFNS(X)                                                            \
  X(MAKEMAP, rt_makemap, "(hint int) map; T = the map type")                   \
  X(MAPACCESS1, rt_mapaccess1, "(m map, k key) elem; T = map type")            \
  X(MAPACCESS2, rt_mapaccess2, "(m map, k key) (elem, bool); T = map type")    \
  X(MAPASSIGN, rt_mapassign, "(m map, k key, v elem); T = map type; "          \
                             "nil m panics assignment to entry in nil map")   \
  X(MAPDELETE, rt_mapdelete, "(m map, k key); T = map type")                   \
  X(MAPITERINIT, rt_mapiterinit, "(m map) *hiter; T = map type")               \
  X(MAPITERNEXT, rt_mapiternext, "(it *hiter) (key, elem, ok bool); T = map "  \
                                 "type; advances, then yields the entry")     \
  X(GROWSLICE, rt_growslice, "(s []E, newlen int) []E; T = the slice type; "   \
                             "result has len(s), cap >= newlen")              \
  X(SLICECOPY, rt_slicecopy, "(dst []E, src []E or string) int; T = dst type") \
  X(INTSTRING, rt_intstring, "(r int64) string")                               \
  X(DECODERUNE, rt_decoderune, "(s string, k int) (r rune, next int)")         \
  X(PRINTBOOL, rt_printbool, "(bool)")                                         \
  X(PRINTINT, rt_printint, "(int64)")                                          \
  X(PRINTUINT, rt_printuint, "(uint64)")                                       \
  X(PRINTFLOAT, rt_printfloat, "(float64)")                                    \
  X(PRINTSTRING, rt_printstring, "(string)")                                   \
  X(PRINTPOINTER, rt_printpointer, "(pointer, map, chan, func or slice data)") \
  X(PRINTEFACE, rt_printeface, "(interface value)")                            \
  X(PRINTSP, rt_printsp, "()")                                                 \
  X(PRINTNL, rt_printnl, "()")                                                 \
  X(MAKECHAN, rt_makechan, "(size int) chan; T = chan type (issue 5)")         \
  X(CHANSEND, rt_chansend, "(c chan, v elem); T = chan type (issue 5)")        \
  X(CHANRECV, rt_chanrecv, "(c chan) (elem, ok bool); T = chan type (issue 5)")\
  X(CLOSECHAN, rt_closechan, "(c chan) (issue 5)")                             \
  X(SELECT, rt_selectgo, "(cases...) (chosen int, recvOK bool, recvd...); "  \
                         "ARGS: per case in source order (default left " \
                         "out) its chan then, for a send, the value, for " \
                         "a receive 0; RES[2+i]: case i's received value " \
                         "(0 for sends), written only when i is chosen; " \
                         "chosen is -1 for default; N = 1 if there is a " \
                         "default case (non-blocking) (issue 5)")

typedef enum IrRtFn {
#define IR_RT_ENUM(name, cfn, sig) RT_##name,
  IR_RTFNS(IR_RT_ENUM)
#undef IR_RT_ENUM
  RT_COUNT
} IrRtFn;

struct IrInstr {
  IrOp op;
  int sub;             /* IrBinOp, IrAllocKind or IrRtFn */
  IrReg dst;           /* 0 when the op has no single result */
  IrReg a, b, c;
  int64_t imm;         /* field index, method index, capture index */
  Type *type;
  union {
    Const *val;        /* CONST */
    IrFunc *fn;        /* FUNCVAL, CALL, MAKECLOSURE */
    IrGlobal *global;  /* GLOBAL */
    Object *obj;       /* ALLOC_VAR: the variable */
  } u;
  IrReg *args;         /* arena memory */
  int nargs;
  IrReg *results;      /* arena memory; an entry 0 discards that result */
  int nresults;
  IrBlock *target, *els;
  Pos pos;             /* the source position gc attributes the op to */
  bool escapes;        /* allocation sites: true = heap (default until issue 6) */
};

struct IrBlock {
  int id;
  VEC(IrInstr) instrs;
  int loopdepth;       /* 0 outside loops (escape analysis uses it) */
};

typedef struct IrRegInfo {
  Type *type;
  const char *name;    /* the Go variable it holds, or NULL for temporaries */
} IrRegInfo;

struct IrFunc {
  const char *name;    /* as Go's tracebacks print it: "main.main",
                       ** "main.(*T).M", "main.T.M", "main.main.func1",
                       ** "fmt.Println" */
  Package *pkg;
  Object *obj;         /* the declared func/method, NULL for literals/wrappers */
  Type *sig;           /* T_FUNC; for methods the receiver is sig.recv */
  const SrcFile *file;
  Pos pos;             /* of the func keyword / literal */
  int nparams;         /* registers 1..nparams: receiver, params, then ctx */
  IrReg ctx;           /* closure context register (0: not a closure); the
                       ** captured values' types are in `captures` */
  TypeList captures;
  int nresults;
  VEC(IrRegInfo) regs; /* regs.items[0] is unused */
  VEC(IrBlock *) blocks;
  IrBlock *exit;       /* resume point after recover (has_defer only) */
  bool has_defer;
  bool is_native;      /* no body: the runtime implements it */
  const char *native_name; /* "<importpath>.<name>" for natives */
  bool is_wrapper;     /* autogenerated (tracebacks print <autogenerated>) */
  int id;              /* index in IrProgram.funcs */
  void *backend;       /* back-end data (VM: its compiled proto) */
};

struct IrGlobal {
  const char *name;    /* "main.x" */
  Object *obj;
  Type *type;
  int id;
  void *backend;
};

/* A concrete type's method set as itabs and reflectlite see it: for every
** method (sorted by name, Go's order), the function to call through an
** itab, whose receiver is the interface data word. */
typedef struct IrMethodSet {
  Type *type;          /* T or *T */
  int n;
  Object **methods;    /* the declared methods (OBJ_FUNC) */
  IrFunc **ifn;
} IrMethodSet;

struct IrProgram {
  Package *main;       /* the command-line package */
  VEC(IrFunc *) funcs; /* every reachable function, wrappers, literals, natives */
  VEC(IrGlobal *) globals;
  IrFunc *init;        /* runs every package's variable initializers and
                       ** init() functions in dependency order */
  IrFunc *mainfn;      /* main.main (NULL when the package is not main) */
  VEC(IrMethodSet) msets; /* every type that can be an interface's dynamic
                          ** type, including those reflectlite can reach */
  IrFunc *preprintpanic; /* runtime.preprintpanic: error/Stringer -> text */
  Arena *arena;
};

/* ---- entry points ---- */

/* ir_build lowers a checked package (and the stdlib packages it imports) to
** IR; only functions reachable from main/init are built. Features the back
** ends cannot handle are reported as "file:L:C: ... is not supported" errors;
** returns NULL if any error was reported. */
IrProgram *ir_build(Package *pkg, Diags *diags);

/* dump ir: readable listing of the functions of package `only` (NULL: all). */
void ir_print(IrProgram *p, Package *only, FILE *out);
void ir_print_func(IrFunc *f, FILE *out);

/* ir_verify checks the invariants above; it calls fatal() on a violation. */
void ir_verify(IrProgram *p);

const char *ir_op_name(IrOp op);
const char *ir_binop_name(IrBinOp op);
const char *ir_rtfn_name(IrRtFn fn);

/* ---- layout (layout.c): Go's amd64 sizes, shared by both back ends ---- */
int64_t ir_sizeof(Type *t);
int64_t ir_alignof(Type *t);
int64_t ir_field_offset(Type *strct, int i); /* strct: a struct (or named struct) */
int64_t ir_ptrdata(Type *t);                  /* bytes of prefix holding pointers */
/* ir_ptrmask sets bit i of mask for each pointer word i in a value of t
** (mask has room for ir_ptrdata(t)/8 bits) */
void ir_ptrmask(Type *t, uint8_t *mask);
bool ir_is_direct_iface(Type *t);             /* pointer-shaped */
/* reflect's spelling of t for RType.str: "main.T", "[]interface {}" */
const char *ir_type_string(Type *t);
int ir_method_index(Type *iface, const char *name); /* in the sorted method set */

#endif
