/*
** panic.c -- run-time panics and fatal errors (Go's panic.go, error.go).
**
** Run-time errors are ordinary, recoverable Go panics whose value is one of
** package runtime's error types (stdlib/runtime/error.go). The C runtime
** cannot call Go constructors, so it builds those values by their memory
** layout, boxes them with the interface rules (convT) and hands them to
** rt_gopanic, which calls the back end's gopanic hook (the VM unwinds to
** its interpreter loop, runs deferred calls, maybe recovers):
**
**   errorString  string                 "runtime error: " + text
**   plainError   string                 text (e.g. nil map assignment)
**   boundsError  {x int64; y int; signed bool; code uint8}
**                                       index/slice bounds, formatted by
**                                       its Error method from the code
**   *TypeAssertionError {_interface, concrete, asserted, missingMethod
**                        string; samePkgPath bool}   failed x.(T)
**
** The back end registers these RTypes in rt_types before running; the
** layouts below must match them (checked when a value is built).
**
** Fatal errors (throw) are different: not panics, not recoverable, no
** deferred calls. rt_throw prints "fatal error: msg", lets the back end
** print the blank line and goroutine traceback that follow in Go's
** output (rt_traceback_hook), and exits with status 2.
*/
#include "malloc.h"
#include "type.h"

#include <stdio.h>
#include <string.h>

RTypes rt_types;
void (*rt_gopanic_hook)(Eface v);
void (*rt_goexit_hook)(G *g);
void (*rt_traceback_hook)(void);

/* Without a back end (runtime unit tests install their own hook) a panic
** ends the program the way an unrecovered one does, minus the traceback. */
_Noreturn void rt_gopanic(Eface v) {
  if (rt_gopanic_hook)
    rt_gopanic_hook(v);
  rt_printstring(rt_gostring("panic: "));
  rt_printpanicval(v);
  rt_printnl();
  rt_exit(2);
}

_Noreturn void rt_throw(const char *msg) {
  static const char prefix[] = "fatal error: ";
  rt_startpanic();
  rt_write(2, prefix, sizeof prefix - 1);
  rt_write(2, msg, strlen(msg));
  rt_write(2, "\n", 1);
  if (rt_traceback_hook)
    rt_traceback_hook();
  rt_exit(2);
}

/* checklayout: the registered Go type t must have the C layout's size */
static const RType *checklayout(const RType *t, uintptr_t size, const char *name) {
  if (t == NULL || t->size != size) {
    char msg[128];
    snprintf(msg, sizeof msg, "runtime: runtime.%s is not registered or has a bad layout", name);
    rt_throw(msg);
  }
  return t;
}

/* panic with a string-kinded runtime error type (errorString, plainError) */
_Noreturn static void panicstring(const RType *t, const char *name, const char *msg) {
  GoString s = {(const uint8_t *)msg, (intptr_t)strlen(msg)};
  rt_gopanic(rt_convT(checklayout(t, sizeof s, name), &s));
}

_Noreturn void rt_panic_error_string(const char *msg) {
  panicstring(rt_types.errorString, "errorString", msg);
}

_Noreturn void rt_panic_plain(const char *msg) {
  panicstring(rt_types.plainError, "plainError", msg);
}

_Noreturn void rt_panic_string(const char *msg) {
  panicstring(rt_types.string_, "string", msg);
}

_Noreturn void rt_panic_divide(void) { rt_panic_error_string("integer divide by zero"); }

_Noreturn void rt_panic_shift(void) { rt_panic_error_string("negative shift amount"); }

_Noreturn void rt_panic_nilderef(void) {
  rt_panic_error_string("invalid memory address or nil pointer dereference");
}

/* ---- bounds errors ---- */

typedef struct boundsError {
  int64_t x;
  intptr_t y;
  bool signed_; /* x is signed */
  uint8_t code; /* boundsIndex, boundsSliceAlen, ... (error.go) */
} boundsError;

_Noreturn static void panicbounds(int code, int64_t x, intptr_t y, bool signed_x) {
  boundsError e = {x, y, signed_x, (uint8_t)code};
  rt_gopanic(rt_convT(checklayout(rt_types.boundsError, sizeof e, "boundsError"), &e));
}

enum { boundsIndex = 0 };

_Noreturn void rt_panic_index(int64_t x, intptr_t len) { panicbounds(boundsIndex, x, len, true); }

_Noreturn void rt_panic_indexu(uint64_t x, intptr_t len) {
  panicbounds(boundsIndex, (int64_t)x, len, false);
}

_Noreturn void rt_panic_slice(int code, int64_t x, intptr_t y, bool signed_x) {
  panicbounds(code, x, y, signed_x);
}

/* ---- type assertion errors ---- */

typedef struct TypeAssertionError {
  GoString _interface, concrete, asserted, missingMethod;
  bool samePkgPath;
} TypeAssertionError;

static GoString typestring(const RType *t) {
  GoString s = {NULL, 0};
  if (t) {
    s.ptr = (const uint8_t *)t->str;
    s.len = (intptr_t)strlen(t->str);
  }
  return s;
}

/* inter: the static interface type of x in x.(T) (NULL when T is an
** interface: Go then prints "interface"); concrete: x's dynamic type (NULL
** for a nil x); missing: the first method of T the concrete type lacks. */
_Noreturn void rt_panic_typeassert(const RType *inter, const RType *concrete,
                                   const RType *asserted, const char *missing) {
  const RType *ptr = rt_types.typeAssertionErrorPtr;
  const RType *t = checklayout(ptr ? ptr->elem : NULL, sizeof(TypeAssertionError),
                               "TypeAssertionError");
  TypeAssertionError *e = mallocgc(t->size, t, true);
  e->_interface = typestring(inter);
  e->concrete = typestring(concrete);
  e->asserted = typestring(asserted);
  if (missing)
    e->missingMethod = (GoString){(const uint8_t *)missing, (intptr_t)strlen(missing)};
  /* Error() explains "main.T is not main.T" by whether the packages differ */
  e->samePkgPath = concrete && pkgpatheq(concrete->pkgpath, asserted->pkgpath);
  rt_gopanic((Eface){ptr, e});
}
