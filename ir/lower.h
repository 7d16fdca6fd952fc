/*
** lower.h -- private interface shared by the files of ir/ (the lowering of
** the checked AST to the IR of ir.h). Nothing outside ir/ includes it.
**
** Two levels of state:
**  - Builder: the whole program being lowered (one per ir_build): the
**    function, global and wrapper tables, the pre-pass results (which
**    variables need a memory cell, what each func literal captures and how
**    it is named), the method-set table and the worklist of function bodies
**    still to build. Functions are built lazily: an IrFunc is made when
**    something first refers to it, its body is queued, and ir_build drains
**    the queue (so only what main, the package inits and the method sets
**    reach is ever lowered).
**  - Fn: one function body being lowered: the current block, where each
**    local variable lives (a register, or a cell pointer when its address
**    is taken or a closure captures it), the break/continue targets, labels
**    and the result variables.
**
** Files (one concept each): lower.c (driver, worklist, package init),
** scan.c (pre-pass), emit.c (instructions, blocks, registers), typeutil.c
** (types the lowering makes, type-keyed map), lower_func.c (function
** bodies: parameters, captures, results, defer exit), lower_expr.c,
** lower_ref.c (lvalues), lower_lit.c (composite literals), lower_call.c,
** lower_builtin.c, lower_conv.c (conversions, implicit conversions),
** lower_stmt.c, lower_assign.c, lower_range.c, lower_switch.c,
** lower_closure.c (closures, method values, defer/go wrappers),
** order.c (gc's evaluation order), consts.c (constant pool), msets.c,
** layout.c, print.c, verify.c, ptrmap.c.
*/
#ifndef SUBGO_IR_LOWER_H
#define SUBGO_IR_LOWER_H

#include "ir.h"

#include <string.h>

/* ---- ptrmap.c: pointer-keyed hash map (open addressing) ---- */
typedef struct PtrMap {
  const void **keys;
  void **vals;
  int cap, count;
} PtrMap;
void *pm_get(const PtrMap *m, const void *key);
void pm_put(PtrMap *m, const void *key, void *val);

/* ---- typeutil.c: types made by the lowering; maps keyed by type identity ---- */
typedef struct TypeMapEntry {
  Type *type;
  void *val;
  struct TypeMapEntry *next;
} TypeMapEntry;
typedef struct TypeMap {
  TypeMapEntry **buckets;
  int nbuckets, count;
} TypeMap;
unsigned type_hash(Type *t);
void *tm_get(TypeMap *m, Type *t);
void tm_put(TypeMap *m, Type *t, void *val);

typedef struct Builder Builder;
Type *ty_pointer(Builder *b, Type *elem);
Type *ty_slice(Builder *b, Type *elem);
Type *ty_array(Builder *b, Type *elem, int64_t len);
/* a signature; recv (may be NULL) becomes sig.recv */
Type *ty_func(Type *recv, Type **params, int nparams, Type **results,
              int nresults, bool variadic);
Type *ty_default(Builder *b, Type *t); /* untyped -> default type */
Type *spread_results(NodeList *args);  /* f(g()): g's results, else NULL */
Type *ty_under(Type *t);
bool ty_is_iface(Type *t);
int sig_nparams(Type *sig);
Type *sig_param(Type *sig, int i);
int sig_nresults(Type *sig);
Type *sig_result(Type *sig, int i);

/* ---- the program being built ---- */

/* A func literal as the pre-pass found it. */
typedef struct LitInfo {
  Node *lit;          /* N_FUNCLIT */
  const char *name;   /* main.main.func1 */
  ObjList free;       /* captured variables, in order of first use */
  IrFunc *fn;         /* made when first lowered */
} LitInfo;

typedef enum WorkKind { WORK_DECL, WORK_LIT } WorkKind;

typedef struct Work {
  WorkKind kind;
  IrFunc *fn;
  Node *decl;         /* WORK_DECL: N_FUNCDECL */
  LitInfo *lit;       /* WORK_LIT */
} Work;

struct Builder {
  IrProgram *prog;
  Diags *diags;
  Arena *arena;
  Package *runtime;
  Type *t_bool, *t_int, *t_uint, *t_int64, *t_uint64, *t_float64, *t_string;
  Type *t_uint8, *t_int32, *t_any, *t_func0;
  Type *t_plainError;  /* runtime.plainError (panicwrap's panic value) */
  PtrMap funcs;       /* declared OBJ_FUNC -> IrFunc */
  PtrMap decls;       /* OBJ_FUNC -> its N_FUNCDECL (bodies found by object) */
  PtrMap globals;     /* package-level var -> IrGlobal */
  PtrMap lits;        /* N_FUNCLIT -> LitInfo */
  PtrMap cells;       /* local var that needs a cell -> (void *)1 */
  PtrMap clausevars;  /* type switch N_CASECLAUSE -> its implicit var */
  PtrMap reassigned;  /* local var assigned after its declaration -> 1 */
  PtrMap static_init; /* local var -> the expression it was declared with */
  PtrMap wrappers;    /* method or interface method Object -> WrapperList */
  PtrMap pkgfiles;    /* SrcFile -> Package, for diagnostics' positions */
  TypeMap msets;      /* type -> (index + 1) in prog->msets */
  VEC(Work) work;
  int nwork;          /* next work item to build */
};

/* lower.c */
IrFunc *fn_for_decl(Builder *b, Object *fnobj);  /* queued on first use */
void queue_work(Builder *b, Work w);
IrGlobal *global_for(Builder *b, Object *var);
IrFunc *new_irfunc(Builder *b, const char *name, Type *sig, Package *pkg,
                   const SrcFile *file, Pos pos);
void unsupported(Builder *b, const SrcFile *file, Pos pos, const char *what);
const char *func_name_prefix(Package *pkg); /* "main", "strings", ... */

/* scan.c: the pre-pass over one top-level body (a function declaration's
** or a package's variable initializers) and its func literals. */
void scan_body(Builder *b, Package *pkg, Type *sig, Node *body, const char *name);
void scan_package_inits(Builder *b, Package *pkg);
bool needs_cell(Builder *b, Object *var);
bool body_has_defer(Node *body); /* outside nested func literals */
Node *static_value(Builder *b, Object *var); /* gc's ir.StaticValue step */

/* ---- one function being lowered ---- */
typedef struct VarLoc {
  IrReg reg;          /* the value, or the cell pointer */
  bool cell;
} VarLoc;

typedef struct Target {
  const char *label;  /* interned label name, or NULL */
  IrBlock *brk, *cont; /* cont is NULL for switch/select */
} Target;

typedef struct Fn {
  Builder *b;
  IrFunc *f;
  Package *pkg;
  const SrcFile *file;
  IrBlock *cur;
  PtrMap vars;        /* local Object -> VarLoc */
  VEC(Target) targets;
  PtrMap labels;      /* interned label name -> IrBlock */
  const char *pending_label; /* label of the statement about to be lowered */
  IrReg *results;     /* result variables' registers (see lower_func.c) */
  bool *result_cell;
  IrBlock *fallthrough; /* the next clause's body inside a switch clause */
  int loopdepth;
  int nwraps;         /* defer/go wrappers made so far (their names) */
  PtrMap hoisted;     /* node -> registers evaluated ahead (order.c) */
  PtrMap varregs;     /* register (as a key) -> the variable it holds */
  Pos pos;
  Pos end;            /* the body's closing brace (falling off the end) */
} Fn;

/* emit.c */
IrReg new_reg(Fn *F, Type *t, const char *name);
IrBlock *new_block(Fn *F);
void set_block(Fn *F, IrBlock *blk);
bool terminated(Fn *F);           /* the current block has its terminator */
IrInstr *emit(Fn *F, IrOp op, Type *t); /* append; valid until the next emit */
IrReg emit_value(Fn *F, IrOp op, int sub, Type *t, IrReg a, IrReg b);
IrReg emit_const_int(Fn *F, Type *t, int64_t v);
IrReg emit_const_bool(Fn *F, bool v);
IrReg emit_const_string(Fn *F, const char *s);
IrReg emit_zero(Fn *F, Type *t);
IrReg emit_binary(Fn *F, IrBinOp op, Type *operand, IrReg a, IrReg b);
IrReg emit_field(Fn *F, IrReg strct, int i);
IrReg emit_load(Fn *F, IrReg ptr);
void emit_move(Fn *F, IrReg dst, IrReg src);
IrReg emit_slice(Fn *F, Type *t, IrReg a, IrReg lo, IrReg hi, IrReg max);
void emit_store(Fn *F, IrReg ptr, IrReg v);
IrReg emit_alloc(Fn *F, Type *t, IrAllocKind kind);
IrReg emit_global(Fn *F, IrGlobal *g);
IrReg *regs_dup(Fn *F, const IrReg *r, int n);
void emit_rtcall(Fn *F, IrRtFn fn, Type *t, IrReg *args, int nargs,
                 IrReg *results, int nresults);
void emit_jump(Fn *F, IrBlock *to);
void emit_branch(Fn *F, IrReg cond, IrBlock *yes, IrBlock *no);
Type *reg_type(Fn *F, IrReg r);
void fn_finish(Fn *F);            /* drop unreachable blocks, renumber */

/* consts.c */
void hoist_constants(IrFunc *f);

/* lower_func.c */
void build_decl_body(Builder *b, IrFunc *f, Node *decl);
void build_lit_body(Builder *b, IrFunc *f, LitInfo *li);
void fn_begin(Fn *F, Builder *b, IrFunc *f, Package *pkg);
void fn_bind_params(Fn *F, Type *sig, int nfree);
void lower_return(Fn *F, Node *s);
void fn_end(Fn *F);
VarLoc *var_loc(Fn *F, Object *o);
void declare_var(Fn *F, Object *o, IrReg init); /* init 0: zero value */
void bind_var(Fn *F, Object *o, IrReg reg, bool cell);
bool is_var_reg(Fn *F, IrReg r);

/* lower_expr.c */
IrReg lower_expr(Fn *F, Node *n);            /* one value, of n's type */
IrReg lower_expr_to(Fn *F, Node *n, Type *dst); /* converted to dst */
void lower_cond(Fn *F, Node *n, IrBlock *yes, IrBlock *no);
Type *expr_type(Fn *F, Node *n);             /* n's type, untyped defaulted */
Pos call_pos(Node *n);
IrReg lower_const(Fn *F, Const *v, Type *t);

/* lower_ref.c: lvalues and addressable operands */
typedef enum RefKind { REF_VALUE, REF_VAR, REF_ADDR, REF_MAP, REF_BLANK } RefKind;
typedef struct RefStep {
  bool index;         /* an index step (idx), else a field step (field) */
  int field;
  IrReg idx;
  Type *type;         /* type after the step */
} RefStep;
typedef struct Ref {
  RefKind kind;
  Type *type;         /* of the referenced value */
  IrReg reg;          /* VALUE: value; VAR: the variable; ADDR: the base
                      ** (pointer, or slice); MAP: map */
  IrReg key;          /* MAP: key, converted to the key type */
  RefStep *steps;     /* VAR: FIELD/INDEX steps from the variable; ADDR:
                      ** FIELDADDR/INDEXADDR steps not yet taken */
  int nsteps;
} Ref;
Ref ref_expr(Fn *F, Node *n);
Ref ref_field(Fn *F, Ref r, int field);
Ref ref_deref(Fn *F, Ref r);   /* r holds a pointer: the pointee */
Ref ref_path(Fn *F, Ref r, const int *path, int n); /* embedded fields, auto-deref */
IrReg ref_load(Fn *F, Ref *r);
void ref_store(Fn *F, Ref *r, IrReg v);
IrReg ref_addr(Fn *F, Ref *r);
void ref_stabilize(Fn *F, Ref *r); /* copy operands that are variables */
Ref ref_value(IrReg reg, Type *t);
Ref ref_addr_of(IrReg ptr, Type *elem);
IrReg lower_addr(Fn *F, Node *n); /* &n */

/* lower_lit.c */
IrReg lower_composite(Fn *F, Node *n);
IrReg lower_composite_alloc(Fn *F, Node *n, Type *t); /* &T{...} */
bool composite_in_place(Node *n, Type *t);  /* a struct/array literal of t */
void lower_composite_into(Fn *F, Node *n, IrReg p); /* into zeroed *p */
IrReg slice_of_regs(Fn *F, Type *slicetype, IrReg *elems, int n);

/* lower_conv.c */
IrReg coerce(Fn *F, IrReg v, Type *from, Type *to); /* implicit conversion */
IrReg lower_conversion(Fn *F, Node *call);
IrReg make_iface(Fn *F, IrReg v, Type *from, Type *iface);

/* lower_call.c: a call is planned (callee and arguments evaluated and
** converted), then emitted; defer and go emit the plan in a wrapper. */
typedef enum CallKind { CALL_STATIC, CALL_FUNC, CALL_IFACE, CALL_BUILTIN } CallKind;
typedef struct CallPlan {
  CallKind kind;
  IrFunc *fn;         /* STATIC */
  IrReg callee;       /* FUNC: the func value; IFACE: the interface */
  int method;         /* IFACE: method index */
  Builtin builtin;    /* BUILTIN (the statement builtins only) */
  Type *sig;          /* the callee's signature (receiver as an argument) */
  IrReg *args;        /* receiver first; already converted */
  Type **argtypes;
  int nargs;
  Node *call;
} CallPlan;
void plan_call(Fn *F, Node *call, CallPlan *p);
void emit_call(Fn *F, CallPlan *p, IrReg *results, int nresults);
IrReg lower_call(Fn *F, Node *call);         /* single-value (or no-value) use */
int lower_multi(Fn *F, Node *n, IrReg *out, int max); /* tuple-valued n */
void lower_call_results(Fn *F, Node *call, IrReg *out, int n);
IrReg method_receiver(Fn *F, Node *x, Selection *sel, Type **recvtype);
IrReg adjust_receiver(Fn *F, Ref *r, Object *m, Type **recvtype);
int ir_method_index_of(Type *iface, Object *m);

/* lower_builtin.c */
IrReg lower_builtin(Fn *F, Node *call, Builtin bi);
bool builtin_is_stmt(Builtin bi);
void plan_builtin(Fn *F, Node *call, Builtin bi, CallPlan *p);
IrReg emit_builtin(Fn *F, CallPlan *p);
IrReg lower_append(Fn *F, Node *call);

/* order.c: gc's evaluation order within a statement */
void order_expr(Fn *F, Node *n, Type *dst);  /* parts of n that run first */
void order_call_operands(Fn *F, Node *call);
void order_lhs(Fn *F, Node *n);
void order_operands(Fn *F, Node *n);         /* n in a comma-ok form */
void order_rhs(Fn *F, NodeList *rhs, int nlhs, Type **types);
int hoisted(Fn *F, Node *n, IrReg *out, int max);

/* lower_stmt.c */
void lower_block(Fn *F, NodeList *stmts);
void lower_stmt(Fn *F, Node *s);
void push_target(Fn *F, IrBlock *brk, IrBlock *cont);
void pop_target(Fn *F);
void enter_loop(Fn *F);
void leave_loop(Fn *F);

/* lower_assign.c */
void lower_assign(Fn *F, Node *s);
void lower_define_vars(Fn *F, NodeList *lhs, NodeList *rhs); /* := and var */
void lower_incdec(Fn *F, Node *s);
void assign_regs(Fn *F, Node **lhs, int n, IrReg *vals, Type **types);
void assign_ref(Fn *F, Ref *r, IrReg v, Type *vt);

/* lower_range.c / lower_switch.c */
void lower_range(Fn *F, Node *s);
void lower_switch(Fn *F, Node *s);
void lower_typeswitch(Fn *F, Node *s);
void lower_select(Fn *F, Node *s);

/* lower_closure.c */
IrReg lower_funclit(Fn *F, Node *lit);
IrReg lower_method_value(Fn *F, Node *sel, Selection *s);
IrReg lower_method_expr(Fn *F, Node *sel, Selection *s);
void lower_defer_go(Fn *F, Node *s);
IrFunc *method_wrapper(Builder *b, Type *recv, Object *m, const int *path,
                       int npath);

/* msets.c */
typedef struct MethodEntry {
  Object *m;          /* the declared method (or interface method) */
  int path[16];       /* embedded field indices leading to its receiver */
  int npath;
  bool indirect;      /* a pointer is dereferenced along the path */
} MethodEntry;
typedef VEC(MethodEntry) MethodEntries;
/* method_set computes the method set of t (T or *T), sorted by name. */
void method_set(Type *t, MethodEntries *out);
void msets_add(Builder *b, Type *t);    /* t may become a dynamic type */

#endif
