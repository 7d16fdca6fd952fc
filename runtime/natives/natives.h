/*
** natives.h -- private helpers of the stdlib natives (runtime/natives/).
**
** Every native is `void f(G *g, uint64_t *slots)` (runtime.h): its arguments
** sit in 8-byte slots in declaration order, each value taking its size
** rounded up to 8 bytes (a string two slots, a slice three, an interface
** two); its results are written from slot 0 in the same layout, and only
** after every argument was read (the frames overlap). The accessors below
** read and write those layouts, so a native reads like its Go signature:
**
**   // func sysGetenv(key string) (value string, found bool)
**   GoString key = slot_string(slots, 0);
**   ...
**   set_string(slots, 0, value);
**   set_bool(slots, 2, found);
**
** Each natives file exports one NativeTable, sorted by Go name (a package
** may span files: reflectlite's type and value natives, os's process and
** file natives); registry.c lists the tables and rt_native_lookup
** binary-searches them.
*/
#ifndef SUBGO_NATIVES_H
#define SUBGO_NATIVES_H

#include "../runtime.h"

#include <stdlib.h>
#include <string.h>

/* The natives of one import path, sorted by name (strcmp order). */
typedef struct NativeTable {
  const char *pkg;            /* import path: "math", "internal/reflectlite" */
  const NativeEntry *entries; /* name is the Go name: "Sqrt" */
  int n;
} NativeTable;

#define NATIVE_TABLE(var, path, entries)                                       \
  const NativeTable var = {path, entries, sizeof entries / sizeof entries[0]}

extern const NativeTable rt_natives_reflectlite_type,
    rt_natives_reflectlite_value, rt_natives_math, rt_natives_os_proc,
    rt_natives_os_file, rt_natives_time, rt_natives_runtime, rt_natives_sync,
    rt_natives_sync_atomic;

/* Every table, for the registry and its tests; NULL-terminated. */
extern const NativeTable *const rt_native_tables[];

/* ---- slot accessors ---- */
static inline int64_t slot_int(const uint64_t *s, int i) { return (int64_t)s[i]; }
static inline bool slot_bool(const uint64_t *s, int i) { return s[i] != 0; }
static inline void *slot_ptr(const uint64_t *s, int i) { return (void *)(uintptr_t)s[i]; }

static inline GoString slot_string(const uint64_t *s, int i) {
  GoString v = {(const uint8_t *)(uintptr_t)s[i], (intptr_t)s[i + 1]};
  return v;
}
static inline GoSlice slot_slice(const uint64_t *s, int i) {
  GoSlice v = {(void *)(uintptr_t)s[i], (intptr_t)s[i + 1], (intptr_t)s[i + 2]};
  return v;
}
static inline Eface slot_eface(const uint64_t *s, int i) {
  Eface v = {(const RType *)(uintptr_t)s[i], (void *)(uintptr_t)s[i + 1]};
  return v;
}
static inline double slot_float64(const uint64_t *s, int i) {
  double d;
  memcpy(&d, &s[i], sizeof d);
  return d;
}

static inline void set_int(uint64_t *s, int i, int64_t v) { s[i] = (uint64_t)v; }
static inline void set_uint(uint64_t *s, int i, uint64_t v) { s[i] = v; }
static inline void set_bool(uint64_t *s, int i, bool v) { s[i] = v; }
static inline void set_ptr(uint64_t *s, int i, const void *p) { s[i] = (uintptr_t)p; }
static inline void set_string(uint64_t *s, int i, GoString v) {
  s[i] = (uintptr_t)v.ptr;
  s[i + 1] = (uint64_t)v.len;
}
static inline void set_slice(uint64_t *s, int i, GoSlice v) {
  s[i] = (uintptr_t)v.ptr;
  s[i + 1] = (uint64_t)v.len;
  s[i + 2] = (uint64_t)v.cap;
}
static inline void set_eface(uint64_t *s, int i, Eface v) {
  s[i] = (uintptr_t)v.type;
  s[i + 1] = (uintptr_t)v.data;
}
static inline void set_float64(uint64_t *s, int i, double d) { memcpy(&s[i], &d, sizeof d); }

/* ---- C strings ---- */
/* A NUL-terminated copy of s in C memory, for the C library (free it).
** A NUL inside s ends the C string early: system-call wrappers check
** native_has_nul first, as Go's syscall package fails them with EINVAL. */
static inline char *native_cstring(GoString s) {
  char *c = malloc((size_t)s.len + 1);
  if (c == NULL)
    rt_throw("out of memory");
  if (s.len > 0) /* an empty Go string may have a NULL ptr */
    memcpy(c, s.ptr, (size_t)s.len);
  c[s.len] = 0;
  return c;
}
static inline bool native_has_nul(GoString s) {
  return s.len > 0 && memchr(s.ptr, 0, (size_t)s.len) != NULL;
}


#endif
