/*
** dump.c -- `subgo dump tokens`: the token stream as text, for teaching and
** for golden tests against Go's own scanner (tests/lexer/gotokens.go prints
** the same format).
**
** One line per token: "LINE:COL<TAB>NAME<TAB>literal". The literal column is
** escaped so a token is always one line: backslash, tab, newline and carriage
** return as \\ \t \n \r, other control bytes as \xHH; everything else,
** including UTF-8, is printed as is.
*/
#include "lexer.h"

static void put_escaped(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b == '\\')
      fputs("\\\\", out);
    else if (b == '\t')
      fputs("\\t", out);
    else if (b == '\n')
      fputs("\\n", out);
    else if (b == '\r')
      fputs("\\r", out);
    else if (b < 0x20 || b == 0x7F)
      fprintf(out, "\\x%02x", b);
    else
      putc(b, out);
  }
}

void lex_dump(const SrcFile *src, FILE *out, Diags *diags) {
  Arena *arena = arena_new();
  Lexer *lx = lex_open(src, arena, diags);
  Token t;
  do {
    lex_next(lx, &t);
    fprintf(out, "%d:%d\t%s\t", t.pos.line, t.pos.col, tok_name(t.kind));
    if (t.lit) put_escaped(out, t.lit, t.len);
    putc('\n', out);
  } while (t.kind != TK_EOF);
  lex_close(lx);
  arena_free(arena);
}
