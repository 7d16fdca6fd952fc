/*
** base.h -- support shared by every stage of subgo.
**
** Memory:       xmalloc/xrealloc abort on exhaustion (a compiler cannot recover
**               from it); Arena gives bump allocation for data that lives as long
**               as one compilation (tokens' text, AST, types).
** Vectors:      VEC(T) is a growable array { items, len, cap } pushed with vec_push.
** Strings:      StrBuf is a growable byte buffer; intern() maps equal byte strings
**               to one pointer, so identifiers compare with ==.
** Sources:      SrcFile holds one input file's bytes and the name errors print.
** Diagnostics:  Diags collects "file:LINE:COL: message" errors the way gc does:
**               sorted by position when flushed, identical lines printed once,
**               and after the 10th error "too many errors" and nothing more.
*/
#ifndef SUBGO_BASE_H
#define SUBGO_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SUBGO_VERSION "0.1.0"
#define SUBGO_GO_VERSION "go1.19"

/* ---- memory ---- */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);

typedef struct Arena Arena;
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t n); /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

/* ---- growable arrays ---- */
#define VEC(T) struct { T *items; int len, cap; }
#define vec_grow(v, n)                                                         \
  ((v)->len + (n) > (v)->cap                                                   \
       ? ((v)->cap = (v)->cap * 2 > (v)->len + (n) ? (v)->cap * 2              \
                                                   : (v)->len + (n) + 4,       \
          (v)->items = xrealloc((v)->items, sizeof *(v)->items * (v)->cap), 0) \
       : 0)
#define vec_push(v, x) (vec_grow((v), 1), (v)->items[(v)->len++] = (x))
#define vec_free(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

/* ---- strings ---- */
typedef struct StrBuf {
  char *buf; /* always NUL-terminated once anything was written */
  size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *sb, char c);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_puts(StrBuf *sb, const char *s);
void sb_printf(StrBuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void sb_free(StrBuf *sb);
const char *sb_str(StrBuf *sb); /* "" when empty */

/* intern returns the unique copy of s[0..n); it lives until process exit. */
const char *intern(const char *s, size_t n);
const char *intern_cstr(const char *s);

/* ---- positions and source files ---- */
typedef struct Pos {
  int32_t line; /* 1-based; 0 means "no position" */
  int32_t col;  /* 1-based, counted in bytes as gc counts */
} Pos;
bool pos_before(Pos a, Pos b);

typedef struct SrcFile {
  const char *path; /* as given on the command line: errors print it */
  const char *text; /* NUL-terminated copy of the file's bytes */
  size_t len;       /* byte length (the text may contain NULs) */
} SrcFile;
SrcFile *src_read(const char *path); /* NULL and errno set on failure */
SrcFile *src_from_memory(const char *path, const char *text, size_t len);
void src_free(SrcFile *f);

/* ---- diagnostics ---- */
enum { DIAG_MAX_ERRORS = 10 }; /* gc stops after ten errors */

typedef struct DiagMsg {
  const char *path;
  Pos pos;
  char *msg;
  int seq; /* report order, keeps the sort stable */
} DiagMsg;

typedef struct Diags {
  VEC(DiagMsg) pending; /* reported, not yet printed */
  int nerrors;          /* all errors reported so far */
  bool too_many;        /* the limit was hit: stages should stop */
  bool no_limit;        /* -e: report every error */
  FILE *out;            /* where flush prints (stderr by default) */
  /* gc's per-line filters (see diag.c) */
  const char *last_syntax_path, *last_other_path;
  Pos last_syntax, last_other;
  char *last_other_msg;
} Diags;

void diag_init(Diags *d, FILE *out);
void diag_errorf(Diags *d, const SrcFile *f, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_verrorf(Diags *d, const SrcFile *f, Pos pos, const char *fmt,
                  va_list ap);
void diag_flush(Diags *d); /* print pending errors sorted by position */
void diag_free(Diags *d);

/* fatal reports a broken internal invariant, naming the function that found
** it (like Go's throw), and aborts. */
#define fatal(...) base_fatal(__func__, __VA_ARGS__)
_Noreturn void base_fatal(const char *fn, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
