/*
** check.h -- internal interface shared by the files of types/.
**
** The checker follows types2's structure (Go 1.19, cmd/compile/internal/
** types2) so that errors come out in the same order with the same words:
**  1. resolve.c collects package-level objects of all files into the package
**     scope (imports into file scopes), methods into their receiver's list;
**  2. decl.c checks every package-level object lazily (objDecl: white ->
**     grey -> black colouring detects cycles), non-alias types first, then
**     aliases, then everything else, in source order;
**  3. function bodies (and func literal bodies) are queued with check_later
**     and run after the package-level declarations, in queue order; func
**     literal bodies queued inside a statement run at the end of that
**     statement, as types2 does;
**  4. init order (initorder.c), then unused imports.
** Operands carry an expression's mode, type and constant value while it is
** checked; record_operand() stores them on the Node for later stages.
*/
#ifndef SUBGO_TYPES_CHECK_H
#define SUBGO_TYPES_CHECK_H

#include "types.h"

#include <stdlib.h>
#include <string.h>


typedef struct Operand {
  ExprMode mode;
  Node *expr;   /* may be NULL for synthesized operands */
  Type *type;
  Const *val;   /* MODE_CONST */
  Builtin id;   /* MODE_BUILTIN */
} Operand;

/* A function being checked: results for return statements, its scope for
** unused-variable reporting. */
typedef struct FuncCtx {
  Type *sig;
  Scope *scope;
  const char *name;
} FuncCtx;

/* A function body waiting to be checked (check_later). */
typedef struct Delayed {
  Object *decl;       /* package-level object the body belongs to (deps) */
  const SrcFile *file;
  Type *sig;
  Node *body;
  Scope *scope;       /* the function scope, holding the parameters */
  const char *name;
  Const *iota;        /* func literals inside const decls see iota */
} Delayed;

/* `type T2 T1` met while T1's own right-hand side is being checked (type
** T1 struct{ next *T2 }): T2's underlying is T1's, known only later. */
typedef struct {
  Type *named, *rhs;
} PendingUnder;

/* A check of a type done once every type is complete (types2's
** check.later): in `type S struct{ m map[S]bool }` or `type T *struct{ T }`
** the underlying type is not known yet, and an interface embedding one still
** being declared is completed lazily, without reporting duplicate methods. */
typedef enum { LATER_MAP_KEY, LATER_EMBEDDED_FIELD, LATER_INTERFACE } LaterKind;
typedef struct {
  Type *t;
  Pos pos;
  const SrcFile *file;
  LaterKind kind;
} PendingType;

typedef struct Checker {
  Package *pkg;
  Diags *diags;
  int nerrors;           /* errors this checker reported */
  const SrcFile *file;   /* file of the construct being checked */
  Scope *scope;          /* current scope */
  Scope **file_scopes;   /* per pkg->files[i] */
  Object *decl;          /* package-level object being checked (for deps) */
  Const *iota;           /* inside a const spec */
  Pos errpos;            /* inherited const initializer: report here */
  FuncCtx *fn;           /* innermost function, NULL at package level */
  VEC(Delayed) delayed;
  VEC(ObjList) deps;     /* deps[obj->order]: package-level objects used */
  ObjList methods_pending; /* methods, until associated with their type */
  ObjList obj_path;      /* package-level objects being declared (cycles) */
  VEC(PendingUnder) under_pending; /* `type T2 T1` while T1 is declared */
  VEC(PendingType) types_later;
  ObjList dot_imports;    /* PkgNames of `import . "p"`, for use tracking */
  bool import_failed;     /* go build stops after package loading errors */
} Checker;

/* ---- errors (check.c) ---- */
void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void check_soft_errorf(Checker *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* operand_string renders x the way types2's operandString does. */
const char *operand_string(Checker *c, Operand *x, StrBuf *sb);
const char *tstr(Checker *c, Type *t, StrBuf *sb); /* qualified rel. to pkg */
const char *expr_str(Node *n, StrBuf *sb);
/* start_pos is where types2 reports an error at a node (syntax.StartPos,
** which leaves key:value and slice expressions at their ':' and '[', and
** func types at their '('). */
Pos start_pos(const Node *n);
/* node_pos is syntax's Node.Pos(), which types2 prints for some secondary
** positions ("previous case"): a call's '(', a binary expression's
** operator, an index expression's '['; otherwise start_pos. */
Pos node_pos(const Node *n);
void check_later(Checker *c, Delayed d);
void check_process_delayed(Checker *c, int from);

/* ---- universe.c ---- */
extern Scope *universe;
extern Type *typ_basic[T_UNTYPED_NIL + 1]; /* basic types by kind */
extern Type *typ_invalid, *typ_byte, *typ_rune, *typ_error, *typ_any;
extern Object *universe_iota;
void universe_init(void);
Type *basic_type(TypeKind k);
const char *builtin_name(Builtin b);

/* ---- type.c: constructors and predicates ---- */
Type *new_type(TypeKind k);
Type *new_pointer(Type *elem);
Type *new_slice(Type *elem);
Type *new_array(Type *elem, int64_t len);
Type *new_map(Type *key, Type *elem);
Type *new_chan(Type *elem, ChanDir dir);
Type *new_tuple(ObjList vars);
Type *new_signature(Object *recv, Type *params, Type *results, bool variadic);
Type *new_named(Object *obj, Type *underlying);
Object *new_object(ObjKind k, const char *name, Type *t, Pos pos,
                   const SrcFile *file, Package *pkg);
Type *under(Type *t);
bool is_basic(Type *t);
bool is_untyped(Type *t);
bool is_typed(Type *t);
bool is_boolean(Type *t);
bool is_integer(Type *t);
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_numeric(Type *t);
bool is_string(Type *t);
bool is_const_type(Type *t);
bool is_interface(Type *t);
bool is_named(Type *t); /* Named or basic: has a name */
bool comparable(Type *t, Type **bad);
bool has_nil(Type *t);
bool identical(Type *a, Type *b);
bool identical_ignore_tags(Type *a, Type *b);
Type *default_type(Type *t);
int tuple_len(Type *t);
Type *tuple_at(Type *t, int i);

/* ---- typestring.c ---- */
void write_type(StrBuf *sb, Type *t, Package *rel);
void write_signature(StrBuf *sb, Type *sig, Package *rel);
void write_object(StrBuf *sb, Object *obj, Package *rel);

/* ---- scope.c ---- */
Scope *scope_new(Scope *parent, bool is_func);
/* scope_insert returns the existing object if name is taken, else NULL. */
Object *scope_insert(Scope *s, Object *obj);
/* declare inserts obj into s reporting "x redeclared in this block". */
void declare(Checker *c, Scope *s, Node *ident, Object *obj);
Object *lookup(Checker *c, const char *name);

/* ---- const.c ---- */
Const *const_int(int64_t v);
Const *const_bool(bool b);
Const *const_str(const char *s, size_t n);
Const *const_unknown(void);
/* const_from_literal: CK_UNKNOWN for a number gc cannot hold (its
** "malformed constant"); NULL: not a literal. */
Const *const_from_literal(Node *lit);
bool const_to_int(const Const *v, Const **out);     /* go/constant's ToInt */
bool const_compare(const Const *x, TokKind op, const Const *y);
/* const_binary is exact (integer: / truncates, as for typed integers);
** the divisor is not zero; a float overflow gives CK_UNKNOWN. */
Const *const_binary(const Const *x, TokKind op, const Const *y, bool integer);
Const *const_unary(TokKind op, const Const *x, Type *t);
Const *const_shift(const Const *x, TokKind op, unsigned s);
int const_sign(const Const *v);   /* -1, 0, 1; 1 for unknown (as go/constant) */
int const_bitlen(const Const *v); /* bits of |v| for integers, else 0 */
/* representable: can v be represented by basic type t? *rounded gets the
** value converted to t (floats rounded to float32 etc.); for an integer t,
** the integer value even when it does not fit (conversions print it). */
bool representable_value(const Const *v, Type *t, Const **rounded, int *code);
enum { REP_OK, REP_TRUNCATED, REP_OVERFLOW, REP_MISMATCH };
bool const_int64(const Const *v, int64_t *out);   /* integral and in range */
bool const_uint64(const Const *v, uint64_t *out);
void quote_go(StrBuf *sb, const char *s, size_t n);

/* ---- expr.c ---- */
void expr(Checker *c, Operand *x, Node *e);            /* single value */
void multi_expr(Checker *c, Operand *x, Node *e);      /* may be tuple */
void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void expr_or_type(Checker *c, Operand *x, Node *e, bool allow_builtin);
void raw_expr(Checker *c, Operand *x, Node *e, Type *hint, bool allow_generic);
void single_value(Checker *c, Operand *x);
void record_operand(Checker *c, Operand *x);
void update_expr_type(Checker *c, Node *e, Type *t, bool final);
bool convert_untyped(Checker *c, Operand *x, Type *target);
bool implicit_type_and_value(Checker *c, Operand *x, Type *target,
                             Type **newtype, Const **newval, int *code);
void representable(Checker *c, Operand *x, Type *t);
void use_exprs(Checker *c, NodeList *list);
void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, TokKind op);
bool is_comparison(TokKind op);
void comparison(Checker *c, Operand *x, Operand *y, TokKind op, bool switch_case);
void index_expr(Checker *c, Operand *x, Node *e);
void slice_expr(Checker *c, Operand *x, Node *e);
bool check_index(Checker *c, Node *idx, int64_t max, bool allow_neg, int64_t *out);
void composite_lit(Checker *c, Operand *x, Node *e, Type *hint);

/* ---- call.c ---- */
void call_expr(Checker *c, Operand *x, Node *e);
void builtin_call(Checker *c, Operand *x, Node *call, Builtin id);
void conversion(Checker *c, Operand *x, Type *T);
void selector(Checker *c, Operand *x, Node *e);
void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs,
               bool ddd);
/* exprs_list evaluates a call's argument list (one tuple-valued call
** spreads); returns the count. */
int exprs_list(Checker *c, NodeList *list, Operand **out, bool allow_commaok);

/* ---- assign.c ---- */
bool assignable_to(Checker *c, Operand *x, Type *T, StrBuf *reason);
void assignment(Checker *c, Operand *x, Type *T, const char *context);
void init_vars(Checker *c, Object **lhs, int nlhs, NodeList *rhs, Node *returnstmt);
void init_var(Checker *c, Object *lhs, Operand *x, const char *context);
void init_const(Checker *c, Object *lhs, Operand *x);
void assign_vars(Checker *c, NodeList *lhs, NodeList *rhs);
void assign_var(Checker *c, Node *lhs, Operand *x);
void short_var_decl(Checker *c, Node *stmt, NodeList *lhs, NodeList *rhs);
void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals, Pos at);
void summary_operands(Checker *c, StrBuf *sb, Operand *xs, int n);
void summary_vars(Checker *c, StrBuf *sb, Type *tuple, bool variadic);

/* ---- typexpr.c ---- */
Type *typexpr(Checker *c, Node *e);         /* e must denote a type */
void not_a_type(Checker *c, Node *e, Operand *x);
Type *defined_type(Checker *c, Node *e, Type *def_named);
Type *func_type(Checker *c, Node *ftype, Node *recv, Scope **scope_out);
void ident(Checker *c, Operand *x, Node *e, bool want_type);
int64_t array_length(Checker *c, Node *e);
void type_later(Checker *c, Type *t, Pos pos, LaterKind kind);
void check_types_later(Checker *c);
void complete_interface(Checker *c, Type *t);

/* ---- resolve.c / decl.c ---- */
void collect_objects(Checker *c);
void arity(Checker *c, Node *spec, NodeList *values, bool is_const, bool inherited);
void use_dot_import(Checker *c, Object *obj);
void package_objects(Checker *c);
void obj_decl(Checker *c, Object *obj);
void decl_stmt(Checker *c, Node *gendecl);
void record_dep(Checker *c, Object *obj);
void unused_imports(Checker *c);
void init_order(Checker *c);

/* ---- stmt.c ---- */
void func_body(Checker *c, Delayed *d);
void stmt_list(Checker *c, NodeList *list, int ctx);
void check_branches(Checker *c, Node *body);
void usage(Checker *c, Scope *s);
bool is_terminating(Node *s, const char *label);

/* ---- lookup.c ---- */
typedef struct LookupResult {
  Object *obj;        /* field or method, NULL if not found */
  int path[16];       /* embedded field indices, then the final index */
  int npath;
  bool indirect;
  bool ambiguous;     /* found at the same depth twice */
  bool addressable_needed; /* method with pointer receiver on a value */
} LookupResult;
void lookup_field_or_method(Type *T, bool addressable, Package *pkg,
                            const char *name, LookupResult *r);
/* missing_method: returns the first method of interface T that V lacks
** (NULL: V implements T); *wrong_type is set for a method with a different
** signature, *ptr_recv when only *V has it. */
Object *missing_method(Checker *c, Type *V, Type *T, bool static_, Object **alt,
                       bool *ptr_recv);
bool implements(Checker *c, Type *V, Type *T, StrBuf *cause);
void missing_method_reason(Checker *c, StrBuf *sb, Type *V, Type *T,
                           Object *m, Object *alt, bool ptr_recv);
int method_index(ObjList *l, const char *name);
Object *find_method(ObjList *l, const char *name);
bool assertable_to(Checker *c, Type *V, Type *T, StrBuf *cause);

/* ---- importer.c ---- */
Package *import_package(Checker *c, const char *path, Node *spec);
Package *check_package(AstFile **files, int nfiles, Diags *diags,
                       const char *path);

/* ---- selections ---- */
void record_selection(Package *pkg, const Node *sel, Selection *s);

/* helpers */
#define NEW(c, T) ((T *)xcalloc(1, sizeof(T)))
static inline bool is_blank(const char *name) { return name[0] == '_' && !name[1]; }
const char *intern_blank(void);

#endif
