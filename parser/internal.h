/*
** internal.h -- what the parser's own files share (not for other stages).
**
** The grammar (go.y) only decides *what* was parsed; building nodes that need
** judgement (precedence of binary operators, grouping of parameter names,
** statement headers, gc's non-grammar syntax errors) is done by the small
** parse_* functions of build.c, and turning bison's view of a syntax error
** into gc's words by syntax.c. Parser is the one state they share.
*/
#ifndef SUBGO_PARSER_INTERNAL_H
#define SUBGO_PARSER_INTERNAL_H

#include "parser.h"

typedef struct Parser {
  const SrcFile *src;
  Diags *diags;
  Arena *arena; /* the file's arena: nodes, lists, literal texts */
  Lexer *lx;
  AstFile *file;
  Token tok;    /* the token yylex returned last: bison's lookahead */
  Token prev;   /* the token before tok */
  TokKind insert;     /* token to hand bison next instead of reading */
  Token pending;      /* token read ahead, handed over after insert */
  TokKind skip_to;    /* recovering in a list closed by this token */
  bool skip_in_func;  /* ... inside a function body */
  int32_t insert_line, insert_col; /* token before which we last inserted */
  int32_t err_line;   /* line of the last syntax error (gc: one per line) */
  int nsyntax;        /* syntax errors reported */
  bool stop;          /* give up: yylex returns EOF from now on */
  Node *last_decl;    /* most recent top-level declaration */
  Pos generic;        /* "generics" error waiting for the end of its line */
} Parser;

/* A statement header `if/for/switch init; cond; post {` as parsed, before
** build.c decides what it means. */
typedef struct Header {
  Node *stmt[3];  /* simple statements, NULL where empty */
  int nstmt;      /* how many slots the header had: 1, 2 or 3 */
  Token semi;     /* the first ';' (gc words errors after it by its kind) */
  Node *range;    /* for headers: N_RANGESTMT without body, else NULL */
} Header;

/* ---- build.c: node construction with judgement ---- */
Node *parse_binary(Parser *p, Node *x, TokKind op, Pos oppos, Node *y);
Node *parse_unary(Parser *p, TokKind op, Pos pos, Node *x);
Node *parse_apply_suffix(Node *x, Node *suffix);
Node *parse_complit(Parser *p, Node *type, Node *lit);
Node *parse_basiclit(Parser *p, Token t);
Node *parse_param(Parser *p, Node *name, Node *type, Pos ellipsis);
NodeList parse_params(Parser *p, NodeList items);
Node *parse_functype(Parser *p, Pos lparen, NodeList params, Node *results);
Node *parse_funcdecl(Parser *p, Pos pos, NodeList *recv, Node *name,
                     Node *type, Node *body);
Node *parse_group(Parser *p, TokKind tok, Pos pos, NodeList specs, Pos lparen,
                  Pos rparen);
Node *parse_valuespec(Parser *p, NodeList names, Node *type, NodeList values);
Node *parse_assign(Parser *p, NodeList lhs, TokKind tok, Pos tokpos,
                   NodeList rhs);
Node *parse_exprstmt(Parser *p, Node *x);
Node *parse_callstmt(Parser *p, TokKind tok, Pos pos, Node *x);
Node *parse_if(Parser *p, Pos pos, Header *h, Node *body, Node *els);
Node *parse_for(Parser *p, Pos pos, Header *h, Node *body);
Node *parse_range(Parser *p, Pos pos, NodeList lhs, TokKind tok, Pos tokpos,
                  Node *x);
Node *parse_switch(Parser *p, Pos pos, Header *h, Node *body);
Node *parse_select(Parser *p, Pos pos, Node *body);
void parse_stmt_push(Parser *p, NodeList *list, Node *stmt);
void parse_import_decl(Parser *p, Node *decl);
void parse_late_import(Parser *p, Pos pos);
bool parse_after_declarations(const Parser *p); /* a non-import came first */
void parse_generic_error(Parser *p, Pos pos);
void parse_generic_flush(Parser *p);

/* ---- syntax.c: gc's words for syntax errors ---- */

/* Where a syntax error happened, as far as gc's messages care. */
typedef enum SyntaxCtx {
  CTX_NONE,      /* inside ( [ { of no list of its own */
  CTX_PACKAGE,   /* package clause */
  CTX_IMPORT,    /* import declaration */
  CTX_TOP,       /* between top-level declarations */
  CTX_STMT,      /* in a statement list */
  CTX_ARGS,      /* call arguments */
  CTX_PARAMS,    /* parameter or result list */
  CTX_COMPLIT,   /* composite literal elements */
  CTX_GROUP,     /* grouped declaration ( ... ) */
  CTX_STRUCT,    /* struct type fields */
  CTX_IFACE,     /* interface type elements */
  CTX_TYPEDECL,  /* type declaration */
  CTX_IF,        /* if header */
  CTX_FOR,       /* for header */
  CTX_SWITCH,    /* switch header */
  CTX_SELECT,    /* after select */
  CTX_ELSE,      /* right after else */
  CTX_CASE,      /* case/default clause head */
  CTX_CASES,     /* between clauses of a switch/select body */
  CTX_COUNT
} SyntaxCtx;

/* What was read just before the offending token. */
typedef enum StackTop {
  TOP_OTHER,      /* a nonterminal: something complete */
  TOP_TOKEN,      /* some other token */
  TOP_STMT_START, /* a statement may start here */
  TOP_HEADER,     /* a complete if/for/switch header */
  TOP_BODY,       /* a complete { } body of a statement */
  TOP_SEMI,       /* ; */
  TOP_ELLIPSIS,   /* ... */
  TOP_DECL_KW,    /* const, type or var */
  TOP_FUNC_KW,    /* func of a declaration, or func (receiver) */
  TOP_LABEL,      /* the : of a label */
  TOP_LBRACK,     /* [ of a type */
  TOP_INDEX,      /* [ of an index or slice */
  TOP_COMMA,      /* , */
  TOP_INDEX_COMMA, /* , after the first index of x[i, */
  TOP_LIST_START, /* ( of a parameter list */
  TOP_RETURN,     /* return */
  TOP_DECL_START, /* a top-level declaration may start here */
  TOP_CHAN,       /* chan */
  TOP_ARROW,      /* <- (as in chan<-) */
} StackTop;

typedef struct SyntaxError {
  SyntaxCtx ctx;
  StackTop top;
  int header_semis;        /* ';' read since the if/for/switch keyword */
  bool range;              /* ... and a range clause */
  bool type_group;         /* the group is a type declaration's */
  bool array_len;          /* in the [ ] of an array type */
  bool expected[TK_COUNT]; /* tokens bison could shift instead */
  bool in_func;            /* inside a function body */
  bool in_clause;          /* the statement list is a case clause's body */
} SyntaxError;

void parse_syntax_error(Parser *p, const SyntaxError *e);
void parse_skip(Parser *p);
void parse_errorf(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* "syntax error: ..." with gc's rule of one syntax error per line */
void parse_syntax_errorf(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void parse_stmt_string(StrBuf *sb, const Node *stmt);
void parse_list_string(StrBuf *sb, NodeList list); /* `a, b` */

/* go.tab.c */
int parse_run(Parser *p);

#endif
