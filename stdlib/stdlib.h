/*
** stdlib.h -- the Go sources of subgo's standard library, embedded into the
** binary at build time (stdlib/embed.cmake writes stdlib_embed.c), so subgo
** needs no files installed. A package is every .go file in stdlib/<importpath>/.
*/
#ifndef SUBGO_STDLIB_H
#define SUBGO_STDLIB_H

#include <stddef.h>

typedef struct StdlibFile {
  const char *pkgpath; /* import path, e.g. "strings", "sync/atomic" */
  const char *name;    /* file name, e.g. "builder.go" */
  const char *text;
  size_t len;
} StdlibFile;

extern const StdlibFile stdlib_files[];
extern const int stdlib_nfiles;

#endif
