/*
** type.h -- private to the runtime: small questions about type
** descriptors shared by several runtime files (Go's type.go).
*/
#ifndef SUBGO_RUNTIME_TYPE_H
#define SUBGO_RUNTIME_TYPE_H

#include "runtime.h"

#include <string.h>

/* pkgpatheq: same package path (NULL, for exported names and predeclared
** types, equals only NULL) */
static inline bool pkgpatheq(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

/* isBlankField: a struct field named _ (ignored by == and hashing) */
static inline bool isBlankField(const StructField *f) {
  return f->name[0] == '_' && f->name[1] == 0;
}

#endif
