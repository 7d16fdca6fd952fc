/*
** go.y -- LALR(1) grammar of Go 1.19 (generics parse only to be rejected).
**
** Design (docs/parser.md has the long version):
**  - Types are expressions in the tree, but the grammar keeps a `type`
**    nonterminal for the places where only a type can appear; type literals
**    are also operands, so `[]byte(s)` and `(*T)(x)` parse as expressions.
**  - Binary expressions are parsed flat (`expr binop unary`) and shaped by
**    Go's five precedence levels in parse_binary.
**  - The composite-literal / block ambiguity of `if x == T{} {` is solved as
**    gc solves it: statement headers use the *_nb ("no brace") family, where
**    `{` may follow only a literal type (`[]int{1}`), never a type name.
**    Parentheses, brackets and function bodies re-enter the full grammar.
**  - The few shift/reduce choices Go makes by longest match are written as
**    precedences: `func()` takes a following `(`/`[`/`*`/`<-` as its result,
**    `func()`/`[]T` take a following `{` as body/literal, a type name takes a
**    following `[`/`.` (instantiation, qualified name). Nothing else has a
**    precedence, so any other conflict fails the build (%expect 0, -Werror).
**  - Markers (call_lparen, param_lparen, group_lparen, complit_lbrace) exist
**    only so syntax.c can tell from bison's stack which list an error is in.
**  - `error` productions resynchronise as gc does: a bad statement is
**    skipped to the next `;`, `}` or statement keyword, a bad top-level
**    declaration to the next const/type/var/func, a bad header to its `{`,
**    a bad list to its closer. Where gc ends a construct early (a list at a
**    foreign closer, a block at a token that cannot start a statement),
**    syntax.c asks yylex to insert the closing token bison needs.
*/

%code requires {
#include "internal.h"
}

%code {
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p);
static void yyerror(YYLTYPE *loc, Parser *p, const char *msg);

/* gc has no nesting limit; bison's stacks grow on the heap up to this. */
#define YYMAXDEPTH 100000000
#define YYLLOC_DEFAULT(cur, rhs, n)                                           \
  do {                                                                         \
    (cur) = (n) ? YYRHSLOC(rhs, 1) : p->tok.pos;                               \
  } while (0)

#define NEW(kind, pos) ast_new(p->arena, N_##kind, (pos))
#define PUSH(list, n) ast_list_push(p->arena, &(list), (n))
#define IDENT(tok) ast_ident(p->arena, (tok).pos, (tok).lit)
#define NOPOS ((Pos){0, 0})

static NodeList list1(Parser *p, Node *n) {
  NodeList l = {0};
  PUSH(l, n);
  return l;
}

/* cons: x followed by the items of l. */
static NodeList cons(Parser *p, Node *x, NodeList l) {
  NodeList out = list1(p, x);
  for (int i = 0; i < l.len; i++) PUSH(out, l.items[i]);
  return out;
}

static Node *typespec(Parser *p, Token name, Node *type, bool alias) {
  Node *n = NEW(TYPESPEC, name.pos);
  n->typespec.name = IDENT(name);
  n->typespec.type = type;
  n->typespec.alias = alias;
  return n;
}

static Node *importspec(Parser *p, Node *name, Token path) {
  Node *n = NEW(IMPORTSPEC, name ? name->pos : path.pos);
  n->importspec.name = name;
  n->importspec.path = parse_basiclit(p, path);
  return n;
}

static Node *chantype(Parser *p, Pos pos, ChanDir dir, Node *value, Pos arrow) {
  Node *n = NEW(CHANTYPE, pos);
  n->chantype.dir = dir;
  n->chantype.value = value;
  n->chantype.arrow = arrow;
  return n;
}

static Node *arraytype(Parser *p, Pos pos, Node *len, Node *elt) {
  Node *n = NEW(ARRAYTYPE, pos);
  n->arraytype.len = len;
  n->arraytype.elt = elt;
  n->arraytype.lbrack = pos;
  return n;
}

static Node *selector(Parser *p, Node *x, Token sel) {
  Node *n = NEW(SELECTOR, x ? x->pos : sel.pos);
  n->selector.x = x;
  n->selector.sel = IDENT(sel);
  return n;
}

static Node *indexexpr(Parser *p, Pos lbrack, NodeList indices, Pos rbrack) {
  Node *n = NEW(INDEX, lbrack);
  n->index.indices = indices;
  n->index.lbrack = lbrack;
  n->index.rbrack = rbrack;
  if (indices.len > 1) parse_generic_error(p, lbrack);
  return n;
}

static Node *slice(Parser *p, Pos lbrack, Node *lo, Node *hi, Node *max,
                   bool slice3) {
  Node *n = NEW(SLICE, lbrack);
  n->slice.lo = lo;
  n->slice.hi = hi;
  n->slice.max = max;
  n->slice.slice3 = slice3;
  n->slice.lbrack = lbrack;
  return n;
}

static Node *call(Parser *p, Pos lparen, NodeList args, Pos ellipsis, Pos rparen) {
  Node *n = NEW(CALL, lparen);
  n->call.args = args;
  n->call.lparen = lparen;
  n->call.rparen = rparen;
  n->call.ellipsis = ellipsis;
  return n;
}

static Node *typeassert(Parser *p, Pos dot, Node *type, Pos lparen) {
  Node *n = NEW(TYPEASSERT, dot);
  n->typeassert.type = type;
  n->typeassert.lparen = lparen;
  return n;
}

static Node *field(Parser *p, Pos pos, NodeList names, Node *type, Node *tag) {
  Node *n = NEW(FIELD, pos);
  n->field.names = names;
  n->field.type = type;
  n->field.tag = tag;
  return n;
}

static Node *compositelit(Parser *p, Pos lbrace, NodeList elts, Pos rbrace) {
  Node *n = NEW(COMPOSITELIT, lbrace);
  n->compositelit.elts = elts;
  n->compositelit.lbrace = lbrace;
  n->compositelit.rbrace = rbrace;
  return n;
}

static Node *branch(Parser *p, Pos pos, TokKind tok, Node *label) {
  Node *n = NEW(BRANCHSTMT, pos);
  n->branchstmt.tok = tok;
  n->branchstmt.label = label;
  return n;
}

static Node *incdec(Parser *p, Node *x, TokKind tok, Pos tokpos) {
  Node *n = NEW(INCDECSTMT, x->pos);
  n->incdecstmt.x = x;
  n->incdecstmt.tok = tok;
  n->incdecstmt.tokpos = tokpos;
  return n;
}

static Node *send(Parser *p, Node *ch, Pos arrow, Node *value) {
  Node *n = NEW(SENDSTMT, ch->pos);
  n->sendstmt.chan = ch;
  n->sendstmt.value = value;
  n->sendstmt.arrow = arrow;
  return n;
}

static Node *block(Parser *p, Pos lbrace, NodeList stmts, Pos rbrace) {
  Node *n = NEW(BLOCKSTMT, lbrace);
  n->blockstmt.stmts = stmts;
  n->blockstmt.lbrace = lbrace;
  n->blockstmt.rbrace = rbrace;
  return n;
}

static Node *labeled(Parser *p, Token label, Pos colon, Node *stmt) {
  Node *n = NEW(LABELEDSTMT, label.pos);
  n->labeledstmt.label = IDENT(label);
  n->labeledstmt.colon = colon;
  if (!stmt) {
    stmt = NEW(EMPTYSTMT, p->tok.pos);
    stmt->emptystmt.implicit = true;
  }
  n->labeledstmt.stmt = stmt;
  return n;
}

static Node *caseclause(Parser *p, Pos pos, NodeList list, bool is_default) {
  Node *n = NEW(CASECLAUSE, pos);
  n->caseclause.list = list;
  n->caseclause.is_default = is_default;
  return n;
}

static Node *clause_body(Parser *p, Node *c, Pos colon, NodeList body) {
  (void)p;
  if (c->kind == N_CASECLAUSE) {
    c->caseclause.body = body;
    c->caseclause.colon = colon;
  } else {
    c->commclause.body = body;
    c->commclause.colon = colon;
  }
  return c;
}

static Node *commclause(Parser *p, Pos pos, Node *comm) {
  Node *n = NEW(COMMCLAUSE, pos);
  n->commclause.comm = comm;
  return n;
}

static Header *header(Parser *p, int nstmt, Node *s0, Node *s1, Node *s2,
                      const Token *semi) {
  Header *h = arena_alloc(p->arena, sizeof *h);
  h->nstmt = nstmt;
  h->stmt[0] = s0;
  h->stmt[1] = s1;
  h->stmt[2] = s2;
  if (semi) h->semi = *semi;
  return h;
}

static Node *ret(Parser *p, Pos pos, NodeList results) {
  Node *n = NEW(RETURNSTMT, pos);
  n->returnstmt.results = results;
  return n;
}
}

%code provides {
int parse_run(Parser *p);
}

%define api.pure full
%define api.location.type {Pos}
%define api.token.prefix {T_}
%define parse.error custom
%define parse.lac full
%locations
%param {Parser *p}
%expect 0

%union {
  Token tok;
  Node *node;
  NodeList list;
  TokKind op;
  Header *hdr;
}

/* The tokens of lexer.h, same names (yylex maps TK_X to T_X). */
%token EOF 0 "EOF"
%token <tok> IDENT INT FLOAT IMAG CHAR STRING
%token ADD "+" SUB "-" MUL "*" QUO "/" REM "%" AND "&" OR "|" XOR "^"
       SHL "<<" SHR ">>" AND_NOT "&^"
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" MUL_ASSIGN "*=" QUO_ASSIGN "/="
       REM_ASSIGN "%=" AND_ASSIGN "&=" OR_ASSIGN "|=" XOR_ASSIGN "^="
       SHL_ASSIGN "<<=" SHR_ASSIGN ">>=" AND_NOT_ASSIGN "&^="
%token LAND "&&" LOR "||" ARROW "<-" INC "++" DEC "--" EQL "==" LSS "<"
       GTR ">" ASSIGN "=" NOT "!" NEQ "!=" LEQ "<=" GEQ ">=" DEFINE ":="
       ELLIPSIS "..." LPAREN "(" LBRACK "[" LBRACE "{" COMMA "," PERIOD "."
       RPAREN ")" RBRACK "]" RBRACE "}" COLON ":" TILDE "~"
%token <tok> SEMICOLON ";"
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC
       GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT
       SWITCH TYPE VAR

/* Longest-match choices only (see the header comment). */
%precedence NOBRACE NORESULT NOSUFFIX
%precedence "(" "[" "." "*" "<-" "{"

%type <node> top_decl const_decl var_decl type_decl func_decl import_decl
%type <node> import_spec const_spec var_spec type_spec func_body
%type <node> type type_np type_nr type_name type_args recv_chan chan_elem
%type <node> array_type map_type struct_type chan_type func_type iface_type
%type <node> signature field_decl embedded otag iface_elem cterm
%type <node> constraint_tail param
%type <node> expr unary primary ptype pvalue operand_common operand_value paren complit_type
%type <node> expr_nb unary_nb primary_nb operand_nb
%type <node> suffix name_suffix value_suffix complit_value elem eval oexpr
%type <node> stmt stmt1 simple_stmt simple_stmt_nb osimple_nb init_nb stop_stmt decl_stmt
%type <node> ctrl_stmt block if_stmt for_stmt switch_stmt select_stmt
%type <node> case_block case_clause case_head range_nb else if_block
%type <list> import_specs import_list const_specs const_list var_specs
%type <list> var_list type_specs type_list ident_list params param_body types
%type <list> param_list field_specs field_list iface_specs iface_list
%type <list> expr_list expr_list_nb elem_list stmt_list stmts case_list
%type <op> binop unop assign_op
%type <tok> basic_lit
%type <hdr> header for_header

%%

/* ---- source file ---- */
file
  : package ";" decls
  ;

package
  : PACKAGE IDENT { p->file->pkgname = IDENT($2); }
  ;

/* Imports and declarations share one list so that error recovery has a
** state to return to from the first token on; parse_import_decl rejects an
** import after other declarations as gc does. */
decls
  : %empty
  | decls import_decl ";" { parse_import_decl(p, $2); }
  | decls top_decl ";"    { PUSH(p->file->decls, $2); p->last_decl = $2; }
  | decls error
  ;

top_decl
  : const_decl | var_decl | type_decl | func_decl
  ;

/* ---- declarations: each kind alone or grouped in ( ) ---- */
import_decl
  : kw_import import_spec                   { $$ = parse_group(p, TK_IMPORT, @1, list1(p, $2), NOPOS, NOPOS); }
  | kw_import group_lparen import_specs ")" { $$ = parse_group(p, TK_IMPORT, @1, $3, @2, @4); }
  ;
import_specs : %empty { $$ = (NodeList){0}; } | import_list osemi ;
import_list  : import_spec { $$ = list1(p, $1); } | import_list ";" import_spec { PUSH($1, $3); $$ = $1; } ;
import_spec
  : STRING       { $$ = importspec(p, NULL, $1); }
  | IDENT STRING { $$ = importspec(p, IDENT($1), $2); }
  | "." STRING   { $$ = importspec(p, ast_ident(p->arena, @1, "."), $2); }
  ;

const_decl
  : kw_const const_spec                   { $$ = parse_group(p, TK_CONST, @1, list1(p, $2), NOPOS, NOPOS); }
  | kw_const group_lparen const_specs ")" { $$ = parse_group(p, TK_CONST, @1, $3, @2, @4); }
  | kw_const group_lparen error ")"       { $$ = parse_group(p, TK_CONST, @1, (NodeList){0}, @2, @4); }
  ;
const_specs : %empty { $$ = (NodeList){0}; } | const_list osemi ;
const_list  : const_spec { $$ = list1(p, $1); } | const_list ";" const_spec { PUSH($1, $3); $$ = $1; } ;
const_spec
  : ident_list                    { $$ = parse_valuespec(p, $1, NULL, (NodeList){0}); }
  | ident_list "=" expr_list      { $$ = parse_valuespec(p, $1, NULL, $3); }
  | ident_list type               { $$ = parse_valuespec(p, $1, $2, (NodeList){0}); }
  | ident_list type "=" expr_list { $$ = parse_valuespec(p, $1, $2, $4); }
  ;

var_decl
  : kw_var var_spec                   { $$ = parse_group(p, TK_VAR, @1, list1(p, $2), NOPOS, NOPOS); }
  | kw_var group_lparen var_specs ")" { $$ = parse_group(p, TK_VAR, @1, $3, @2, @4); }
  | kw_var group_lparen error ")"     { $$ = parse_group(p, TK_VAR, @1, (NodeList){0}, @2, @4); }
  ;
var_specs : %empty { $$ = (NodeList){0}; } | var_list osemi ;
var_list  : var_spec { $$ = list1(p, $1); } | var_list ";" var_spec { PUSH($1, $3); $$ = $1; } ;
var_spec
  : ident_list type               { $$ = parse_valuespec(p, $1, $2, (NodeList){0}); }
  | ident_list type "=" expr_list { $$ = parse_valuespec(p, $1, $2, $4); }
  | ident_list "=" expr_list      { $$ = parse_valuespec(p, $1, NULL, $3); }
  ;

type_decl
  : kw_type type_spec                   { $$ = parse_group(p, TK_TYPE, @1, list1(p, $2), NOPOS, NOPOS); }
  | kw_type group_lparen type_specs ")" { $$ = parse_group(p, TK_TYPE, @1, $3, @2, @4); }
  | kw_type group_lparen error ")"     { $$ = parse_group(p, TK_TYPE, @1, (NodeList){0}, @2, @4); }
  ;
type_specs : %empty { $$ = (NodeList){0}; } | type_list osemi ;
type_list  : type_spec { $$ = list1(p, $1); } | type_list ";" type_spec { PUSH($1, $3); $$ = $1; } ;
type_spec
  : IDENT type                      { $$ = typespec(p, $1, $2, false); }
  | IDENT "=" type                  { $$ = typespec(p, $1, $3, true); }
  | IDENT tspec_tparams type        { $$ = typespec(p, $1, $3, false); }
  | IDENT tspec_tparams "=" type    { $$ = typespec(p, $1, $4, true); }
  ;

group_lparen : "(" ;
/* Declaration keywords end error recovery, as they end gc's skipping. */
kw_const : CONST { yyerrok; } ;
kw_var   : VAR   { yyerrok; } ;
kw_type  : TYPE  { yyerrok; } ;
kw_func  : FUNC  { yyerrok; } ;
/* gc rejects an import after other declarations at its keyword */
kw_import : IMPORT { parse_late_import(p, @1); } ;
osemi        : %empty | ";" ;
ocomma       : %empty | "," ;

ident_list
  : IDENT                { $$ = list1(p, IDENT($1)); }
  | ident_list "," IDENT { PUSH($1, IDENT($3)); $$ = $1; }
  ;

func_decl
  : kw_func IDENT signature func_body              { $$ = parse_funcdecl(p, @1, NULL, IDENT($2), $3, $4); }
  | kw_func IDENT func_tparams signature func_body { $$ = parse_funcdecl(p, @1, NULL, IDENT($2), $4, $5); }
  | kw_func params IDENT signature func_body       { $$ = parse_funcdecl(p, @1, &$2, IDENT($3), $4, $5); }
  ;
func_body : %empty { $$ = NULL; } | block ;

/* ---- type parameters: parsed to be rejected ---- */
/* After `type T [` a name followed by a type-looking token starts type
** parameters; `[N]`, `[N*M]`, `[P *C]` stay array lengths, as in gc. */
tspec_tparams
  : "[" IDENT cterm_first constraint_tail tparams_more "]" { parse_generic_error(p, @1); }
  | "[" IDENT "," tparam_list ocomma "]"                   { parse_generic_error(p, @1); }
  ;
tparams_more : ocomma | "," tparam_list ocomma ;
func_tparams
  : "[" tparam_list ocomma "]" { parse_generic_error(p, @1); }
  | "[" "]"                    { parse_generic_error(p, @1); }
  ;
tparam_list : tparam | tparam_list "," tparam ;
tparam      : IDENT | IDENT cterm constraint_tail ;
cterm_first
  : "~" type
  | type_name | map_type | struct_type | chan_type | func_type | iface_type
  ;
cterm
  : type
  | "~" type { $$ = parse_unary(p, TK_TILDE, @1, $2); }
  ;
constraint_tail
  : %empty                    { $$ = NULL; }
  | constraint_tail "|" cterm { $$ = $1 ? $1 : $3; }
  ;

/* ---- types ---- */
type
  : type_np
  | "(" type ")" { $$ = $2; }
  ;
type_np : type_nr | recv_chan ;
type_nr
  : type_name
  | "*" type { $$ = NEW(STAR, @1); $$->star.x = $2; }
  | array_type | map_type | struct_type | chan_type | func_type | iface_type
  ;
chan_elem : type_nr | "(" type ")" { $$ = $2; } ;

type_name
  : IDENT %prec NOSUFFIX                { $$ = IDENT($1); }
  | IDENT "." IDENT %prec NOSUFFIX      { $$ = selector(p, IDENT($1), $3); }
  | IDENT type_args                     { $$ = parse_apply_suffix(IDENT($1), $2); parse_generic_error(p, @2); }
  | IDENT "." IDENT type_args           { $$ = parse_apply_suffix(selector(p, IDENT($1), $3), $4); parse_generic_error(p, @4); }
  ;
/* Instantiation: as in gc, the first argument is parsed as an expression
** (it may be an array length after all), the others as types. */
type_args
  : "[" expr "]"                           { $$ = indexexpr(p, @1, list1(p, $2), @3); }
  | "[" expr "," types ocomma "]"          { $$ = indexexpr(p, @1, cons(p, $2, $4), @6); }
  ;
types : type { $$ = list1(p, $1); } | types "," type { PUSH($1, $3); $$ = $1; } ;

array_type
  : "[" expr "]" type      { $$ = arraytype(p, @1, $2, $4); }
  | "[" "]" type           { $$ = arraytype(p, @1, NULL, $3); }
  | "[" "..." "]" type     { $$ = arraytype(p, @1, NEW(ELLIPSIS, @2), $4); }
  ;
map_type
  : MAP "[" type "]" type  { $$ = NEW(MAPTYPE, @1); $$->maptype.key = $3; $$->maptype.value = $5; }
  ;
chan_type
  : CHAN chan_elem         { $$ = chantype(p, @1, CHAN_BOTH, $2, NOPOS); }
  | CHAN "<-" type         { $$ = chantype(p, @1, CHAN_SEND, $3, @2); }
  ;
recv_chan
  : "<-" CHAN type         { $$ = chantype(p, @1, CHAN_RECV, $3, @1); }
  ;
func_type
  : FUNC signature         { $$ = $2; $$->pos = @1; }
  ;
signature
  : params %prec NORESULT  { $$ = parse_functype(p, @1, $1, NULL); }
  | params params          { $$ = parse_functype(p, @1, $1, NULL);
                             $$->functype.results = $2; $$->functype.results_paren = true; }
  | params type_np         { $$ = parse_functype(p, @1, $1, $2); }
  ;

params
  : param_lparen param_body ")" { $$ = parse_params(p, $2); }
  | param_lparen error ")"      { $$ = (NodeList){0}; }
  ;
param_lparen : "(" ;
param_body   : %empty { $$ = (NodeList){0}; } | param_list ocomma ;
param_list   : param { $$ = list1(p, $1); } | param_list "," param { PUSH($1, $3); $$ = $1; } ;
param
  : type                 { $$ = parse_param(p, NULL, $1, NOPOS); }
  | IDENT type           { $$ = parse_param(p, IDENT($1), $2, NOPOS); }
  | IDENT "..." type     { $$ = parse_param(p, IDENT($1), $3, @2); }
  | "..." type           { $$ = parse_param(p, NULL, $2, @1); }
  ;

struct_type
  : STRUCT "{" field_specs "}" { $$ = NEW(STRUCTTYPE, @1); $$->structtype.fields = $3;
                                 $$->structtype.lbrace = @2; $$->structtype.rbrace = @4; }
  | STRUCT "{" error "}"       { $$ = NEW(STRUCTTYPE, @1); $$->structtype.lbrace = @2;
                                 $$->structtype.rbrace = @4; }
  ;
field_specs : %empty { $$ = (NodeList){0}; } | field_list osemi ;
field_list  : field_decl { $$ = list1(p, $1); } | field_list ";" field_decl { PUSH($1, $3); $$ = $1; } ;
field_decl
  : IDENT type otag                { $$ = field(p, @1, list1(p, IDENT($1)), $2, $3); }
  | IDENT "," ident_list type otag { $$ = field(p, @1, cons(p, IDENT($1), $3), $4, $5); }
  | embedded otag                  { $$ = field(p, @1, (NodeList){0}, $1, $2); }
  ;
embedded
  : type_name
  | "*" type_name       { $$ = NEW(STAR, @1); $$->star.x = $2; }
  | "(" embedded ")"    { $$ = $2; parse_syntax_errorf(p, @1, "cannot parenthesize embedded type"); }
  | "*" "(" type_name ")" { $$ = NEW(STAR, @1); $$->star.x = $3;
                          parse_syntax_errorf(p, @2, "cannot parenthesize embedded type"); }
  ;
otag : %empty { $$ = NULL; } | STRING { $$ = parse_basiclit(p, $1); } ;

iface_type
  : INTERFACE "{" iface_specs "}" { $$ = NEW(INTERFACETYPE, @1); $$->interfacetype.methods = $3;
                                    $$->interfacetype.lbrace = @2; $$->interfacetype.rbrace = @4; }
  | INTERFACE "{" error "}"       { $$ = NEW(INTERFACETYPE, @1); $$->interfacetype.lbrace = @2;
                                    $$->interfacetype.rbrace = @4; }
  ;
iface_specs : %empty { $$ = (NodeList){0}; } | iface_list osemi ;
iface_list  : iface_elem { $$ = list1(p, $1); } | iface_list ";" iface_elem { PUSH($1, $3); $$ = $1; } ;
iface_elem
  : IDENT signature       { $$ = field(p, @1, list1(p, IDENT($1)), $2, NULL); }
  | cterm constraint_tail { NodeKind k = ast_unparen($1)->kind;
                            if ($2 || (k != N_IDENT && k != N_SELECTOR && k != N_INTERFACETYPE))
                              parse_generic_error(p, @1);
                            $$ = field(p, @1, (NodeList){0}, $1, NULL); }
  ;

/* ---- expressions ---- */
expr
  : unary
  | expr binop unary { $$ = parse_binary(p, $1, $2, @2, $3); }
  ;
unary
  : primary
  | unop unary { $$ = parse_unary(p, $1, @1, $2); }
  ;
/* A composite literal's type is a primary that may name a type (T, pkg.T,
** x.T, G[T], (T)) or a literal type, never a call or other value: `f() {`
** ends the expression before the `{`, as in gc. */
primary : ptype | pvalue ;
ptype
  : IDENT                   { $$ = IDENT($1); }
  | paren
  | complit_type
  | primary name_suffix     { $$ = parse_apply_suffix($1, $2); }
  ;
pvalue
  : operand_value
  | primary value_suffix    { $$ = parse_apply_suffix($1, $2); }
  | ptype complit_value     { $$ = parse_complit(p, $1, $2); }
  ;

/* The same without `T{`, for statement headers. */
expr_nb
  : unary_nb
  | expr_nb binop unary_nb { $$ = parse_binary(p, $1, $2, @2, $3); }
  ;
unary_nb
  : primary_nb
  | unop unary_nb { $$ = parse_unary(p, $1, @1, $2); }
  ;
primary_nb
  : operand_nb
  | primary_nb suffix { $$ = parse_apply_suffix($1, $2); }
  ;
operand_nb
  : operand_common
  | complit_type %prec NOBRACE
  | complit_type complit_value { $$ = parse_complit(p, $1, $2); }
  ;

operand_common : operand_value | IDENT { $$ = IDENT($1); } | paren ;
operand_value
  : basic_lit               { $$ = parse_basiclit(p, $1); }
  | func_type %prec NOBRACE
  | func_type block         { $$ = NEW(FUNCLIT, @1); $$->funclit.type = $1; $$->funclit.body = $2; }
  | chan_type
  | iface_type
  ;
paren : "(" expr ")" { $$ = NEW(PAREN, @1); $$->paren.x = $2; $$->paren.rparen = @3; } ;
basic_lit : INT | FLOAT | IMAG | CHAR | STRING ;
complit_type : array_type | map_type | struct_type ;

/* Postfix parts; parse_apply_suffix plugs in the operand. Selectors and
** indexes may still name a type, the rest are values. */
suffix : name_suffix | value_suffix ;
name_suffix
  : "." IDENT                              { $$ = selector(p, NULL, $2); }
  | "[" expr "]"                           { $$ = indexexpr(p, @1, list1(p, $2), @3); }
  | "[" expr "," "]"                       { $$ = indexexpr(p, @1, list1(p, $2), @4); }
  | "[" expr "," types ocomma "]"          { $$ = indexexpr(p, @1, cons(p, $2, $4), @6); }
  ;
value_suffix
  : "." "(" type ")"                       { $$ = typeassert(p, @1, $3, @2); }
  | "." "(" TYPE ")"                       { $$ = typeassert(p, @1, NULL, @2); }
  | "[" oexpr ":" oexpr "]"                { $$ = slice(p, @1, $2, $4, NULL, false); }
  | "[" oexpr ":" oexpr ":" oexpr "]"      { $$ = slice(p, @1, $2, $4, $6, true);
                                             if (!$4) parse_errorf(p, @5, "middle index required in 3-index slice");
                                             else if (!$6) parse_errorf(p, @7, "final index required in 3-index slice"); }
  | call_lparen ")"                        { $$ = call(p, @1, (NodeList){0}, NOPOS, @2); }
  | call_lparen expr_list ocomma ")"       { $$ = call(p, @1, $2, NOPOS, @4); }
  | call_lparen expr_list "..." ocomma ")" { $$ = call(p, @1, $2, @3, @5); }
  | call_lparen error ")"                  { $$ = call(p, @1, (NodeList){0}, NOPOS, @3); yyerrok; }
  ;
call_lparen : "(" ;
oexpr : %empty { $$ = NULL; } | expr ;

complit_value
  : complit_lbrace "}"                  { $$ = compositelit(p, @1, (NodeList){0}, @2); }
  | complit_lbrace elem_list ocomma "}" { $$ = compositelit(p, @1, $2, @4); }
  | complit_lbrace error "}"            { $$ = compositelit(p, @1, (NodeList){0}, @3); yyerrok; }
  ;
complit_lbrace : "{" ;
elem_list : elem { $$ = list1(p, $1); } | elem_list "," elem { PUSH($1, $3); $$ = $1; } ;
elem
  : eval
  | eval ":" eval { $$ = NEW(KEYVALUE, $1->pos); $$->keyvalue.key = $1;
                    $$->keyvalue.value = $3; $$->keyvalue.colon = @2; }
  ;
eval : expr | complit_value ;

expr_list    : expr { $$ = list1(p, $1); } | expr_list "," expr { PUSH($1, $3); $$ = $1; } ;
expr_list_nb : expr_nb { $$ = list1(p, $1); } | expr_list_nb "," expr_nb { PUSH($1, $3); $$ = $1; } ;

binop
  : "||" { $$ = TK_LOR; }  | "&&" { $$ = TK_LAND; }
  | "==" { $$ = TK_EQL; }  | "!=" { $$ = TK_NEQ; }  | "<" { $$ = TK_LSS; }
  | "<=" { $$ = TK_LEQ; }  | ">" { $$ = TK_GTR; }   | ">=" { $$ = TK_GEQ; }
  | "+" { $$ = TK_ADD; }   | "-" { $$ = TK_SUB; }   | "|" { $$ = TK_OR; }
  | "^" { $$ = TK_XOR; }   | "*" { $$ = TK_MUL; }   | "/" { $$ = TK_QUO; }
  | "%" { $$ = TK_REM; }   | "<<" { $$ = TK_SHL; }  | ">>" { $$ = TK_SHR; }
  | "&" { $$ = TK_AND; }   | "&^" { $$ = TK_AND_NOT; }
  ;
unop
  : "+" { $$ = TK_ADD; }   | "-" { $$ = TK_SUB; }   | "!" { $$ = TK_NOT; }
  | "^" { $$ = TK_XOR; }   | "*" { $$ = TK_MUL; }   | "&" { $$ = TK_AND; }
  | "<-" { $$ = TK_ARROW; } | "~" { $$ = TK_TILDE; }
  ;
assign_op
  : "+=" { $$ = TK_ADD_ASSIGN; } | "-=" { $$ = TK_SUB_ASSIGN; }
  | "*=" { $$ = TK_MUL_ASSIGN; } | "/=" { $$ = TK_QUO_ASSIGN; }
  | "%=" { $$ = TK_REM_ASSIGN; } | "&=" { $$ = TK_AND_ASSIGN; }
  | "|=" { $$ = TK_OR_ASSIGN; }  | "^=" { $$ = TK_XOR_ASSIGN; }
  | "<<=" { $$ = TK_SHL_ASSIGN; } | ">>=" { $$ = TK_SHR_ASSIGN; }
  | "&^=" { $$ = TK_AND_NOT_ASSIGN; }
  ;

/* ---- statements ---- */
block
  : "{" stmt_list "}" { $$ = block(p, @1, $2, @3); yyerrok; }
  ;
/* stmts is reduced (empty) at the start of every list, so syntax.c always
** finds it on the stack; after a `;` error recovery is over (yyerrok), as
** in gc, which reports again as soon as it resynchronised. */
stmt_list
  : stmts stmt { parse_stmt_push(p, &$1, $2); $$ = $1; }
  ;
stmts
  : %empty         { $$ = (NodeList){0}; }
  | stmts stmt ";" { parse_stmt_push(p, &$1, $2); $$ = $1; yyerrok; }
  ;
stmt : %empty { $$ = NULL; } | stmt1 ;
stmt1
  : simple_stmt
  | IDENT ":" stmt  { $$ = labeled(p, $1, @2, $3); }
  | stop_stmt
  | block
  | error           { $$ = NULL; }
  | error stop_stmt { $$ = $2; }
  ;
/* statements starting with a keyword: where gc's error recovery stops */
stop_stmt : decl_stmt | ctrl_stmt ;
decl_stmt
  : const_decl { $$ = NEW(DECLSTMT, @1); $$->declstmt.decl = $1; }
  | var_decl   { $$ = NEW(DECLSTMT, @1); $$->declstmt.decl = $1; }
  | type_decl  { $$ = NEW(DECLSTMT, @1); $$->declstmt.decl = $1; }
  ;
ctrl_stmt
  : GO primary       { $$ = parse_callstmt(p, TK_GO, @1, $2); }
  | DEFER primary    { $$ = parse_callstmt(p, TK_DEFER, @1, $2); }
  | RETURN           { $$ = ret(p, @1, (NodeList){0}); }
  | RETURN expr_list { $$ = ret(p, @1, $2); }
  | BREAK            { $$ = branch(p, @1, TK_BREAK, NULL); }
  | BREAK IDENT      { $$ = branch(p, @1, TK_BREAK, IDENT($2)); }
  | CONTINUE         { $$ = branch(p, @1, TK_CONTINUE, NULL); }
  | CONTINUE IDENT   { $$ = branch(p, @1, TK_CONTINUE, IDENT($2)); }
  | GOTO IDENT       { $$ = branch(p, @1, TK_GOTO, IDENT($2)); }
  | FALLTHROUGH      { $$ = branch(p, @1, TK_FALLTHROUGH, NULL); }
  | if_stmt | for_stmt | switch_stmt | select_stmt
  ;

simple_stmt
  : expr                    { $$ = parse_exprstmt(p, $1); }
  | expr_list "=" expr_list { $$ = parse_assign(p, $1, TK_ASSIGN, @2, $3); }
  | expr_list ":=" expr_list { $$ = parse_assign(p, $1, TK_DEFINE, @2, $3); }
  | expr assign_op expr     { $$ = parse_assign(p, list1(p, $1), $2, @2, list1(p, $3)); }
  | expr "++"               { $$ = incdec(p, $1, TK_INC, @2); }
  | expr "--"               { $$ = incdec(p, $1, TK_DEC, @2); }
  | expr "<-" expr          { $$ = send(p, $1, @2, $3); }
  ;
simple_stmt_nb
  : expr_nb                       { $$ = parse_exprstmt(p, $1); }
  | expr_list_nb "=" expr_list_nb { $$ = parse_assign(p, $1, TK_ASSIGN, @2, $3); }
  | expr_list_nb ":=" expr_list_nb { $$ = parse_assign(p, $1, TK_DEFINE, @2, $3); }
  | expr_nb assign_op expr_nb     { $$ = parse_assign(p, list1(p, $1), $2, @2, list1(p, $3)); }
  | expr_nb "++"                  { $$ = incdec(p, $1, TK_INC, @2); }
  | expr_nb "--"                  { $$ = incdec(p, $1, TK_DEC, @2); }
  | expr_nb "<-" expr_nb          { $$ = send(p, $1, @2, $3); }
  ;
osimple_nb : %empty { $$ = NULL; } | simple_stmt_nb ;
/* the first statement of a header; $<tok>0 is the if/for/switch keyword */
init_nb
  : osimple_nb
  | VAR simple_stmt_nb { $$ = $2; parse_syntax_errorf(p, @2, "var declaration not allowed in %s initializer",
                                                      tok_text($<tok>0.kind)); }
  ;

/* if / switch header: [init ;] cond-or-tag */
header
  : init_nb                { $$ = header(p, 1, $1, NULL, NULL, NULL); }
  | init_nb ";" osimple_nb { $$ = header(p, 2, $1, $3, NULL, &$2); }
  ;
for_header
  : init_nb                               { $$ = header(p, 1, $1, NULL, NULL, NULL); }
  | init_nb ";" osimple_nb ";" osimple_nb { $$ = header(p, 3, $1, $3, $5, &$2); }
  | range_nb                                 { $$ = header(p, 0, NULL, NULL, NULL, NULL); $$->range = $1; }
  ;
range_nb
  : RANGE expr_nb                        { $$ = parse_range(p, @1, (NodeList){0}, TK_EOF, NOPOS, $2); }
  | expr_list_nb "=" RANGE expr_nb       { $$ = parse_range(p, @1, $1, TK_ASSIGN, @2, $4); }
  | expr_list_nb ":=" RANGE expr_nb      { $$ = parse_range(p, @1, $1, TK_DEFINE, @2, $4); }
  ;

/* A bad header is skipped up to the body's `{`, as gc does (the error
** state stays on the stack until that `{` is shifted); if_block is reduced
** as soon as its body is complete, so an error after it cannot pop back
** into the header. */
if_stmt
  : if_block else { $$ = $1; $$->ifstmt.els = $2; }
  ;
if_block
  : IF header block { $$ = parse_if(p, @1, $2, $3, NULL); }
  | IF error block  { $$ = parse_if(p, @1, header(p, 0, NULL, NULL, NULL, NULL), $3, NULL); }
  ;
else
  : %empty       { $$ = NULL; }
  | ELSE if_stmt { $$ = $2; }
  | ELSE block   { $$ = $2; }
  ;
for_stmt
  : FOR for_header block { $$ = parse_for(p, @1, $2, $3); }
  | FOR error block      { $$ = parse_for(p, @1, header(p, 0, NULL, NULL, NULL, NULL), $3); }
  ;
switch_stmt
  : SWITCH header case_block { $$ = parse_switch(p, @1, $2, $3); }
  | SWITCH error case_block  { $$ = parse_switch(p, @1, header(p, 0, NULL, NULL, NULL, NULL), $3); }
  ;
select_stmt
  : SELECT case_block       { $$ = parse_select(p, @1, $2); }
  | SELECT error case_block { $$ = parse_select(p, @1, $3); }
  ;
/* A clause's statements end with `;` except the last one of the last
** clause, before the `}`: `case 1: f() case 2:` is gc's "at end of
** statement". */
case_block
  : "{" case_list "}"                                { $$ = block(p, @1, $2, @3); yyerrok; }
  | "{" case_list case_head ":" stmts stmt1 "}"      { parse_stmt_push(p, &$5, $6);
                                                       PUSH($2, clause_body(p, $3, @4, $5));
                                                       $$ = block(p, @1, $2, @7); yyerrok; }
  ;
case_list
  : %empty                { $$ = (NodeList){0}; }
  | case_list case_clause { PUSH($1, $2); $$ = $1; }
  ;
/* switch and select clauses share one rule; parse_switch/parse_select
** check that each got the kind it allows */
case_clause
  : case_head ":" stmts { $$ = clause_body(p, $1, @2, $3); }
  ;
case_head
  : CASE expr_list                { $$ = caseclause(p, @1, $2, false); }
  | CASE expr_list "=" expr       { $$ = commclause(p, @1, parse_assign(p, $2, TK_ASSIGN, @3, list1(p, $4))); }
  | CASE expr_list ":=" expr      { $$ = commclause(p, @1, parse_assign(p, $2, TK_DEFINE, @3, list1(p, $4))); }
  | CASE expr "<-" expr           { $$ = commclause(p, @1, send(p, $2, @3, $4)); }
  | DEFAULT                       { $$ = caseclause(p, @1, (NodeList){0}, true); }
  ;

%%

/* ---- the lexer adapter ---- */

static const int bison_token[TK_COUNT] = {
#define BISON_TOKEN(name, text) [TK_##name] = T_##name,
    TOKENS(BISON_TOKEN)
#undef BISON_TOKEN
};

/* yylex hands bison the lexer's next token, or the token syntax.c asked to
** insert in place of one error recovery threw away, or EOF forever once
** the parse was given up. */
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p) {
  p->prev = p->tok;
  if (p->stop)
    p->tok = (Token){TK_EOF, p->tok.pos, NULL, 0};
  else if (p->insert != TK_EOF)
    p->tok = (Token){p->insert, p->tok.pos, tok_text(p->insert), 0};
  else if (p->pending.kind != TK_EOF) {
    p->tok = p->pending;
    p->pending.kind = TK_EOF;
  } else
    lex_next(p->lx, &p->tok);
  p->insert = TK_EOF;
  if (p->skip_to != TK_EOF) parse_skip(p);
  lval->tok = p->tok;
  *lloc = p->tok.pos;
  return bison_token[p->tok.kind];
}

static void yyerror(YYLTYPE *loc, Parser *p, const char *msg) {
  parse_errorf(p, *loc, "%s", msg); /* only "memory exhausted" comes here */
}

/* ---- syntax errors: bison's view handed to syntax.c ---- */

#define YYSYMBOL_EOF YYSYMBOL_YYEOF /* bison's own name for token 0 */
static const TokKind token_of_symbol[YYNTOKENS] = {
#define TOKEN_OF(name, text) [YYSYMBOL_##name] = TK_##name,
    TOKENS(TOKEN_OF)
#undef TOKEN_OF
};

/* top_symbol classifies the symbol on top of the stack, i.e. what was read
** just before the offending token. */
static StackTop top_symbol(yysymbol_kind_t sym, yysymbol_kind_t below) {
  switch (sym) {
  case YYSYMBOL_COLON: return below == YYSYMBOL_IDENT ? TOP_LABEL : TOP_TOKEN;
  case YYSYMBOL_LBRACK:
    return below == YYSYMBOL_primary || below == YYSYMBOL_ptype ||
           below == YYSYMBOL_pvalue || below == YYSYMBOL_primary_nb ? TOP_INDEX : TOP_LBRACK;
  case YYSYMBOL_COMMA: return TOP_COMMA;
  case YYSYMBOL_param_lparen: return TOP_LIST_START;
  case YYSYMBOL_kw_func: return TOP_FUNC_KW;
  case YYSYMBOL_params: return below == YYSYMBOL_kw_func ? TOP_FUNC_KW : TOP_OTHER;
  case YYSYMBOL_stmts: return TOP_STMT_START;
  case YYSYMBOL_header:
  case YYSYMBOL_for_header: return TOP_HEADER;
  case YYSYMBOL_block:
  case YYSYMBOL_case_block: return TOP_BODY;
  case YYSYMBOL_SEMICOLON: return TOP_SEMI;
  case YYSYMBOL_ELLIPSIS: return TOP_ELLIPSIS;
  case YYSYMBOL_RETURN: return TOP_RETURN;
  case YYSYMBOL_CHAN: return TOP_CHAN;
  case YYSYMBOL_ARROW: return TOP_ARROW;
  case YYSYMBOL_decls: return TOP_DECL_START;
  case YYSYMBOL_kw_var:
  case YYSYMBOL_kw_const:
  case YYSYMBOL_kw_type: return TOP_DECL_KW;
  default: return sym < YYNTOKENS ? TOP_TOKEN : TOP_OTHER;
  }
}

/* symbol_ctx: the construct a stack symbol opens, CTX_COUNT if none; below
** is the symbol under it. A raw bracket is CTX_NONE: "no list of its own,
** go by the expected tokens". */
static SyntaxCtx symbol_ctx(yysymbol_kind_t sym, yysymbol_kind_t below) {
  switch (sym) {
  case YYSYMBOL_stmts: return CTX_STMT;
  case YYSYMBOL_decls: return CTX_TOP;
  case YYSYMBOL_package:
  case YYSYMBOL_PACKAGE: return CTX_PACKAGE;
  case YYSYMBOL_import_decl:
  case YYSYMBOL_kw_import: return CTX_IMPORT;
  case YYSYMBOL_call_lparen: return CTX_ARGS;
  case YYSYMBOL_param_lparen: return CTX_PARAMS;
  case YYSYMBOL_complit_lbrace: return CTX_COMPLIT;
  case YYSYMBOL_group_lparen: return below == YYSYMBOL_kw_import ? CTX_IMPORT : CTX_GROUP;
  case YYSYMBOL_IF: return CTX_IF;
  case YYSYMBOL_FOR: return CTX_FOR;
  case YYSYMBOL_SWITCH: return CTX_SWITCH;
  case YYSYMBOL_SELECT: return CTX_SELECT;
  case YYSYMBOL_ELSE: return CTX_ELSE;
  case YYSYMBOL_CASE:
  case YYSYMBOL_DEFAULT: return CTX_CASE;
  case YYSYMBOL_case_list: return CTX_CASES;
  case YYSYMBOL_kw_type: return CTX_TYPEDECL;
  case YYSYMBOL_LBRACE:
    return below == YYSYMBOL_STRUCT ? CTX_STRUCT
         : below == YYSYMBOL_INTERFACE ? CTX_IFACE : CTX_NONE;
  case YYSYMBOL_LPAREN:
  case YYSYMBOL_LBRACK: return CTX_NONE;
  default: return CTX_COUNT;
  }
}

/* describe fills e from bison's state stack, walked from the top down: the
** innermost construct with a list of its own is where the error is. */
static void describe(const yy_state_t *top, SyntaxError *e) {
  bool found = false;
  int semis = 0, closed = 0; /* brackets closed above: their openers do not count */
  e->top = top_symbol(yystos[*top], *top ? yystos[top[-1]] : YYSYMBOL_YYEOF);
  /* x[i, then no type: gc's type list ends, it wants the ] */
  if (e->top == TOP_COMMA && yystos[top[-1]] == YYSYMBOL_expr &&
      yystos[top[-2]] == YYSYMBOL_LBRACK)
    e->top = TOP_INDEX_COMMA;

  for (const yy_state_t *s = top;; s--) {
    yysymbol_kind_t sym = yystos[*s];
    SyntaxCtx ctx = symbol_ctx(sym, *s ? yystos[s[-1]] : YYSYMBOL_YYEOF);
    if (sym == YYSYMBOL_RPAREN || sym == YYSYMBOL_RBRACK || sym == YYSYMBOL_RBRACE)
      closed++;
    if (closed && (sym == YYSYMBOL_LPAREN || sym == YYSYMBOL_LBRACK || sym == YYSYMBOL_LBRACE ||
                   sym == YYSYMBOL_call_lparen || sym == YYSYMBOL_param_lparen ||
                   sym == YYSYMBOL_group_lparen || sym == YYSYMBOL_complit_lbrace)) {
      closed--;
      continue;
    }
    if (sym == YYSYMBOL_stmts) e->in_func = true;
    if (sym == YYSYMBOL_SEMICOLON) semis++;
    if (sym == YYSYMBOL_RANGE && !found) e->range = true;
    if (ctx != CTX_COUNT && !found) {
      e->ctx = ctx;
      e->type_group = sym == YYSYMBOL_group_lparen && yystos[s[-1]] == YYSYMBOL_kw_type;
      e->array_len = sym == YYSYMBOL_LBRACK && top_symbol(sym, yystos[s[-1]]) == TOP_LBRACK;
      e->header_semis = semis;
      /* a statement list always has the file's header below it */
      e->in_clause = sym == YYSYMBOL_stmts &&
                     yystos[s[-1]] == YYSYMBOL_COLON && yystos[s[-2]] == YYSYMBOL_case_head;
      found = true;
    }
    if (*s == 0) break;
  }
  if (!found) e->ctx = CTX_PACKAGE; /* nothing parsed yet */
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, Parser *p) {
  SyntaxError e = {0};
  yysymbol_kind_t syms[YYNTOKENS];
  int n = yypcontext_expected_tokens(yyctx, syms, YYNTOKENS);
  for (int i = 0; i < n; i++) {
    if (syms[i] == YYSYMBOL_YYerror || syms[i] == YYSYMBOL_YYUNDEF) continue;
    e.expected[token_of_symbol[syms[i]]] = true;
  }
  describe(yyctx->yyssp, &e);
  parse_syntax_error(p, &e);
  return 0;
}

int parse_run(Parser *p) { return yyparse(p); }
