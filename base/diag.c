/*
** diag.c -- gc-style error reporting.
**
** gc's rules, which tests compare byte for byte:
**  - errors are held back and printed sorted by position (stable: equal
**    positions keep report order), each "path:LINE:COL: message";
**  - at report time, only the first syntax error ("syntax error: ...") of a
**    line counts, and an error repeating the previous non-syntax error's
**    message on the same line is dropped (gc's ErrorfAt), so duplicates
**    never use up the limit;
**  - a line identical to the one just printed is dropped;
**  - when the 10th error is reported, everything held is printed followed by
**    "path:LINE:COL: too many errors" at that 10th error, and later errors are
**    ignored (d->too_many tells stages to stop early).
*/
#include "base.h"

#include <stdlib.h>
#include <string.h>

void diag_init(Diags *d, FILE *out) {
  memset(d, 0, sizeof *d);
  d->out = out ? out : stderr;
}

static int diag_cmp(const void *pa, const void *pb) {
  const DiagMsg *a = pa, *b = pb;
  int c = strcmp(a->path, b->path);
  if (c) return c;
  if (a->pos.line != b->pos.line) return a->pos.line < b->pos.line ? -1 : 1;
  if (a->pos.col != b->pos.col) return a->pos.col < b->pos.col ? -1 : 1;
  return a->seq - b->seq;
}

static void diag_print(Diags *d, const char *path, Pos pos, const char *msg,
                       StrBuf *last) {
  StrBuf line = {0};
  sb_printf(&line, "%s:%d:%d: %s\n", path, pos.line, pos.col, msg);
  if (!last->buf || strcmp(last->buf, line.buf) != 0) fputs(line.buf, d->out);
  sb_free(last);
  *last = line;
}

void diag_flush(Diags *d) {
  if (d->pending.len == 0) return;
  qsort(d->pending.items, (size_t)d->pending.len, sizeof(DiagMsg), diag_cmp);
  StrBuf last = {0};
  for (int i = 0; i < d->pending.len; i++) {
    DiagMsg *m = &d->pending.items[i];
    diag_print(d, m->path, m->pos, m->msg, &last);
    free(m->msg);
  }
  sb_free(&last);
  d->pending.len = 0;
  fflush(d->out);
}

static bool same_line(const char *path, Pos pos, const char *lpath, Pos lpos) {
  return lpath && lpos.line == pos.line && strcmp(lpath, path) == 0;
}

/* diag_is_repeat applies gc's per-line filters and remembers this error. */
static bool diag_is_repeat(Diags *d, const char *path, Pos pos, const char *msg) {
  if (strncmp(msg, "syntax error", 12) == 0) {
    if (same_line(path, pos, d->last_syntax_path, d->last_syntax)) return true;
    d->last_syntax_path = path;
    d->last_syntax = pos;
    return false;
  }
  if (same_line(path, pos, d->last_other_path, d->last_other) &&
      d->last_other_msg && strcmp(d->last_other_msg, msg) == 0)
    return true;
  free(d->last_other_msg);
  d->last_other_path = path;
  d->last_other = pos;
  d->last_other_msg = xstrndup(msg, strlen(msg));
  return false;
}

void diag_verrorf(Diags *d, const SrcFile *f, Pos pos, const char *fmt,
                  va_list ap) {
  if (d->too_many) return;
  StrBuf sb = {0};
  sb_vprintf(&sb, fmt, ap);
  const char *path = f ? f->path : "<unknown>";
  if (diag_is_repeat(d, path, pos, sb_str(&sb))) {
    sb_free(&sb);
    return;
  }
  DiagMsg m = {path, pos, xstrndup(sb_str(&sb), sb.len), d->nerrors};
  sb_free(&sb);
  vec_push(&d->pending, m);
  d->nerrors++;
  if (d->nerrors >= DIAG_MAX_ERRORS && !d->no_limit) {
    diag_flush(d);
    fprintf(d->out, "%s:%d:%d: too many errors\n", path, pos.line, pos.col);
    fflush(d->out);
    d->too_many = true;
  }
}

void diag_errorf(Diags *d, const SrcFile *f, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verrorf(d, f, pos, fmt, ap);
  va_end(ap);
}

void diag_free(Diags *d) {
  for (int i = 0; i < d->pending.len; i++) free(d->pending.items[i].msg);
  vec_free(&d->pending);
  free(d->last_other_msg);
  d->last_other_msg = NULL;
}
