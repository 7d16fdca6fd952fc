/*
** source.c -- reading input files.
**
** A SrcFile owns a NUL-terminated copy of the bytes, so scanners may look one
** byte past the end; len is the true length (files may contain NULs, which the
** lexer reports as errors like gc does).
*/
#include "base.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool pos_before(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

SrcFile *src_from_memory(const char *path, const char *text, size_t len) {
  SrcFile *f = xmalloc(sizeof *f);
  f->path = xstrndup(path, strlen(path));
  f->text = xstrndup(text, len);
  f->len = len;
  return f;
}

SrcFile *src_read(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return NULL;
  StrBuf sb = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) sb_putn(&sb, chunk, n);
  int err = ferror(fp) ? errno : 0;
  fclose(fp);
  if (err) {
    sb_free(&sb);
    errno = err;
    return NULL;
  }
  SrcFile *f = src_from_memory(path, sb_str(&sb), sb.len);
  sb_free(&sb);
  return f;
}

void src_free(SrcFile *f) {
  if (!f) return;
  free((char *)f->path);
  free((char *)f->text);
  free(f);
}
