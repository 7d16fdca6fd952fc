/*
** fuzz_frontend.c -- libFuzzer target for the front end. Any bytes go through
** the lexer (every token to EOF), then the parser and, when the file parsed,
** the type checker, exactly as `subgo dump types` does. Errors are printed to
** /dev/null; the target must never crash, hang or trip ASan/UBSan.
**
** Built as target `fuzz` (tests/fuzz/CMakeLists.txt); run by run_fuzz.sh.
*/
#include "../../types/types.h"

#include <stdlib.h>

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  return 0;
}

static void lex_all(const SrcFile *src) {
  Diags d;
  diag_init(&d, devnull);
  Arena *arena = arena_new();
  Lexer *lx = lex_open(src, arena, &d);
  Token tok;
  do lex_next(lx, &tok);
  while (tok.kind != TK_EOF);
  lex_close(lx);
  arena_free(arena);
  diag_flush(&d);
  diag_free(&d);
}

static void parse_and_check(const SrcFile *src) {
  Diags d;
  diag_init(&d, devnull);
  AstFile *file = parse_file(src, &d);
  if (d.nerrors == 0) types_check(&file, 1, &d);
  diag_flush(&d);
  diag_free(&d);
  parse_free(file);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  SrcFile *src = src_from_memory("fuzz.go", (const char *)data, size);
  lex_all(src);
  parse_and_check(src);
  src_free(src);
  return 0;
}
