/*
** syntax.c -- syntax errors in the words `go build` prints.
**
** bison tells us the offending token, the tokens it could have shifted
** instead (exact, thanks to LAC) and, through go.y's describe(), which list
** or header the error is in. gc's recursive-descent parser words an error by
** the function that found it: a list that misses its separator ("in
** argument list; possibly missing comma or )"), a statement followed by junk
** ("at end of statement"), an operand that is not there ("expecting
** expression")... parse_syntax_error maps bison's facts onto those cases.
**
** Two of gc's rules are kept here: one syntax error per line, and none at
** EOF once an error was reported. Errors in the package clause and import
** block are the go command's own, found before the compiler runs, by
** go/parser: those are worded as go/parser words them ("expected 'STRING',
** found newline") and end the parse, since go build stops there too.
*/
#include "internal.h"

#include <string.h>

void parse_errorf(Parser *p, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verrorf(p->diags, p->src, pos, fmt, ap);
  va_end(ap);
}

void parse_syntax_errorf(Parser *p, Pos pos, const char *fmt, ...) {
  if (p->nsyntax && pos.line == p->err_line) return;
  p->err_line = pos.line;
  p->nsyntax++;
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&sb, fmt, ap);
  va_end(ap);
  diag_errorf(p->diags, p->src, pos, "syntax error: %s", sb_str(&sb));
  sb_free(&sb);
}

/* ---- how tokens are named ---- */

/* found: the offending token as gc names it: names bare, "literal 42",
** "newline"/"semicolon"/"EOF" for semicolons, operators as written. */
static void found(StrBuf *sb, const Token *t) {
  switch (t->kind) {
  case TK_IDENT: sb_puts(sb, t->lit); break;
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    sb_printf(sb, "literal %s", t->lit);
    break;
  case TK_SEMICOLON: sb_puts(sb, t->lit); break;
  default: sb_puts(sb, tok_text(t->kind)); break;
  }
}

/* expecting: a token as gc's tokstring names it in "expecting X". */
static const char *expecting(TokKind k) {
  switch (k) {
  case TK_SEMICOLON: return "semicolon or newline";
  default: return tok_text(k);
  }
}

/* ---- go/parser's words, for the package clause and imports ---- */

static void goparser_found(StrBuf *sb, const Token *t) {
  switch (t->kind) {
  case TK_SEMICOLON:
    if (strcmp(t->lit, "semicolon") == 0)
      sb_puts(sb, "';'");
    else
      sb_puts(sb, "newline");
    break;
  case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR:
  case TK_STRING:
    sb_puts(sb, t->lit);
    break;
  case TK_COMMA: sb_puts(sb, "','"); break;
  default: sb_printf(sb, "'%s'", tok_text(t->kind)); break;
  }
}

/* goparser_pos: where go/parser puts the offending token. The go command
** hands it the file without its final newline, so EOF is one column past
** where that newline was. */
static Pos goparser_pos(const Parser *p) {
  const SrcFile *f = p->src;
  if (p->tok.kind != TK_EOF || f->len == 0 || f->text[f->len - 1] != '\n')
    return p->tok.pos;
  size_t start = f->len - 1;
  while (start > 0 && f->text[start - 1] != '\n') start--;
  return (Pos){p->tok.pos.line - 1, (int32_t)(f->len - start) + 1};
}

/* header_error words an error of the file's header the way the go command
** reports it: go/parser's "expected X, found Y". An import spec followed by
** junk on its own line is left to gc: the go command's import reader stops
** before it. */
static bool header_error(Parser *p, const SyntaxError *e) {
  const bool *x = e->expected;
  const char *want;
  if (x[TK_PACKAGE]) want = "'package'";
  else if (e->ctx == CTX_PACKAGE && x[TK_IDENT]) want = "'IDENT'";
  else if (e->ctx == CTX_PACKAGE) return false;
  else if (p->tok.kind == TK_EOF && x[TK_RPAREN]) want = "')'";
  else if (x[TK_STRING]) want = "'STRING'";
  else if (x[TK_RPAREN]) want = "';'"; /* in ( ), after a spec */
  else return false;
  StrBuf sb = {0};
  goparser_found(&sb, &p->tok);
  parse_errorf(p, goparser_pos(p), "expected %s, found %s", want, sb_str(&sb));
  sb_free(&sb);
  p->stop = true;
  return true;
}

/* ---- gc's words ---- */

static bool is_eof(const Token *t) {
  return t->kind == TK_EOF ||
         (t->kind == TK_SEMICOLON && strcmp(t->lit, "EOF") == 0);
}

/* The list contexts: gc's p.list(context, sep, close). */
static bool list_context(SyntaxCtx ctx, const char **what, TokKind *sep,
                         TokKind *close) {
  switch (ctx) {
  case CTX_ARGS: *what = "argument list"; *sep = TK_COMMA; *close = TK_RPAREN; return true;
  case CTX_PARAMS: *what = "parameter list"; *sep = TK_COMMA; *close = TK_RPAREN; return true;
  case CTX_COMPLIT: *what = "composite literal"; *sep = TK_COMMA; *close = TK_RBRACE; return true;
  case CTX_GROUP: *what = "grouped declaration"; *sep = TK_SEMICOLON; *close = TK_RPAREN; return true;
  case CTX_STRUCT: *what = "struct type"; *sep = TK_SEMICOLON; *close = TK_RBRACE; return true;
  case CTX_IFACE: *what = "interface type"; *sep = TK_SEMICOLON; *close = TK_RBRACE; return true;
  default: return false;
  }
}

static const char *sep_name(TokKind k) {
  return k == TK_COMMA ? "comma" : expecting(k);
}

/* The clause of a statement header whose block gc wants next. */
static const char *clause_name(SyntaxCtx ctx) {
  return ctx == CTX_IF ? "if" : ctx == CTX_FOR ? "for" : "switch";
}

/* generic_expecting: gc's "expecting X" when no context rule applies, from
** the shape of the expected set. */
static const char *generic_expecting(const bool *x) {
  if (x[TK_INT]) return "expression";
  if (x[TK_MAP] && x[TK_LBRACK] && x[TK_MUL]) return "type";
  if (x[TK_DEFINE] && x[TK_ASSIGN] && x[TK_COMMA] && !x[TK_SEMICOLON])
    return ":= or = or comma";
  if (x[TK_RBRACK] && x[TK_COLON] && x[TK_COMMA]) return "comma, : or ]";
  if (x[TK_IDENT] && x[TK_LPAREN]) return "name or (";
  if (x[TK_IDENT]) return "name";
  static const TokKind closers[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_COLON,
                                    TK_LBRACE, TK_SEMICOLON, TK_ASSIGN,
                                    TK_LPAREN, TK_CHAN, TK_STRING};
  for (size_t i = 0; i < sizeof closers / sizeof *closers; i++)
    if (x[closers[i]]) return expecting(closers[i]);
  for (int k = 0; k < TK_COUNT; k++)
    if (x[k]) return expecting((TokKind)k);
  return "EOF";
}

/* gc_message writes the text after "syntax error: " into sb. */
static void gc_message(Parser *p, const SyntaxError *e, StrBuf *sb) {
  const bool *x = e->expected;
  const Token *t = &p->tok;
  StrBuf tok = {0};
  found(&tok, t);
  const char *what;
  TokKind sep, close;

  if (e->ctx == CTX_TOP && e->top == TOP_DECL_START) {
    const Node *d = p->last_decl;
    if (t->kind == TK_LBRACE && d && d->kind == N_FUNCDECL && !d->funcdecl.body)
      sb_puts(sb, "unexpected semicolon or newline before {");
    else
      sb_puts(sb, "non-declaration statement outside function body");
  } else if (e->ctx == CTX_TOP && x[TK_SEMICOLON]) {
    sb_printf(sb, "unexpected %s after top level declaration", tok.buf);
  } else if (e->ctx == CTX_STMT && e->top == TOP_STMT_START) {
    sb_printf(sb, "unexpected %s, expecting %s", tok.buf,
              e->in_clause ? "case or default or }" : "}");
  } else if (e->top == TOP_RETURN && x[TK_INT]) {
    sb_printf(sb, "unexpected %s, expecting expression", tok.buf);
  } else if ((e->ctx == CTX_STMT || e->top == TOP_BODY) && x[TK_SEMICOLON]) {
    sb_printf(sb, "unexpected %s at end of statement", tok.buf);
  } else if (list_context(e->ctx, &what, &sep, &close) && x[close] && is_eof(t)) {
    sb_printf(sb, "unexpected %s, expecting %s", tok.buf, expecting(close));
  } else if (list_context(e->ctx, &what, &sep, &close) && x[sep] && x[close]) {
    sb_printf(sb, "unexpected %s in %s; possibly missing %s or %s", tok.buf,
              what, sep_name(sep), expecting(close));
  } else if ((e->ctx == CTX_TYPEDECL || e->type_group) && x[TK_MAP]) {
    sb_printf(sb, "unexpected %s in type declaration", tok.buf);
  } else if (e->ctx == CTX_TYPEDECL && x[TK_SEMICOLON]) {
    sb_printf(sb, e->in_func ? "unexpected %s at end of statement"
                             : "unexpected %s after top level declaration", tok.buf);
  } else if (e->ctx == CTX_STRUCT && x[TK_IDENT] && x[TK_RBRACE]) {
    sb_printf(sb, "unexpected %s, expecting field name or embedded type", tok.buf);
  } else if (e->ctx == CTX_IFACE && x[TK_TILDE]) {
    sb_printf(sb, "unexpected %s, expecting ~ term or type", tok.buf);
  } else if (e->top == TOP_CHAN || (e->top == TOP_ARROW && x[TK_MAP] && !x[TK_INT])) {
    sb_puts(sb, "missing channel element type");
  } else if (e->ctx == CTX_PARAMS && x[TK_MAP] && !x[TK_INT] &&
             (e->top == TOP_LIST_START || e->top == TOP_COMMA)) {
    sb_printf(sb, "unexpected %s, expecting )", tok.buf);
  } else if (e->array_len && t->kind == TK_COMMA && x[TK_RBRACK]) {
    sb_puts(sb, "unexpected comma; expecting ]");
  } else if (e->top == TOP_INDEX_COMMA) {
    sb_printf(sb, "unexpected %s, expecting ]", tok.buf);
  } else if (e->top == TOP_INDEX && t->kind == TK_RBRACK && x[TK_INT]) {
    sb_printf(sb, "unexpected %s, expecting operand", tok.buf);
  } else if (e->top == TOP_LBRACK && t->kind == TK_RBRACK && x[TK_INT]) {
    sb_printf(sb, "unexpected %s, expecting type", tok.buf);
  } else if (e->top == TOP_FUNC_KW && x[TK_IDENT]) {
    sb_printf(sb, "unexpected %s, expecting name or (", tok.buf);
  } else if (e->top == TOP_ELLIPSIS && x[TK_MAP]) {
    sb_puts(sb, "... is missing type");
  } else if (e->ctx == CTX_ELSE) {
    sb_puts(sb, "else must be followed by if or statement block");
  } else if (e->ctx == CTX_SELECT) {
    sb_puts(sb, "missing { after select clause");
  } else if (e->ctx == CTX_CASES) {
    sb_printf(sb, "unexpected %s, expecting case or default or }", tok.buf);
  } else if (e->ctx == CTX_CASE && x[TK_COLON]) {
    sb_printf(sb, "unexpected %s, expecting :", tok.buf);
  } else if ((e->ctx == CTX_IF || e->ctx == CTX_FOR || e->ctx == CTX_SWITCH) &&
             x[TK_LBRACE] && !x[TK_INT]) {
    if (e->header_semis == 0 && e->top != TOP_HEADER && !e->range)
      sb_printf(sb, "unexpected %s, expecting {", tok.buf);
    else if (e->ctx == CTX_SWITCH)
      sb_puts(sb, "missing { after switch clause");
    else
      sb_printf(sb, "unexpected %s, expecting { after %s clause", tok.buf,
                clause_name(e->ctx));
  } else if (e->ctx == CTX_FOR && e->header_semis == 1 && x[TK_SEMICOLON] &&
             t->kind == TK_LBRACE && e->top == TOP_SEMI) {
    sb_printf(sb, "unexpected %s, expecting for loop condition", tok.buf);
  } else {
    sb_printf(sb, "unexpected %s, expecting %s", tok.buf,
              e->top == TOP_DECL_KW && x[TK_IDENT] ? "name" : generic_expecting(x));
  }
  sb_free(&tok);
}

/* ---- recovery inside lists, as gc's list() does it ---- */

static bool is_closer(TokKind k) {
  return k == TK_RPAREN || k == TK_RBRACK || k == TK_RBRACE;
}

/* gc's stopset: statement keywords its skipping never crosses in a body. */
static bool is_stop(TokKind k) {
  switch (k) {
  case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER:
  case TK_FALLTHROUGH: case TK_FOR: case TK_GO: case TK_GOTO: case TK_IF:
  case TK_RETURN: case TK_SELECT: case TK_SWITCH: case TK_TYPE: case TK_VAR:
    return true;
  default: return false;
  }
}

/* list_closer: the token closing the list an error is in, when go.y has an
** `open error close` rule for that list. */
static TokKind list_closer(SyntaxCtx ctx) {
  switch (ctx) {
  case CTX_ARGS: case CTX_PARAMS: case CTX_GROUP: return TK_RPAREN;
  case CTX_COMPLIT: case CTX_STRUCT: case CTX_IFACE: return TK_RBRACE;
  default: return TK_EOF;
  }
}

/* recover_list arranges what gc does after an error in a list: skip to the
** next ) ] } (or statement keyword in a body); if that is not the list's
** own closer, the list ends there without consuming it. Bison throws the
** offending token away and then reads on: parse_skip does the skipping,
** and a foreign closer is handed over after an inserted closer of ours. */
static void recover_list(Parser *p, const SyntaxError *e) {
  TokKind close = list_closer(e->ctx);
  if (close == TK_EOF || is_eof(&p->tok)) return;
  p->skip_in_func = e->in_func;
  if (is_closer(p->tok.kind) || (e->in_func && is_stop(p->tok.kind))) {
    p->insert = close;
    p->pending = p->tok;
  } else {
    p->skip_to = close;
  }
}

void parse_skip(Parser *p) {
  while (p->tok.kind != TK_EOF && !is_closer(p->tok.kind) &&
         !(p->skip_in_func && is_stop(p->tok.kind)))
    lex_next(p->lx, &p->tok);
  if (p->tok.kind != p->skip_to && p->tok.kind != TK_EOF) {
    p->pending = p->tok;
    p->tok = (Token){p->skip_to, p->tok.pos, tok_text(p->skip_to), 0};
  }
  p->skip_to = TK_EOF;
}

/* plan_recovery sets up what yylex hands bison after the error, so that
** bison's recovery (go.y's error rules) resumes where gc's would. */
static void plan_recovery(Parser *p, const SyntaxError *e) {
  TokKind t = p->tok.kind;
  bool stmt_start = e->top == TOP_STMT_START || e->top == TOP_LABEL;
  if (e->ctx == CTX_STMT && stmt_start && !e->in_clause && !is_eof(&p->tok))
    p->insert = TK_RBRACE; /* gc ends the block before a non-statement */
  if (e->ctx == CTX_STMT && e->in_clause && (t == TK_CASE || t == TK_DEFAULT)) {
    p->insert = TK_SEMICOLON; /* the clause ends, the next one begins */
    p->pending = p->tok;
  }
  recover_list(p, e);
  /* an insertion must make progress: never twice before the same token */
  if (p->insert == TK_EOF) return;
  if (p->insert_line == p->tok.pos.line && p->insert_col == p->tok.pos.col) {
    p->insert = TK_EOF;
    p->pending.kind = TK_EOF;
  }
  p->insert_line = p->tok.pos.line;
  p->insert_col = p->tok.pos.col;
}

/* A label must be followed by a statement: gc reports that at the colon,
** then ends the statement list before the offending token. */
static void label_error(Parser *p, const SyntaxError *e) {
  parse_syntax_errorf(p, p->prev.pos, "missing statement after label");
  if (p->tok.kind == TK_CASE || p->tok.kind == TK_DEFAULT) return;
  StrBuf tok = {0};
  found(&tok, &p->tok);
  parse_syntax_errorf(p, p->tok.pos, "unexpected %s, expecting %s", tok.buf,
                      e->in_clause ? "case or default or }" : "}");
  sb_free(&tok);
}

void parse_syntax_error(Parser *p, const SyntaxError *e) {
  if (p->stop) return;
  /* go build reads the header (package clause, then imports) itself */
  bool header = e->ctx == CTX_PACKAGE ||
                (e->ctx == CTX_IMPORT && !parse_after_declarations(p));
  if (header && header_error(p, e)) return;
  if (p->tok.kind == TK_EOF && p->nsyntax) return; /* gc: no follow-ups at EOF */
  plan_recovery(p, e);
  if (e->top == TOP_LABEL) {
    label_error(p, e);
  } else {
    StrBuf sb = {0};
    gc_message(p, e, &sb);
    parse_syntax_errorf(p, p->tok.pos, "%s", sb_str(&sb));
    sb_free(&sb);
  }
}
