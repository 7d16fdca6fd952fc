/*
** exprstring.c -- expressions as gc quotes them in messages.
**
** types2 prints an expression with the syntax package's printer in its
** short form: operators spaced as `x + y`, lists as `a, b`, and the bodies of
** function and composite literals shortened to `{…}` (U+2026; `{}` when
** empty). No parentheses are added that were not written. Nesting deeper
** than EXPR_MAX_DEPTH prints as `…`, so hostile input cannot exhaust the C
** stack (the parser itself accepts any depth).
*/
#include "internal.h"

enum { EXPR_MAX_DEPTH = 10000 };

static void expr(StrBuf *sb, const Node *n, int depth);

static void list(StrBuf *sb, NodeList l, int depth) {
  for (int i = 0; i < l.len; i++) {
    if (i) sb_puts(sb, ", ");
    expr(sb, l.items[i], depth);
  }
}

static void fields(StrBuf *sb, NodeList fs, const char *sep, int depth) {
  for (int i = 0; i < fs.len; i++) {
    const Node *f = fs.items[i];
    if (i) sb_puts(sb, sep);
    for (int j = 0; j < f->field.names.len; j++) {
      if (j) sb_puts(sb, ", ");
      sb_puts(sb, f->field.names.items[j]->ident.name);
    }
    if (f->field.names.len) sb_putc(sb, ' ');
    expr(sb, f->field.type, depth);
    if (f->field.tag) {
      sb_putc(sb, ' ');
      expr(sb, f->field.tag, depth);
    }
  }
}

static void signature(StrBuf *sb, const Node *ft, int depth) {
  sb_putc(sb, '(');
  fields(sb, ft->functype.params, ", ", depth);
  sb_putc(sb, ')');
  NodeList r = ft->functype.results;
  if (r.len == 0) return;
  sb_putc(sb, ' ');
  if (r.len == 1 && r.items[0]->field.names.len == 0) {
    expr(sb, r.items[0]->field.type, depth);
    return;
  }
  sb_putc(sb, '(');
  fields(sb, r, ", ", depth);
  sb_putc(sb, ')');
}

static void methods(StrBuf *sb, NodeList ms, int depth) {
  for (int i = 0; i < ms.len; i++) {
    const Node *m = ms.items[i];
    if (i) sb_puts(sb, "; ");
    if (m->field.names.len) {
      sb_puts(sb, m->field.names.items[0]->ident.name);
      signature(sb, m->field.type, depth);
    } else {
      expr(sb, m->field.type, depth);
    }
  }
}

static void body(StrBuf *sb, bool empty) { sb_puts(sb, empty ? "{}" : "{\u2026}"); }

static void chantype(StrBuf *sb, const Node *n, int depth) {
  const Node *v = n->chantype.value;
  sb_puts(sb, n->chantype.dir == CHAN_RECV ? "<-chan " :
              n->chantype.dir == CHAN_SEND ? "chan<- " : "chan ");
  bool paren = n->chantype.dir == CHAN_BOTH && v->kind == N_CHANTYPE &&
               v->chantype.dir == CHAN_RECV;
  if (paren) sb_putc(sb, '(');
  expr(sb, v, depth);
  if (paren) sb_putc(sb, ')');
}

static void expr(StrBuf *sb, const Node *n, int depth) {
  if (!n) return;
  if (++depth > EXPR_MAX_DEPTH) {
    sb_puts(sb, "\u2026");
    return;
  }
  switch (n->kind) {
  case N_BAD: sb_puts(sb, "<bad expr>"); break;
  case N_IDENT: sb_puts(sb, n->ident.name); break;
  case N_BASICLIT: sb_putn(sb, n->basiclit.lit, n->basiclit.len); break;
  case N_FUNCLIT:
    expr(sb, n->funclit.type, depth);
    sb_putc(sb, ' ');
    body(sb, n->funclit.body->blockstmt.stmts.len == 0);
    break;
  case N_COMPOSITELIT:
    expr(sb, n->compositelit.type, depth);
    body(sb, n->compositelit.elts.len == 0);
    break;
  case N_PAREN:
    sb_putc(sb, '(');
    expr(sb, n->paren.x, depth);
    sb_putc(sb, ')');
    break;
  case N_SELECTOR:
    expr(sb, n->selector.x, depth);
    sb_putc(sb, '.');
    expr(sb, n->selector.sel, depth);
    break;
  case N_INDEX:
    expr(sb, n->index.x, depth);
    sb_putc(sb, '[');
    list(sb, n->index.indices, depth);
    sb_putc(sb, ']');
    break;
  case N_SLICE:
    expr(sb, n->slice.x, depth);
    sb_putc(sb, '[');
    expr(sb, n->slice.lo, depth);
    sb_putc(sb, ':');
    expr(sb, n->slice.hi, depth);
    if (n->slice.max) {
      sb_putc(sb, ':');
      expr(sb, n->slice.max, depth);
    }
    sb_putc(sb, ']');
    break;
  case N_TYPEASSERT:
    expr(sb, n->typeassert.x, depth);
    sb_puts(sb, ".(");
    if (n->typeassert.type)
      expr(sb, n->typeassert.type, depth);
    else
      sb_puts(sb, "type");
    sb_putc(sb, ')');
    break;
  case N_CALL:
    expr(sb, n->call.fun, depth);
    sb_putc(sb, '(');
    list(sb, n->call.args, depth);
    if (n->call.ellipsis.line) sb_puts(sb, "...");
    sb_putc(sb, ')');
    break;
  case N_STAR:
    sb_putc(sb, '*');
    expr(sb, n->star.x, depth);
    break;
  case N_UNARY:
    sb_puts(sb, tok_text(n->unary.op));
    expr(sb, n->unary.x, depth);
    break;
  case N_BINARY:
    expr(sb, n->binary.x, depth);
    sb_printf(sb, " %s ", tok_text(n->binary.op));
    expr(sb, n->binary.y, depth);
    break;
  case N_KEYVALUE:
    expr(sb, n->keyvalue.key, depth);
    sb_puts(sb, ": ");
    expr(sb, n->keyvalue.value, depth);
    break;
  case N_ARRAYTYPE:
    sb_putc(sb, '[');
    expr(sb, n->arraytype.len, depth);
    sb_putc(sb, ']');
    expr(sb, n->arraytype.elt, depth);
    break;
  case N_STRUCTTYPE:
    sb_puts(sb, "struct{");
    fields(sb, n->structtype.fields, "; ", depth);
    sb_putc(sb, '}');
    break;
  case N_FUNCTYPE:
    sb_puts(sb, "func");
    signature(sb, n, depth);
    break;
  case N_INTERFACETYPE:
    sb_puts(sb, "interface{");
    methods(sb, n->interfacetype.methods, depth);
    sb_putc(sb, '}');
    break;
  case N_MAPTYPE:
    sb_puts(sb, "map[");
    expr(sb, n->maptype.key, depth);
    sb_putc(sb, ']');
    expr(sb, n->maptype.value, depth);
    break;
  case N_CHANTYPE: chantype(sb, n, depth); break;
  case N_ELLIPSIS:
    sb_puts(sb, "...");
    expr(sb, n->ellipsis.elt, depth);
    break;
  default: sb_printf(sb, "<%s>", ast_kind_name(n->kind)); break;
  }
}

void ast_expr_string(StrBuf *sb, const Node *n) { expr(sb, n, 0); }

void parse_list_string(StrBuf *sb, NodeList l) { list(sb, l, 0); }

/* parse_stmt_string: a simple statement as gc quotes it (`x := 1`). */
void parse_stmt_string(StrBuf *sb, const Node *s) {
  switch (s->kind) {
  case N_EXPRSTMT: expr(sb, s->exprstmt.x, 0); break;
  case N_ASSIGNSTMT:
    list(sb, s->assignstmt.lhs, 0);
    sb_printf(sb, " %s ", tok_text(s->assignstmt.tok));
    list(sb, s->assignstmt.rhs, 0);
    break;
  case N_INCDECSTMT:
    expr(sb, s->incdecstmt.x, 0);
    sb_puts(sb, tok_text(s->incdecstmt.tok));
    break;
  case N_SENDSTMT:
    expr(sb, s->sendstmt.chan, 0);
    sb_puts(sb, " <- ");
    expr(sb, s->sendstmt.value, 0);
    break;
  default: sb_puts(sb, ast_kind_name(s->kind)); break;
  }
}
