/*
** build.c -- the grammar actions that need judgement.
**
** The grammar accepts slightly more than Go (a flat chain of binary
** operators, parameter items that may or may not be names, any simple
** statement in a header, one clause rule for switch and select); the
** functions here give that its Go meaning and report, in gc's words and at
** gc's positions, the errors gc's recursive-descent parser finds at these
** points. Invariant: every function returns a well-formed node even after an
** error, so later actions never see a NULL where ast.h promises a node.
*/
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define NEW(kind, pos) ast_new(p->arena, N_##kind, (pos))
#define PUSH(list, n) ast_list_push(p->arena, &(list), (n))

/* ---- expressions ---- */

static int precedence(TokKind op) {
  switch (op) {
  case TK_LOR: return 1;
  case TK_LAND: return 2;
  case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
    return 3;
  case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 4;
  default: return 5;
  }
}

/* parse_binary adds `op y` to the chain x. Every N_BINARY on x's right spine
** was built here (an operand is a unary expression; parentheses are N_PAREN),
** so the new operator takes as left operand the deepest spine node that binds
** at least as tightly: Go's operators are all left-associative. The spine is
** at most five levels deep, one per precedence. */
Node *parse_binary(Parser *p, Node *x, TokKind op, Pos oppos, Node *y) {
  Node **slot = &x;
  while ((*slot)->kind == N_BINARY &&
         precedence((*slot)->binary.op) < precedence(op))
    slot = &(*slot)->binary.y;
  Node *n = NEW(BINARY, (*slot)->pos);
  n->binary.op = op;
  n->binary.x = *slot;
  n->binary.y = y;
  n->binary.oppos = oppos;
  *slot = n;
  return x;
}

/* recv_chan turns `<-` applied to a channel type into a receive-only channel
** type, re-associating as the spec says: <-chan chan<- T is <-chan (<-chan T)
** ... as gc does, with gc's errors for what cannot be re-associated. */
static Node *recv_chan(Parser *p, Pos arrow, Node *x) {
  ChanDir dir = CHAN_SEND;
  Node *t = x;
  while (dir == CHAN_SEND && t->kind == N_CHANTYPE) {
    dir = t->chantype.dir;
    if (dir == CHAN_RECV)
      parse_syntax_errorf(p, p->tok.pos, "unexpected <-, expecting chan");
    t->chantype.dir = CHAN_RECV;
    t = t->chantype.value;
  }
  if (dir == CHAN_SEND) {
    StrBuf sb = {0};
    ast_expr_string(&sb, t);
    parse_syntax_errorf(p, p->tok.pos, "unexpected %s, expecting chan", sb_str(&sb));
    sb_free(&sb);
  }
  x->pos = arrow;
  x->chantype.arrow = arrow;
  return x;
}

Node *parse_unary(Parser *p, TokKind op, Pos pos, Node *x) {
  if (op == TK_ARROW && x->kind == N_CHANTYPE) return recv_chan(p, pos, x);
  if (op == TK_MUL) {
    Node *n = NEW(STAR, pos);
    n->star.x = x;
    return n;
  }
  Node *n = NEW(UNARY, pos);
  n->unary.op = op;
  /* gc drops parentheses under &: &(T{}) is &T{} */
  n->unary.x = op == TK_AND ? ast_unparen(x) : x;
  return n;
}

Node *parse_apply_suffix(Node *x, Node *s) {
  switch (s->kind) {
  case N_SELECTOR: s->selector.x = x; break;
  case N_INDEX: s->index.x = x; break;
  case N_SLICE: s->slice.x = x; break;
  case N_TYPEASSERT: s->typeassert.x = x; break;
  case N_CALL: s->call.fun = x; break;
  default: fatal("not a suffix: %s", ast_kind_name(s->kind));
  }
  s->pos = x->pos;
  return s;
}

Node *parse_complit(Parser *p, Node *type, Node *lit) {
  if (type->kind == N_PAREN)
    parse_syntax_errorf(p, lit->compositelit.lbrace,
                        "cannot parenthesize type in composite literal");
  lit->compositelit.type = type;
  lit->pos = type->pos;
  return lit;
}

Node *parse_basiclit(Parser *p, Token t) {
  Node *n = NEW(BASICLIT, t.pos);
  n->basiclit.kind = t.kind;
  n->basiclit.lit = t.lit;
  n->basiclit.len = t.len;
  return n;
}

/* ---- signatures ---- */

Node *parse_param(Parser *p, Node *name, Node *type, Pos ellipsis) {
  if (ellipsis.line) {
    Node *e = NEW(ELLIPSIS, ellipsis);
    e->ellipsis.elt = type;
    type = e;
  }
  Node *f = NEW(FIELD, name ? name->pos : type->pos);
  if (name) PUSH(f->field.names, name);
  f->field.type = type;
  return f;
}

/* A lone name in a parameter list is a parameter name if any item of the
** list has the form `name Type`, else it is a type. */
static bool lone_name(const Node *item) {
  return item->field.names.len == 0 && item->field.type->kind == N_IDENT;
}

/* parse_params gives the items of `( ... )` their meaning, as gc does: if no
** item is `name Type`, all are types; otherwise every run of lone names
** shares the type of the next named item (`a, b int, c string`) and anything
** else is "mixed named and unnamed parameters", reported at the leftmost
** offender. Fields are returned one per group of names. */
NodeList parse_params(Parser *p, NodeList items) {
  int named = 0;
  for (int i = 0; i < items.len; i++) named += items.items[i]->field.names.len;
  if (named == 0) return items;

  Node **groups = xmalloc(sizeof *groups * (size_t)items.len);
  int ngroups = 0;
  Node *group = NULL; /* the group lone names to the left join */
  Pos bad = {0, 0};
  for (int i = items.len - 1; i >= 0; i--) {
    Node *it = items.items[i];
    if (it->field.names.len) {
      group = it;
      groups[ngroups++] = it;
    } else if (lone_name(it) && group) {
      /* names are collected right to left; reversed below */
      PUSH(group->field.names, it->field.type);
      group->pos = it->pos;
    } else {
      bad = it->pos;
      group = lone_name(it) ? NULL : it;
      groups[ngroups++] = it;
    }
  }
  if (bad.line) parse_syntax_errorf(p, bad, "mixed named and unnamed parameters");

  NodeList out = {0};
  for (int g = ngroups - 1; g >= 0; g--) {
    NodeList *names = &groups[g]->field.names;
    for (int i = 0, j = names->len - 1; i < j; i++, j--) {
      Node *t = names->items[i];
      names->items[i] = names->items[j];
      names->items[j] = t;
    }
    PUSH(out, groups[g]);
  }
  free(groups);
  return out;
}

Node *parse_functype(Parser *p, Pos lparen, NodeList params, Node *result) {
  Node *n = NEW(FUNCTYPE, lparen);
  n->functype.lparen = lparen;
  n->functype.params = params;
  if (result) {
    Node *f = NEW(FIELD, result->pos);
    f->field.type = result;
    PUSH(n->functype.results, f);
  }
  return n;
}

static int count_names(NodeList fields) {
  int n = 0;
  for (int i = 0; i < fields.len; i++) {
    int k = fields.items[i]->field.names.len;
    n += k ? k : 1;
  }
  return n;
}

Node *parse_funcdecl(Parser *p, Pos pos, NodeList *recv, Node *name, Node *type,
                     Node *body) {
  Node *n = NEW(FUNCDECL, pos);
  if (recv) {
    int k = count_names(*recv);
    if (k == 0) parse_errorf(p, name->pos, "method has no receiver");
    if (k > 1) parse_errorf(p, name->pos, "method has multiple receivers");
    if (k) n->funcdecl.recv = recv->items[0];
  }
  type->pos = pos;
  n->funcdecl.name = name;
  n->funcdecl.type = type;
  n->funcdecl.body = body;
  return n;
}

/* ---- declarations ---- */

Node *parse_group(Parser *p, TokKind tok, Pos pos, NodeList specs, Pos lparen,
                  Pos rparen) {
  Node *n = NEW(GENDECL, pos);
  n->gendecl.tok = tok;
  n->gendecl.specs = specs;
  n->gendecl.lparen = lparen;
  n->gendecl.rparen = rparen;
  for (int i = 0; i < specs.len; i++) {
    Node *s = specs.items[i];
    if (tok == TK_CONST) {
      s->valuespec.iota = i;
      s->valuespec.implicit = !s->valuespec.type && s->valuespec.values.len == 0;
    }
  }
  return n;
}

Node *parse_valuespec(Parser *p, NodeList names, Node *type, NodeList values) {
  Node *n = NEW(VALUESPEC, names.items[0]->pos);
  n->valuespec.names = names;
  n->valuespec.type = type;
  n->valuespec.values = values;
  return n;
}

/* An import after other declarations is gc's "non-declaration statement"
** error at the import keyword; the declaration is parsed and dropped. */
bool parse_after_declarations(const Parser *p) {
  const Node *last = p->file->decls.len ? p->file->decls.items[p->file->decls.len - 1] : NULL;
  return last && (last->kind != N_GENDECL || last->gendecl.tok != TK_IMPORT);
}

void parse_late_import(Parser *p, Pos pos) {
  if (parse_after_declarations(p))
    parse_syntax_errorf(p, pos, "non-declaration statement outside function body");
}

void parse_import_decl(Parser *p, Node *decl) {
  if (parse_after_declarations(p)) return;
  PUSH(p->file->decls, decl);
  p->last_decl = decl;
  for (int i = 0; i < decl->gendecl.specs.len; i++)
    PUSH(p->file->imports, decl->gendecl.specs.items[i]);
}

/* ---- simple statements ---- */

Node *parse_assign(Parser *p, NodeList lhs, TokKind tok, Pos tokpos,
                   NodeList rhs) {
  Node *n = NEW(ASSIGNSTMT, lhs.items[0]->pos);
  n->assignstmt.lhs = lhs;
  n->assignstmt.rhs = rhs;
  n->assignstmt.tok = tok;
  n->assignstmt.tokpos = tokpos;
  return n;
}

Node *parse_exprstmt(Parser *p, Node *x) {
  Node *n = NEW(EXPRSTMT, x->pos);
  n->exprstmt.x = x;
  return n;
}

/* go/defer: gc's checks, and like gc a non-call becomes a call of it so the
** tree keeps its shape. */
Node *parse_callstmt(Parser *p, TokKind tok, Pos pos, Node *x) {
  const char *what = tok_text(tok);
  if (x->kind == N_PAREN) {
    parse_errorf(p, x->pos, "expression in %s must not be parenthesized", what);
    x = ast_unparen(x);
  }
  if (x->kind != N_CALL) {
    parse_errorf(p, x->pos, "expression in %s must be function call", what);
    Node *c = NEW(CALL, x->pos);
    c->call.fun = x;
    x = c;
  }
  Node *n = NEW(GOSTMT, pos);
  if (tok == TK_DEFER) n->kind = N_DEFERSTMT;
  n->gostmt.call = x; /* gostmt and deferstmt have the same layout */
  return n;
}

void parse_stmt_push(Parser *p, NodeList *list, Node *stmt) {
  if (stmt) ast_list_push(p->arena, list, stmt);
}

/* ---- statement headers ---- */

/* gc_pos: where gc places a simple statement in messages: assignments,
** ++/-- and sends at their operator, anything else at its start. */
static Pos gc_pos(const Node *s) {
  switch (s->kind) {
  case N_ASSIGNSTMT: return s->assignstmt.tokpos;
  case N_INCDECSTMT: return s->incdecstmt.tokpos;
  case N_SENDSTMT: return s->sendstmt.arrow;
  default: return s->pos;
  }
}

/* as_value returns the expression of a header's condition statement, or
** reports gc's "cannot use ... as value" (an `=` is shown as an assignment,
** since `if x = y` is a common slip for `==`). */
static Node *as_value(Parser *p, Node *s) {
  if (!s) return NULL;
  if (s->kind == N_EXPRSTMT) return s->exprstmt.x;
  StrBuf sb = {0};
  if (s->kind == N_ASSIGNSTMT && s->assignstmt.tok == TK_ASSIGN) {
    sb_puts(&sb, "assignment (");
    parse_list_string(&sb, s->assignstmt.lhs);
    sb_puts(&sb, ") = (");
    parse_list_string(&sb, s->assignstmt.rhs);
    sb_puts(&sb, ")");
  } else {
    parse_stmt_string(&sb, s);
  }
  parse_syntax_errorf(p, gc_pos(s), "cannot use %s as value", sb_str(&sb));
  sb_free(&sb);
  return NULL;
}

/* split_header: [init ;] cond, as gc's header() reads an if/switch header.
** An if needs a condition; after `if x;` gc names the semicolon. */
static void split_header(Parser *p, Header *h, TokKind keyword, Pos lbrace,
                         Node **init, Node **cond) {
  Node *c = h->nstmt == 2 ? h->stmt[1] : h->stmt[0];
  *init = h->nstmt == 2 ? h->stmt[0] : NULL;
  if (keyword == TK_IF && !c && h->nstmt) { /* nstmt 0: already reported */
    if (h->nstmt == 1)
      parse_syntax_errorf(p, lbrace, "missing condition in if statement");
    else if (strcmp(h->semi.lit, "semicolon") != 0)
      parse_syntax_errorf(p, h->semi.pos, "unexpected %s, expecting { after if clause",
                          h->semi.lit);
    else
      parse_syntax_errorf(p, h->semi.pos, "missing condition in if statement");
  }
  *cond = c;
}

Node *parse_if(Parser *p, Pos pos, Header *h, Node *body, Node *els) {
  Node *n = NEW(IFSTMT, pos), *c;
  split_header(p, h, TK_IF, body->blockstmt.lbrace, &n->ifstmt.init, &c);
  n->ifstmt.cond = as_value(p, c);
  if (!n->ifstmt.cond) n->ifstmt.cond = NEW(BAD, c ? c->pos : pos);
  n->ifstmt.body = body;
  n->ifstmt.els = els;
  return n;
}

Node *parse_range(Parser *p, Pos pos, NodeList lhs, TokKind tok, Pos tokpos,
                  Node *x) {
  Node *n = NEW(RANGESTMT, pos);
  if (lhs.len > 0) n->rangestmt.key = lhs.items[0];
  if (lhs.len > 1) n->rangestmt.value = lhs.items[1];
  if (lhs.len > 2)
    parse_errorf(p, lhs.items[2]->pos,
                 "range clause permits at most two iteration variables");
  n->rangestmt.tok = tok;
  n->rangestmt.tokpos = tokpos;
  n->rangestmt.x = x;
  return n;
}

Node *parse_for(Parser *p, Pos pos, Header *h, Node *body) {
  if (h->range) {
    h->range->pos = pos;
    h->range->rangestmt.body = body;
    return h->range;
  }
  Node *n = NEW(FORSTMT, pos);
  if (h->nstmt == 3) {
    n->forstmt.init = h->stmt[0];
    n->forstmt.post = h->stmt[2];
    Node *post = h->stmt[2];
    if (post && post->kind == N_ASSIGNSTMT && post->assignstmt.tok == TK_DEFINE)
      parse_syntax_errorf(p, gc_pos(post), "cannot declare in post statement of for loop");
  }
  n->forstmt.cond = as_value(p, h->nstmt == 3 ? h->stmt[1] : h->stmt[0]);
  n->forstmt.body = body;
  return n;
}

/* A type switch guard is `x.(type)` or `v := x.(type)`. */
static bool is_guard(const Node *s) {
  const Node *x = NULL;
  if (s && s->kind == N_EXPRSTMT) x = s->exprstmt.x;
  if (s && s->kind == N_ASSIGNSTMT && s->assignstmt.tok == TK_DEFINE &&
      s->assignstmt.lhs.len == 1 && s->assignstmt.rhs.len == 1 &&
      s->assignstmt.lhs.items[0]->kind == N_IDENT)
    x = s->assignstmt.rhs.items[0];
  return x && x->kind == N_TYPEASSERT && !x->typeassert.type;
}

/* A switch clause written like a select one (`case x = v:`) is the error gc
** finds at the operator where it expects the ':'. */
static void check_case_clauses(Parser *p, Node *body) {
  for (int i = 0; i < body->blockstmt.stmts.len; i++) {
    Node *c = body->blockstmt.stmts.items[i];
    if (c->kind != N_COMMCLAUSE) continue;
    Node *s = c->commclause.comm;
    bool assign = s->kind == N_ASSIGNSTMT;
    parse_syntax_errorf(p, assign ? s->assignstmt.tokpos : s->sendstmt.arrow,
                        "unexpected %s, expecting :",
                        assign ? tok_text(s->assignstmt.tok) : "<-");
  }
}

Node *parse_switch(Parser *p, Pos pos, Header *h, Node *body) {
  Node *init, *tag;
  split_header(p, h, TK_SWITCH, body->blockstmt.lbrace, &init, &tag);
  check_case_clauses(p, body);
  if (is_guard(tag)) {
    Node *n = NEW(TYPESWITCHSTMT, pos);
    n->typeswitchstmt.init = init;
    n->typeswitchstmt.assign = tag;
    n->typeswitchstmt.body = body;
    return n;
  }
  Node *n = NEW(SWITCHSTMT, pos);
  n->switchstmt.init = init;
  n->switchstmt.tag = as_value(p, tag);
  n->switchstmt.body = body;
  return n;
}

/* Select clauses that parsed as expression lists become communication
** clauses; gc reads them as simple statements, so a list of several is its
** "expecting := or = or comma" at the ':'. */
Node *parse_select(Parser *p, Pos pos, Node *body) {
  NodeList *cl = &body->blockstmt.stmts;
  for (int i = 0; i < cl->len; i++) {
    Node *c = cl->items[i];
    if (c->kind != N_CASECLAUSE) continue;
    Node *cc = NEW(COMMCLAUSE, c->pos);
    cc->commclause.body = c->caseclause.body;
    cc->commclause.colon = c->caseclause.colon;
    cc->commclause.is_default = c->caseclause.is_default;
    if (c->caseclause.list.len > 1)
      parse_syntax_errorf(p, c->caseclause.colon,
                          "unexpected :, expecting := or = or comma");
    if (c->caseclause.list.len)
      cc->commclause.comm = parse_exprstmt(p, c->caseclause.list.items[0]);
    cl->items[i] = cc;
  }
  Node *n = NEW(SELECTSTMT, pos);
  n->selectstmt.body = body;
  return n;
}

/* ---- generics ---- */

/* Generic syntax is reported once per line, at its leftmost position (a
** type parameter list's `[` rather than a constraint inside it, which is
** reduced first): the report waits until the parse leaves the line. */
void parse_generic_error(Parser *p, Pos pos) {
  if (pos.line == p->generic.line) {
    if (pos.col < p->generic.col) p->generic = pos;
    return;
  }
  parse_generic_flush(p);
  p->generic = pos;
}

void parse_generic_flush(Parser *p) {
  if (p->generic.line)
    parse_errorf(p, p->generic, "generics are not supported by subgo");
  p->generic = (Pos){0, 0};
}
