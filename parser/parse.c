/*
** parse.c -- the parser stage's entry points.
**
** One Parser per file: it owns the lexer, points into the file's arena and
** carries what the error reporter needs across bison's callbacks. The tree
** and every list in it live in the arena, so parse_free is one arena_free.
*/
#include "internal.h"

AstFile *parse_file(const SrcFile *src, Diags *diags) {
  Arena *arena = arena_new();
  AstFile *f = arena_alloc(arena, sizeof *f);
  f->src = src;
  f->arena = arena;
  Parser p = {.src = src, .diags = diags, .arena = arena, .file = f};
  p.lx = lex_open(src, arena, diags);
  parse_run(&p);
  parse_generic_flush(&p);
  lex_close(p.lx);
  return f;
}

void parse_free(AstFile *f) {
  if (f) arena_free(f->arena); /* f itself lives in the arena */
}
