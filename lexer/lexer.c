/*
** lexer.c -- driving the flex scanner: positions and semicolon insertion.
**
** Semicolon insertion follows gc's scanner, which is the Go spec made
** precise. `nlsemi` is set by the tokens after which a line may end a
** statement (names, literals, break continue fallthrough return, ++ -- ) ] })
** and cleared by every other token. While it is set, the next newline -- or a
** block comment spanning lines, or the end of the file -- becomes a SEMICOLON.
** Its position is where gc puts it, which is what "unexpected newline" errors
** print: the newline character itself (after any line comment or one-line
** block comment on that line), the start of a multi-line block comment, or
** the end of the file. Comments that do not end a line are invisible.
**
** Token texts point into the arena (literals) or the intern table (names),
** never into flex's buffer, so tokens outlive the Lexer.
*/
#include "lex_internal.h"

#include "scan.h"

#include <stdlib.h>
#include <string.h>

Lexer *lex_open(const SrcFile *src, Arena *arena, Diags *diags) {
  Lexer *lx = xcalloc(1, sizeof *lx);
  lx->src = src;
  lx->arena = arena;
  lx->diags = diags;
  lx->line = 1;
  if (gosc_lex_init_extra(lx, (yyscan_t *)&lx->scanner) != 0)
    fatal("cannot start the scanner");
  gosc__scan_bytes(src->text, (int)src->len, lx->scanner);
  return lx;
}

void lex_close(Lexer *lx) {
  if (!lx) return;
  gosc_lex_destroy(lx->scanner);
  free(lx);
}

void lex_advance(Lexer *lx, size_t len) {
  lx->tok_off = lx->off;
  lx->tok_len = len;
  lx->tok_pos = (Pos){lx->line, (int32_t)(lx->off - lx->line_start + 1)};
  lx->off += len;
}

/* lex_newlines moves the line count past the newlines in the raw token just
** matched. */
void lex_newlines(Lexer *lx) {
  const char *s = lx->src->text + lx->tok_off, *end = s + lx->tok_len;
  while ((s = memchr(s, '\n', (size_t)(end - s))) != NULL) {
    s++;
    lx->line++;
    lx->line_start = (size_t)(s - lx->src->text);
  }
}

void lex_errorf(Lexer *lx, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verrorf(lx->diags, lx->src, pos, fmt, ap);
  va_end(ap);
}

static bool ends_statement(TokKind k) {
  switch (k) {
  case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR:
  case TK_STRING: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH:
  case TK_RETURN: case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK:
  case TK_RBRACE:
    return true;
  default:
    return false;
  }
}

static void set_token(Lexer *lx, Token *tok, TokKind k) {
  const char *text = lx->src->text + lx->tok_off;
  tok->kind = k;
  tok->pos = lx->tok_pos;
  tok->lit = NULL;
  tok->len = 0;
  switch (k) {
  case TK_IDENT:
    tok->lit = intern(text, lx->tok_len);
    tok->len = lx->tok_len;
    break;
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    tok->lit = arena_strndup(lx->arena, text, lx->tok_len);
    tok->len = lx->tok_len;
    break;
  case TK_SEMICOLON:
    tok->lit = "semicolon";
    tok->len = strlen(tok->lit);
    break;
  default:
    break;
  }
}

static void set_semicolon(Token *tok, Pos pos, const char *why) {
  *tok = (Token){TK_SEMICOLON, pos, why, strlen(why)};
}

/* raw_next returns flex's next raw token, TK_EOF for ever at the end (and
** once gc would have given up: after too many errors). */
static int raw_next(Lexer *lx) {
  if (!lx->done && !lx->diags->too_many) {
    int k = gosc_lex(lx->scanner);
    if (k != TK_EOF) return k;
  }
  lx->done = true;
  lx->tok_pos = (Pos){lx->line, (int32_t)(lx->off - lx->line_start + 1)};
  lx->tok_off = lx->off;
  lx->tok_len = 0;
  return TK_EOF;
}

void lex_next(Lexer *lx, Token *tok) {
  for (;;) {
    int k = raw_next(lx);
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    if (k == LEX_NEWLINE) {
      if (!nlsemi) continue;
      set_semicolon(tok, lx->tok_pos, "newline");
    } else if (k == TK_EOF && nlsemi) {
      set_semicolon(tok, lx->tok_pos, "EOF");
    } else {
      set_token(lx, tok, (TokKind)k);
      lx->nlsemi = ends_statement((TokKind)k);
    }
    return;
  }
}
