/*
** exprstring_test.c -- prints every expression statement of a file's
** function bodies as ast_expr_string renders it, "LINE: EXPR", for comparison
** with exprstring.golden (gc's own quotes, made by gen_golden.sh).
*/
#include "parser/parser.h"

#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: exprstring_test FILE.go\n");
    return 2;
  }
  Diags d;
  diag_init(&d, stderr);
  SrcFile *src = src_read(argv[1]);
  if (!src) {
    perror(argv[1]);
    return 2;
  }
  AstFile *f = parse_file(src, &d);
  diag_flush(&d);
  for (int i = 0; i < f->decls.len; i++) {
    const Node *fn = f->decls.items[i];
    if (fn->kind != N_FUNCDECL || !fn->funcdecl.body) continue;
    NodeList stmts = fn->funcdecl.body->blockstmt.stmts;
    for (int j = 0; j < stmts.len; j++) {
      const Node *s = stmts.items[j];
      if (s->kind != N_EXPRSTMT) continue;
      StrBuf sb = {0};
      ast_expr_string(&sb, s->exprstmt.x);
      printf("%d: %s\n", s->pos.line, sb_str(&sb));
      sb_free(&sb);
    }
  }
  parse_free(f);
  src_free(src);
  return d.nerrors ? 1 : 0;
}
