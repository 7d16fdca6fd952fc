/*
** values.c -- prints the value of every string and rune literal in the given
** files, as lex_string_value and lex_char_value decode them, in the format of
** `gotokens -values` (Go's strconv is the reference): per file a "# file"
** line, then "LINE:COL<TAB>STRING<TAB>hex bytes" or "...CHAR<TAB>U+XXXX".
*/
#include "../../lexer/lexer.h"

#include <errno.h>
#include <string.h>

static void print_value(const Token *t) {
  printf("%d:%d\t%s\t", t->pos.line, t->pos.col, tok_name(t->kind));
  if (t->kind == TK_CHAR) {
    printf("U+%04X\n", (unsigned)lex_char_value(t->lit, t->len));
    return;
  }
  StrBuf sb = {0};
  lex_string_value(t->lit, t->len, &sb);
  for (size_t i = 0; i < sb.len; i++)
    printf(i ? " %02x" : "%02x", (unsigned char)sb.buf[i]);
  putchar('\n');
  sb_free(&sb);
}

int main(int argc, char **argv) {
  Diags d;
  diag_init(&d, stderr);
  for (int i = 1; i < argc; i++) {
    SrcFile *src = src_read(argv[i]);
    if (!src) {
      fprintf(stderr, "open %s: %s\n", argv[i], strerror(errno));
      return 2;
    }
    printf("# %s\n", argv[i]);
    Arena *arena = arena_new();
    Lexer *lx = lex_open(src, arena, &d);
    Token t;
    do {
      lex_next(lx, &t);
      if (t.kind == TK_STRING || t.kind == TK_CHAR) print_value(&t);
    } while (t.kind != TK_EOF);
    lex_close(lx);
    arena_free(arena);
    src_free(src);
  }
  if (d.nerrors) diag_flush(&d);
  return d.nerrors ? 1 : 0;
}
