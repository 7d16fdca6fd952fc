/*
** strbuf.c -- growable byte buffers and the intern table.
**
** The intern table is open addressing over FNV-1a hashes; it doubles when
** half full, so probes stay short. Interned strings are never freed.
*/
#include "base.h"

#include <stdlib.h>
#include <string.h>

static void sb_reserve(StrBuf *sb, size_t extra) {
  if (sb->len + extra + 1 <= sb->cap) return;
  size_t cap = sb->cap ? sb->cap * 2 : 64;
  while (cap < sb->len + extra + 1) cap *= 2;
  sb->buf = xrealloc(sb->buf, cap);
  sb->cap = cap;
}

void sb_putn(StrBuf *sb, const char *s, size_t n) {
  sb_reserve(sb, n);
  memcpy(sb->buf + sb->len, s, n);
  sb->len += n;
  sb->buf[sb->len] = 0;
}

void sb_putc(StrBuf *sb, char c) { sb_putn(sb, &c, 1); }
void sb_puts(StrBuf *sb, const char *s) { sb_putn(sb, s, strlen(s)); }

void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) fatal("bad format %s", fmt);
  sb_reserve(sb, (size_t)n);
  vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
  sb->len += (size_t)n;
}

void sb_printf(StrBuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(sb, fmt, ap);
  va_end(ap);
}

const char *sb_str(StrBuf *sb) { return sb->buf ? sb->buf : ""; }

void sb_free(StrBuf *sb) {
  free(sb->buf);
  sb->buf = NULL;
  sb->len = sb->cap = 0;
}

/* ---- intern table ---- */

typedef struct InternEntry {
  const char *str;
  size_t len;
  uint32_t hash;
} InternEntry;

static struct {
  InternEntry *slots;
  size_t cap, count;
} interns;

static uint32_t fnv1a(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void intern_rehash(void) {
  size_t cap = interns.cap ? interns.cap * 2 : 1024;
  InternEntry *slots = xcalloc(cap, sizeof *slots);
  for (size_t i = 0; i < interns.cap; i++) {
    InternEntry e = interns.slots[i];
    if (!e.str) continue;
    size_t j = e.hash & (cap - 1);
    while (slots[j].str) j = (j + 1) & (cap - 1);
    slots[j] = e;
  }
  free(interns.slots);
  interns.slots = slots;
  interns.cap = cap;
}

const char *intern(const char *s, size_t n) {
  if (interns.count * 2 >= interns.cap) intern_rehash();
  uint32_t h = fnv1a(s, n);
  size_t j = h & (interns.cap - 1);
  for (;; j = (j + 1) & (interns.cap - 1)) {
    InternEntry *e = &interns.slots[j];
    if (!e->str) break;
    if (e->hash == h && e->len == n && memcmp(e->str, s, n) == 0) return e->str;
  }
  interns.slots[j] = (InternEntry){xstrndup(s, n), n, h};
  interns.count++;
  return interns.slots[j].str;
}

const char *intern_cstr(const char *s) { return intern(s, strlen(s)); }
