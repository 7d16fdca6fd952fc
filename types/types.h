/*
** types.h -- public interface of the type checker stage (types/).
**
** The checker annotates the ast.h tree in place and builds the objects the
** IR consumes. Names follow go/types: Type, Object, Scope, Package, Const.
**
** What the IR finds on the checked tree (docs/types.md has the details):
**  - every expression Node: `type` (after untyped constants got their final
**    type, as types2's updateExprType does), `mode` (ExprMode), and `val`
**    for constants;
**  - every N_IDENT that declares or uses something: `obj`;
**  - a type expression Node: mode MODE_TYPEXPR and `type` = the denoted type;
**  - a call Node's `fun->mode`: MODE_TYPEXPR for conversions, MODE_BUILTIN
**    for builtins (fun's ident obj says which), otherwise a real call;
**  - selectors: types_selection() gives the kind and the embedded-field path;
**  - implicit conversions (value -> interface, untyped nil -> T, channel
**    direction...) happen wherever a value of type V meets a destination of
**    type T with V != T (assignments, arguments, returns, sends, composite
**    literal elements, map keys, comparisons against an interface): the IR
**    compares the two types; types_identical() says when nothing is needed.
*/
#ifndef SUBGO_TYPES_H
#define SUBGO_TYPES_H

#include "../parser/parser.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Const Const;
typedef VEC(Object *) ObjList;
typedef VEC(Type *) TypeList;

/* ---- types ---- */
typedef enum TypeKind {
  T_INVALID,
  /* basic, typed (order matters: predicates use ranges) */
  T_BOOL,
  T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
  T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
  T_FLOAT32, T_FLOAT64,
  T_COMPLEX64, T_COMPLEX128, /* exist only to be rejected by name */
  T_STRING,
  /* basic, untyped */
  T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT,
  T_UNTYPED_STRING, T_UNTYPED_NIL,
  /* composite */
  T_POINTER, T_ARRAY, T_SLICE, T_MAP, T_CHAN, T_STRUCT, T_FUNC,
  T_INTERFACE, T_NAMED, T_TUPLE,
  T_KIND_COUNT
} TypeKind;

struct Type {
  TypeKind kind;
  union {
    struct { const char *name; } basic; /* "int", "byte", "untyped int" */
    struct { Type *elem; } pointer;
    struct { Type *elem; } slice;
    struct { Type *elem; int64_t len; } array;
    struct { Type *key, *elem; } map;
    struct { Type *elem; ChanDir dir; } chan;
    /* fields are OBJ_VAR objects with is_field (and embedded) set;
    ** tags[i] is NULL when field i has no tag */
    struct { ObjList fields; const char **tags; } strct;
    struct { ObjList vars; } tuple; /* params/results, OBJ_VAR */
    struct {
      Type *params, *results; /* T_TUPLE, never NULL */
      Object *recv;           /* OBJ_VAR for methods, else NULL */
      bool variadic;          /* last param is ...T, its type is []T */
    } sig;
    struct {
      ObjList methods;     /* explicitly declared OBJ_FUNCs */
      TypeList embeddeds;  /* embedded interface types */
      VEC(Pos) embed_pos;  /* parallel to embeddeds: where each is written */
      const SrcFile *file; /* of the interface literal (duplicate methods) */
      ObjList all;         /* full method set, sorted by name (after completion) */
      int state;           /* 0 incomplete, 1 completing, 2 complete */
      bool dups_checked;   /* duplicate methods were looked for, with errors */
    } iface;
    struct {
      Object *obj;        /* the OBJ_TYPENAME */
      Type *underlying;   /* never T_NAMED once resolved; NULL while resolving */
      Type *rhs;          /* declared as another named type: that one
                             (types2's fromRHS; valid_type walks it) */
      ObjList methods;    /* declared methods, OBJ_FUNC, in source order */
    } named;
  };
};

/* ExprMode values stored in Node.mode (types2's operandMode). */
typedef enum ExprMode {
  MODE_INVALID, MODE_NOVALUE, MODE_BUILTIN, MODE_TYPEXPR, MODE_CONST,
  MODE_VAR, MODE_MAPINDEX, MODE_VALUE, MODE_NIL, MODE_COMMAOK
} ExprMode;

/* ---- constants (const.c): exact values, as go/constant's ----
** The exact value of a number lives in `num` (GMP integers, fractions and
** 512-bit floats, private to const.c). `i` and `f` hold it as C values, and
** after the checker gave a constant its final type they are that type's
** value: an integer-typed constant is CK_INT with `i`, a float32/float64-
** typed one is CK_FLOAT whose `f` is exactly the (float32) value. Always:
**   CK_INT    i = the value when it fits 127 bits + sign (else 0),
**             f = the nearest float64;
**   CK_FLOAT  f = the nearest float64 (ties to even; ±Inf beyond range,
**             only for untyped constants), i unused.
** Constants made outside the checker may leave num NULL: const.c then
** takes the value from i (CK_INT) or f (CK_FLOAT). */
typedef enum ConstKind { CK_UNKNOWN, CK_BOOL, CK_STRING, CK_INT, CK_FLOAT } ConstKind;

struct Const {
  ConstKind kind;
  bool b;
  __int128 i;      /* CK_INT, see above */
  double f;        /* CK_INT, CK_FLOAT, see above */
  const char *s;   /* CK_STRING (bytes, may contain NUL) */
  size_t slen;
  struct ConstNum *num; /* CK_INT, CK_FLOAT: the exact value */
};

/* ---- objects ---- */
typedef enum ObjKind {
  OBJ_BAD, OBJ_CONST, OBJ_TYPENAME, OBJ_VAR, OBJ_FUNC, OBJ_PKGNAME,
  OBJ_LABEL, OBJ_BUILTIN, OBJ_NIL
} ObjKind;

typedef enum Builtin {
  BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
  BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
  BI_RECOVER, BI_COUNT
} Builtin;

struct Object {
  ObjKind kind;
  const char *name;       /* interned; "_" for blanks, "" for unnamed params */
  Type *type;             /* NULL while not yet checked */
  Pos pos;                /* of the declaring name */
  const SrcFile *file;    /* where pos is */
  Package *pkg;           /* NULL for universe objects */
  Scope *parent;          /* the declaring scope (NULL for fields/methods) */
  Node *decl;             /* declaring spec / FuncDecl / stmt, if any */
  Const *val;             /* OBJ_CONST */
  Package *imported;      /* OBJ_PKGNAME */
  Builtin builtin;        /* OBJ_BUILTIN */
  int color;              /* package-level: 0 white, 1 grey, 2 black */
  int order;              /* package-level declaration order */
  bool used;
  bool is_field, embedded; /* struct fields */
  bool is_param;          /* params and results */
  bool alias;             /* type A = B */
  bool ptr_recv;          /* methods declared on *T */
  bool captured;          /* local var referenced from a nested closure */
  bool is_package_level;
  /* checker bookkeeping */
  Node *init_spec;        /* const: spec giving type and values (may be an
                          ** earlier spec of the group); var: its spec */
  int init_index;         /* var/const: index of its value in init_spec */
  ObjList methods;        /* OBJ_TYPENAME: methods declared on it */
  int vstate;             /* valid-type walk: 0 unvisited, 1 on path, 2 ok */
};

/* ---- scopes ---- */
struct Scope {
  Scope *parent;
  Object **slots; /* open addressing on the interned name pointer */
  int cap, count;
  ObjList elems;  /* insertion order */
  bool is_func;   /* the outermost scope of a function */
};

Object *scope_lookup(Scope *s, const char *name);        /* this scope only */
Object *scope_lookup_parent(Scope *s, const char *name); /* s and parents */

/* ---- selections (field and method selectors) ---- */
typedef enum SelKind { SEL_FIELD, SEL_METHOD, SEL_METHOD_EXPR, SEL_QUALIFIED } SelKind;
typedef struct Selection {
  SelKind kind;
  Type *recv;      /* type of x in x.f */
  Object *obj;     /* field (OBJ_VAR) or method (OBJ_FUNC); qualified: the object */
  int *path;       /* field indices through embedded fields, last = f's index
                   ** (methods: the last index is the method's index) */
  int npath;
  bool indirect;   /* a pointer was dereferenced along the path */
} Selection;

/* ---- packages ---- */
typedef struct InitDecl {
  Object **lhs;   /* package-level vars initialized together */
  int nlhs;
  Node *rhs;      /* the initializer expression */
} InitDecl;

struct Package {
  const char *path; /* import path; "main" style name for the command line */
  const char *name;
  Scope *scope;
  VEC(Package *) imports;
  AstFile **files;
  int nfiles;
  ObjList objects;            /* package-level objects in source order */
  ObjList funcs;              /* functions and methods with bodies or natives */
  VEC(InitDecl) init_order;   /* package var initialization order */
  struct SelTable *selections;
  bool checked, fake;         /* fake: failed import, errors already given */
};

/* types_check checks the files of one package (any package name) and the
** stdlib packages they import. Errors go to diags in gc's (types2's) words. */
Package *types_check(AstFile **files, int nfiles, Diags *diags);

/* types_import checks (once per process) the embedded stdlib package
** `path`, for stages that need a package the program did not import. */
Package *types_import(const char *path, Diags *diags);

/* dump types: every package-level declaration with its type. */
void types_dump(Package *pkg, FILE *out);

/* ---- queries for later stages ---- */
Type *type_underlying(Type *t);
bool types_identical(Type *a, Type *b);
Selection *types_selection(Package *pkg, const Node *selector);
/* type_string writes t as gc prints it, qualifying names of packages other
** than `rel` (NULL: qualify all). */
void type_string(StrBuf *sb, Type *t, Package *rel);
const char *const_string(const Const *c, StrBuf *sb);

extern Type *types_universe_byte, *types_universe_error;

#endif
