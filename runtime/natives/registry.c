/*
** registry.c -- rt_native_lookup: from "<importpath>.<name>" to the C
** function implementing a body-less stdlib function.
**
** Each natives file exports one NativeTable sorted by Go name (a package
** may span files: reflectlite, os); rt_native_tables lists them. A lookup
** splits the name at its last '.' (import paths contain '/' and may
** contain '.', Go names never do), finds the package's tables by path and
** binary-searches each. A native that is not registered is simply absent:
** the back end reports a program that reaches it as using an unimplemented
** function, never a crash at run time.
**
** Invariant: every table is sorted by strcmp and has no duplicates
** (tests/natives/registry_test.c checks it, so bsearch is valid).
*/
#include "natives.h"

#include <stdlib.h>

const NativeTable *const rt_native_tables[] = {
    &rt_natives_reflectlite_type, &rt_natives_reflectlite_value,
    &rt_natives_math,             &rt_natives_os_proc,
    &rt_natives_os_file,          &rt_natives_time,
    &rt_natives_runtime,          &rt_natives_sync,
    &rt_natives_sync_atomic,      NULL,
};

static int entry_cmp(const void *key, const void *elem) {
  return strcmp(key, ((const NativeEntry *)elem)->name);
}

NativeFn rt_native_lookup(const char *name) {
  const char *dot = strrchr(name, '.');
  if (dot == NULL)
    return NULL;
  size_t pathlen = (size_t)(dot - name);
  for (const NativeTable *const *t = rt_native_tables; *t; t++) {
    if (strlen((*t)->pkg) != pathlen || memcmp((*t)->pkg, name, pathlen) != 0)
      continue;
    const NativeEntry *e =
        bsearch(dot + 1, (*t)->entries, (size_t)(*t)->n, sizeof *e, entry_cmp);
    if (e)
      return e->fn;
  }
  return NULL;
}
