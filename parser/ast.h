/*
** ast.h -- the syntax tree the parser builds and the checker annotates.
**
** Modelled on go/ast: one Node struct tagged by NodeKind, with a union member
** per kind named after go/ast's type (binary ~ BinaryExpr, ifstmt ~ IfStmt).
** Types are expressions here, as in go/ast: `[]int`, `*T`, `map[K]V`,
** `func(int) bool` are nodes of expression position too, because Go's syntax
** cannot tell `(*T)(x)` or `[]byte(s)` from an expression until it is checked.
**
** Positions: Node.pos is the node's first byte. A few kinds also keep the
** position of an inner token (operator, '(' of a call, '.' ...) because gc's
** messages point there; the checker picks whichever gc uses.
**
** Invariants:
**  - lists are never NULL-holed: every items[i] is a real node;
**  - an N_IDENT's name is interned (compare with ==); "_" is the blank name;
**  - every node, and every NodeList's items array, lives in the file's
**    Arena, freed with it (append with ast_list_push, never vec_push);
**  - the checker fills `type`, `obj`, `mode` and `val`; the parser leaves them 0.
*/
#ifndef SUBGO_AST_H
#define SUBGO_AST_H

#include "../lexer/lexer.h"

struct Type;   /* types/types.h */
struct Object; /* types/types.h */
struct Const;  /* types/types.h: value of a constant expression */

typedef struct Node Node;
typedef VEC(Node *) NodeList;

/* X(kind, go/ast name) -- the one table of node kinds. */
#define NODE_KINDS(X)                                                          \
  X(BAD, "BadExpr")                                                            \
  /* expressions */                                                            \
  X(IDENT, "Ident")                                                            \
  X(BASICLIT, "BasicLit")                                                      \
  X(COMPOSITELIT, "CompositeLit")                                              \
  X(FUNCLIT, "FuncLit")                                                        \
  X(PAREN, "ParenExpr")                                                        \
  X(SELECTOR, "SelectorExpr")                                                  \
  X(INDEX, "IndexExpr")                                                        \
  X(SLICE, "SliceExpr")                                                        \
  X(TYPEASSERT, "TypeAssertExpr")                                              \
  X(CALL, "CallExpr")                                                          \
  X(STAR, "StarExpr")                                                          \
  X(UNARY, "UnaryExpr")                                                        \
  X(BINARY, "BinaryExpr")                                                      \
  X(KEYVALUE, "KeyValueExpr")                                                  \
  /* type expressions */                                                       \
  X(ARRAYTYPE, "ArrayType")                                                    \
  X(STRUCTTYPE, "StructType")                                                  \
  X(FUNCTYPE, "FuncType")                                                      \
  X(INTERFACETYPE, "InterfaceType")                                            \
  X(MAPTYPE, "MapType")                                                        \
  X(CHANTYPE, "ChanType")                                                      \
  X(ELLIPSIS, "Ellipsis")                                                      \
  X(FIELD, "Field")                                                            \
  /* statements */                                                             \
  X(DECLSTMT, "DeclStmt")                                                      \
  X(EMPTYSTMT, "EmptyStmt")                                                    \
  X(LABELEDSTMT, "LabeledStmt")                                                \
  X(EXPRSTMT, "ExprStmt")                                                      \
  X(SENDSTMT, "SendStmt")                                                      \
  X(INCDECSTMT, "IncDecStmt")                                                  \
  X(ASSIGNSTMT, "AssignStmt")                                                  \
  X(GOSTMT, "GoStmt")                                                          \
  X(DEFERSTMT, "DeferStmt")                                                    \
  X(RETURNSTMT, "ReturnStmt")                                                  \
  X(BRANCHSTMT, "BranchStmt")                                                  \
  X(BLOCKSTMT, "BlockStmt")                                                    \
  X(IFSTMT, "IfStmt")                                                          \
  X(CASECLAUSE, "CaseClause")                                                  \
  X(SWITCHSTMT, "SwitchStmt")                                                  \
  X(TYPESWITCHSTMT, "TypeSwitchStmt")                                          \
  X(COMMCLAUSE, "CommClause")                                                  \
  X(SELECTSTMT, "SelectStmt")                                                  \
  X(FORSTMT, "ForStmt")                                                        \
  X(RANGESTMT, "RangeStmt")                                                    \
  /* declarations */                                                           \
  X(IMPORTSPEC, "ImportSpec")                                                  \
  X(VALUESPEC, "ValueSpec")                                                    \
  X(TYPESPEC, "TypeSpec")                                                      \
  X(GENDECL, "GenDecl")                                                        \
  X(FUNCDECL, "FuncDecl")

typedef enum NodeKind {
#define NODE_ENUM(kind, name) N_##kind,
  NODE_KINDS(NODE_ENUM)
#undef NODE_ENUM
  N_COUNT
} NodeKind;

typedef enum ChanDir { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;

/* A big file has hundreds of thousands of nodes, so the layout is kept
** tight: no padding holes in the header, and no union member above 48 bytes. */
struct Node {
  NodeKind kind;
  uint8_t mode; /* checker: types.h ExprMode: novalue, value, variable, type... */
  Pos pos;      /* first byte of the node */

  /* Filled by the type checker (types/). */
  struct Type *type;   /* type of an expression, or the type a type expr denotes */
  struct Const *val;   /* value, when the expression is constant */
  struct Object *obj;  /* N_IDENT: the object it declares or uses */

  union {
    /* ---- expressions ---- */
    struct { const char *name; } ident;
    struct {
      TokKind kind;     /* TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR or TK_STRING */
      const char *lit;  /* source text as written */
      size_t len;
    } basiclit;
    struct {
      Node *type;       /* NULL when elided inside an outer literal */
      NodeList elts;    /* values or N_KEYVALUE */
      Pos lbrace, rbrace;
    } compositelit;
    struct { Node *type; /* N_FUNCTYPE */ Node *body; /* N_BLOCKSTMT */ } funclit;
    struct { Node *x; Pos rparen; } paren;
    struct { Node *x; Node *sel; /* N_IDENT */ } selector;
    struct {
      Node *x;
      NodeList indices; /* one index; several only for generic instantiation */
      Pos lbrack, rbrack;
    } index;
    struct {
      Node *x;
      Node *lo, *hi, *max; /* each may be NULL */
      Pos lbrack;
      bool slice3;
    } slice;
    struct {
      Node *x;
      Node *type; /* NULL for x.(type) in a type switch guard */
      Pos lparen;
    } typeassert;
    struct {
      Node *fun;
      NodeList args;
      Pos lparen, rparen;
      Pos ellipsis; /* line 0 unless the call ends in "..." */
    } call;
    struct { Node *x; } star; /* *x: dereference or pointer type */
    struct {
      TokKind op; /* ADD SUB NOT XOR MUL(not used: see star) AND ARROW TILDE */
      Node *x;
    } unary;
    struct { TokKind op; Node *x, *y; Pos oppos; } binary;
    struct { Node *key, *value; Pos colon; } keyvalue;

    /* ---- types ---- */
    struct {
      Node *len; /* NULL for a slice, N_ELLIPSIS for [...]T */
      Node *elt;
      Pos lbrack;
    } arraytype;
    struct { NodeList fields; /* N_FIELD */ Pos lbrace, rbrace; } structtype;
    struct {
      NodeList params, results; /* N_FIELD; a variadic param's type is N_ELLIPSIS */
      Pos lparen;              /* the parameters' '(' (types2 reports func types there) */
      bool results_paren;      /* results written in parentheses */
    } functype;
    /* methods: N_FIELD with one name and an N_FUNCTYPE type, or an embedded
    ** interface: N_FIELD without names. */
    struct { NodeList methods; Pos lbrace, rbrace; } interfacetype;
    struct { Node *key, *value; } maptype;
    struct { ChanDir dir; Node *value; Pos arrow; } chantype;
    struct { Node *elt; /* NULL in [...]T */ } ellipsis;
    struct {
      NodeList names;   /* N_IDENT; empty for anonymous params/embedded fields */
      Node *type;
      Node *tag;        /* N_BASICLIT string, or NULL */
    } field;

    /* ---- statements ---- */
    struct { Node *decl; /* N_GENDECL */ } declstmt;
    struct { bool implicit; /* inserted by the parser, e.g. before '}' */ } emptystmt;
    struct { Node *label; /* N_IDENT */ Node *stmt; Pos colon; } labeledstmt;
    struct { Node *x; } exprstmt;
    struct { Node *chan, *value; Pos arrow; } sendstmt;
    struct { Node *x; TokKind tok; Pos tokpos; } incdecstmt;
    struct {
      NodeList lhs, rhs;
      TokKind tok; /* ASSIGN, DEFINE, or an op-assign like ADD_ASSIGN */
      Pos tokpos;
    } assignstmt;
    struct { Node *call; } gostmt;
    struct { Node *call; } deferstmt;
    struct { NodeList results; } returnstmt;
    struct { TokKind tok; /* BREAK CONTINUE GOTO FALLTHROUGH */ Node *label; } branchstmt;
    struct { NodeList stmts; Pos lbrace, rbrace; } blockstmt;
    struct { Node *init, *cond, *body, *els; } ifstmt;
    /* case clause of switch / type switch: list empty and is_default for default */
    struct { NodeList list; NodeList body; bool is_default; Pos colon; } caseclause;
    struct { Node *init, *tag; Node *body; /* N_BLOCKSTMT of N_CASECLAUSE */ } switchstmt;
    /* assign is `x := y.(type)` (N_ASSIGNSTMT) or `y.(type)` (N_EXPRSTMT) */
    struct { Node *init, *assign, *body; } typeswitchstmt;
    /* comm: N_SENDSTMT, N_EXPRSTMT (<-c), N_ASSIGNSTMT (v, ok := <-c); NULL = default */
    struct { Node *comm; NodeList body; bool is_default; Pos colon; } commclause;
    struct { Node *body; /* N_BLOCKSTMT of N_COMMCLAUSE */ } selectstmt;
    struct { Node *init, *cond, *post, *body; } forstmt;
    struct {
      Node *key, *value; /* may be NULL */
      TokKind tok;       /* DEFINE, ASSIGN, or EOF when there is no key */
      Pos tokpos;
      Node *x;
      Node *body;
    } rangestmt;

    /* ---- declarations ---- */
    struct { Node *name; /* NULL, or N_IDENT incl. "_" and "." */ Node *path; } importspec;
    struct {
      NodeList names;  /* N_IDENT */
      Node *type;      /* may be NULL */
      NodeList values; /* may be empty: for const, repeats the previous spec's */
      int iota;        /* const specs: index in the group */
      bool implicit;   /* const spec whose type and values were omitted */
    } valuespec;
    struct {
      Node *name;
      Node *type;
      bool alias; /* type A = B */
    } typespec;
    struct {
      TokKind tok; /* IMPORT CONST TYPE VAR */
      NodeList specs;
      Pos lparen, rparen; /* line 0 when not grouped */
    } gendecl;
    struct {
      Node *recv;  /* N_FIELD, or NULL for functions */
      Node *name;  /* N_IDENT */
      Node *type;  /* N_FUNCTYPE */
      Node *body;  /* N_BLOCKSTMT, or NULL: implemented natively in C */
    } funcdecl;
  };
};

typedef struct AstFile {
  const SrcFile *src;
  Arena *arena;     /* owns every node of the file */
  Node *pkgname;    /* N_IDENT */
  NodeList imports; /* N_IMPORTSPEC, also reachable through decls */
  NodeList decls;   /* N_GENDECL and N_FUNCDECL */
} AstFile;

/* Constructors: allocate in the arena, kind and pos set, the rest zero. */
Node *ast_new(Arena *a, NodeKind kind, Pos pos);
Node *ast_ident(Arena *a, Pos pos, const char *name); /* name is interned here */

/* ast_list_push appends to a NodeList whose items live in arena a: the
** parser's lists are arena memory, so never vec_push/vec_free them. */
void ast_list_push(Arena *a, NodeList *list, Node *n);

const char *ast_kind_name(NodeKind k); /* go/ast name, e.g. "BinaryExpr" */
Node *ast_unparen(Node *n);            /* strips N_PAREN wrappers */

/* ast_expr_string renders an expression the way gc quotes it in messages
** (types2's ExprString: `x.f`, `f(a, b)`, `[]int{…}`, `func(x int) {…}`). */
void ast_expr_string(StrBuf *sb, const Node *n);

/* dump ast: readable indented tree with positions. */
void ast_dump(const AstFile *f, FILE *out);

#endif
