/*
** runtime.h -- public interface of subgo's runtime (libsubgort), shared by
** both back ends (vm/ now, llvm/ later) and by the stdlib natives.
**
** The runtime knows nothing of the compiler: it sees Go values only through
** their memory layout (Go's amd64 layout, below) and their type descriptors
** (RType, Go's _type). Names follow Go's runtime (runtime/type.go, slice.go,
** map.go, iface.go, panic.go) so a reader of the notes finds each concept.
**
** Value layout (exactly gc's on amd64; both back ends and every native use it):
**   bool, int8/uint8 1 byte; int16/uint16 2; int32/uint32/float32 4;
**   int, uint, uintptr, int64, uint64, float64, pointers, map, chan, func 8;
**   string = GoString {ptr, len} 16; slice = GoSlice {ptr, len, cap} 24;
**   interface{} = Eface {type, data} 16; non-empty interface = Iface {tab, data};
**   struct fields at increasing offsets aligned to their own alignment, size
**   rounded up to the struct's alignment (a trailing zero-size field adds one
**   byte of padding, as in gc); array = len * elem size.
**   A func value is a pointer to a Closure { fn, captured vars... }; nil is 0.
**   A map value is an *HMap, a chan value is an *HChan (issue 5).
**
** Interface data words (Go's "direct interface" rule, RType.kind & KIND_DIRECT_IFACE):
**   a pointer-shaped type (pointer, map, chan, func, or a struct/array whose
**   only element is pointer-shaped) is stored in the data word itself; every
**   other value is boxed: data points to a fresh heap copy (convT).
**
** Argument frames ("slots") -- the one calling convention for natives and
** runtime entry points called from generated code:
**   arguments are laid out in order in 8-byte slots, each value taking its
**   size rounded up to 8 bytes, in the layout above; a scalar narrower than 8
**   bytes is stored widened to 64 bits (sign-extended for signed integers,
**   zero-extended for unsigned, bool and float32's bit pattern). Results are
**   written the same way starting at slot 0, after the arguments were read.
**   So a native is `void f(G *g, uint64_t *slots)`.
**
** Panics: runtime code that must panic calls one of the rt_panic* functions
** below. They build Go's panic value (runtime.Error types of package runtime,
** registered by the back end with rt_register_types) and hand it to the back
** end's gopanic hook, which never returns to the caller (the VM longjmps back
** into its interpreter, as Lua's luaD_throw does). So runtime functions never
** return error codes for Go panics.
*/
#ifndef SUBGO_RUNTIME_H
#define SUBGO_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- basic value layouts ---- */
typedef struct GoString { const uint8_t *ptr; intptr_t len; } GoString;
typedef struct GoSlice { void *ptr; intptr_t len, cap; } GoSlice;

typedef struct RType RType;
typedef struct Itab Itab;
typedef struct Eface { const RType *type; void *data; } Eface;
typedef struct Iface { Itab *tab; void *data; } Iface;

/* A func value points at a Closure. `fn` is back-end code: a VM function
** (vm/) or a native function pointer (llvm/). Captured variables follow,
** laid out like struct fields; the closure's RType describes them. */
typedef struct Closure { void *fn; /* captured values follow */ } Closure;

/* ---- type descriptors (Go's _type; reflect's Kind numbering) ---- */
typedef enum Kind {
  KIND_INVALID, KIND_BOOL, KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32,
  KIND_INT64, KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64,
  KIND_UINTPTR, KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128,
  KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_POINTER,
  KIND_SLICE, KIND_STRING, KIND_STRUCT, KIND_UNSAFEPOINTER,
  KIND_MASK = 31,
  KIND_DIRECT_IFACE = 1 << 5 /* data word holds the value itself */
} Kind;

/* tflag bits (Go's tflag) */
enum {
  TFLAG_COMPARABLE = 1 << 0, /* == is defined (may still panic inside an interface) */
  TFLAG_REGMEM = 1 << 1,     /* == and hash are plain memory compares (no
                             ** floats, strings, interfaces or padding) */
  TFLAG_NAMED = 1 << 2       /* a defined (named) type */
};

typedef struct StructField {
  const char *name;      /* "" never: embedded fields carry the type's name */
  const RType *typ;
  uintptr_t offset;
  bool embedded, exported;
  const char *tag;       /* NULL when none */
} StructField;

/* A method of a concrete type's method set, sorted by name (then pkgpath
** for unexported names). `ifn` is the back-end code to call through an
** itab: its receiver is the interface data word (so for a value method of
** a boxed type it is a wrapper that loads *data first, Go's (*T).M). */
typedef struct Method {
  const char *name;
  const char *pkgpath;   /* NULL for exported names */
  const RType *mtyp;     /* method signature without receiver (a func RType) */
  void *ifn;
} Method;

/* A method of an interface type, sorted as above. */
typedef struct IMethod {
  const char *name;
  const char *pkgpath;
  const RType *mtyp;
} IMethod;

struct RType {
  uintptr_t size;
  uintptr_t ptrdata;      /* prefix of the object that can hold pointers */
  uint32_t hash;          /* of the type's identity, for maps and itabs */
  uint8_t tflag;
  uint8_t align;
  uint8_t kind;           /* Kind | KIND_DIRECT_IFACE */
  const uint8_t *gcdata;  /* pointer bitmap: bit i = word i of ptrdata is a pointer */
  const char *str;        /* Go's type string: "int", "main.T", "[]*main.T" */
  const char *pkgpath;    /* named types: the package path; else NULL */
  const RType *elem;      /* pointer, slice, array, chan, map value */
  const RType *key;       /* map */
  const RType *ptrto;     /* *T when the program uses it, else NULL */
  uintptr_t len;          /* array length */
  uint8_t chandir;        /* 1 recv, 2 send, 3 both (reflect.ChanDir) */
  bool variadic;          /* func */
  int nfields;            /* struct */
  const StructField *fields;
  int nin, nout;          /* func */
  const RType *const *params; /* func: nin params then nout results */
  int nmethods;           /* concrete types: method set (value methods for T,
                          ** T's and *T's for a pointer type) */
  const Method *methods;
  int nimethods;          /* interface types */
  const IMethod *imethods;
};

/* An itab pairs an interface type with a concrete type; fun[i] is the
** concrete type's ifn for inter->imethods[i]. Built once per pair and
** cached (runtime/iface.c: itabTable). */
struct Itab {
  const RType *inter;
  const RType *type;
  uint32_t hash;          /* copy of type->hash, for type switches */
  void *fun[];            /* variable length */
};

/* ---- goroutines (Go's g; the scheduler's m, p, schedt are runtime2.h's) ---- */
typedef struct G G;
typedef struct M M;
typedef struct P P;
typedef struct Sudog Sudog;
typedef struct HChan HChan;
typedef struct Defer Defer;
typedef struct Panic Panic;

/* A pending deferred call (Go's _defer): fn is a func() closure value; the
** back end stamps `frame` to know which activation deferred it. */
struct Defer {
  Closure *fn;
  uintptr_t frame;   /* back-end frame identity (VM: stack offset of the frame) */
  Defer *link;
};

/* A panic in progress (Go's _panic); newest first. */
struct Panic {
  Eface arg;
  bool recovered;
  bool aborted;      /* superseded by a newer panic raised in a deferred call */
  bool goexit;
  Panic *link;
};

/* g status (Go's _G* values) */
enum { _Gidle = 0, _Grunnable = 1, _Grunning = 2, _Gsyscall = 3, _Gwaiting = 4,
       _Gdead = 6 };

struct G {
  int64_t goid;
  Defer *_defer;     /* newest first */
  Panic *_panic;     /* newest first */
  void *vm;          /* back-end state (VM: its stack and call frames) */
  const char *waitreason; /* why the g is blocked ("chan receive", "select",
                          ** "semacquire"...), NULL while running: the
                          ** traceback header prints it as Go does */
  uint32_t atomicstatus;  /* _G*, read and written atomically (runtime2.h) */
  bool preempt;      /* atomic: stop at the next safepoint (sysmon, STW) */
  /* The back end must stop running this g and return to the scheduler,
  ** which calls mcallfn(g) on the M's own stack (Go's mcall): set by
  ** gopark, gosched, goexit and preemption. */
  void (*mcallfn)(G *);
  /* VM: the g was woken from gopark and the operation that parked it runs
  ** again to finish (see "Blocking" below); cleared by that operation */
  bool resumed;
  bool issystem;     /* a runtime goroutine: not counted, not listed */
  bool lockedm;      /* wired to its thread (goroutine 1 during the package
                     ** inits, as Go's runtime.main): tracebacks say so */
  uint32_t selectDone; /* atomic: a select's case has won */
  void *param;       /* from the waker: the sudog that completed a select */
  Sudog *waiting;    /* the sudogs of the operation the g is parked in */
  M *m;              /* the M running it */
  G *schedlink;      /* run queue / free list link */
  G *alllink;
  void *sleeptimer;  /* time.Sleep's timer (time.c) */
};

/* ---- the scheduler (runtime/proc.c; docs/runtime-sched.md) ----
** Blocking (DESIGN.md, the gopark/goready contract). A blocking operation
** is written as try -> enqueue a sudog -> gopark -> finish on wake. In the
** VM a goroutine owns no native stack, so gopark does not switch: it sets
** g->mcallfn, the operation returns "parked", the interpreter saves its
** state with pc AT the instruction and returns to schedule(); when the g
** is readied, the VM sets g->resumed and runs the instruction again, and
** the operation's finish step (rt_*_finish) runs. So every operation that
** can park takes the g and first consumes g->resumed. */
typedef struct RtBackend {
  /* run gp (status _Grunning, on this M) until it stops: its bottom
  ** function returned (goroutine done) or it set gp->mcallfn */
  void (*execute)(G *gp);
  /* run a timer's function f(arg, seq) on this M (it must not block) */
  void (*timerfn)(Closure *f, Eface arg, uintptr_t seq);
  /* write gp's stack (from its saved state) to stderr after the
  ** "goroutine N [...]:" header the runtime printed: its frames when
  ** `frames`, then the "created by" lines */
  void (*traceback)(G *gp, bool frames);
} RtBackend;

/* rt_schedinit: Ps (GOMAXPROCS), M0 on this thread, the back end's hooks */
void rt_schedinit(const RtBackend *be);
/* rt_malg: a g to start a goroutine on (a dead one reused with its back-end
** state, or a new one); status _Gdead until rt_newproc */
G *rt_malg(void);
/* rt_newproc: gp (set up by the back end) becomes runnable in the current
** P's runnext, a goid is assigned, an idle P is woken */
void rt_newproc(G *gp, bool issystem);
/* rt_mstart: the calling thread becomes M0 and runs schedule() for ever */
_Noreturn void rt_mstart(void);
G *rt_getg(void);                   /* the g running on this thread */
void rt_gopark(G *gp, bool (*unlockf)(G *, void *), void *lock, const char *reason);
void rt_goready(G *gp);
void rt_gosched(G *gp);             /* runtime.Gosched */
void rt_goyield(G *gp);             /* to the local run queue's tail */
void rt_preemptpark(G *gp);         /* stopped at a safepoint by preempt */
void rt_goexit(G *gp);              /* the goroutine is done: back to gFree */
int32_t rt_gomaxprocs(int32_t n);   /* runtime.GOMAXPROCS */
int32_t rt_ncpu(void);
int32_t rt_numgoroutine(void);
bool rt_canspin(int64_t i);         /* sync.runtime_canSpin */
/* goroutine stack memory (runtime/stack.c): n a power of two >= 2 KB;
** the contents are not zeroed */
void *rt_stackalloc(size_t n);
void rt_stackfree(void *p, size_t n);
/* print every other goroutine's traceback after a fatal error (Go's
** tracebackothers); `me` is the current one, already printed */
void rt_tracebackothers(G *me);
/* every g ever created (dead ones too), in creation order */
void rt_forallg(void (*fn)(G *gp, void *arg), void *arg);
/* what a traceback header says: the wait reason, "running", "runnable" */
const char *rt_gstatusname(G *gp);
/* stop every other goroutine at a safepoint (the caller keeps its P), and
** start them again */
void rt_stoptheworld(const char *reason);
void rt_starttheworld(void);
/* Go's runningPanicDefers: goroutines running deferred calls of a panic
** (+1 when a panic starts, -1 when it is recovered) */
void rt_panicdefers(int32_t delta);
/* main.main returned (tries times so far): true when the process may exit
** now; false: Gosched and ask again -- a goroutine is running a panic's
** deferred calls, whose report must not be lost (Go waits up to 1000
** Gosched calls); if one is printing its panic, this never returns */
bool rt_main_may_exit(int tries);

/* ---- channels (runtime/chan.c, select.c; docs/runtime-chan.md) ---- */
enum { CHAN_DONE, CHAN_WOULDBLOCK, CHAN_PARKED };
HChan *rt_makechan(const RType *chantype, intptr_t size);
/* send *ep (the element, in memory layout): CHAN_DONE, CHAN_WOULDBLOCK
** (block false), or CHAN_PARKED; after a park, rt_chansend_finish */
int rt_chansend(G *g, HChan *c, const void *ep, bool block);
void rt_chansend_finish(G *g);
/* receive into *ep (NULL: discard); *received is false when c is closed */
int rt_chanrecv(G *g, HChan *c, void *ep, bool block, bool *received);
void rt_chanrecv_finish(G *g, void *ep, bool *received);
void rt_closechan(HChan *c);
intptr_t rt_chanlen(HChan *c);
intptr_t rt_chancap(HChan *c);

/* one case of a select, in source order */
typedef struct Scase {
  HChan *c;
  void *elem;        /* send: the value; receive: where to put it (or NULL) */
  bool send;
} Scase;
/* rt_selectgo: the chosen case, or -1 (nothing ready and !block), or
** SELECT_PARKED; *recvOK as for a receive. After a park rt_selectgo_finish
** gives the chosen case. */
enum { SELECT_PARKED = -2 };
int rt_selectgo(G *g, Scase *cases, int ncases, bool block, bool *recvOK);
int rt_selectgo_finish(G *g, Scase *cases, int ncases, bool *recvOK);

/* ---- semaphores (runtime/sema.c) ---- */
/* true when acquired; false when parked (run it again to finish) */
bool rt_semacquire(G *g, uint32_t *addr, bool lifo, const char *reason);
void rt_semrelease(G *g, uint32_t *addr, bool handoff);

/* ---- timers (runtime/time.c) ----
** RtTimer has the layout of time.runtimeTimer (Go 1.19's runtime timer);
** `pp` holds the timer's position in the heap + 1 (0: not in the heap). */
typedef struct RtTimer {
  uintptr_t pp;
  int64_t when;
  int64_t period;
  Closure *f;        /* func(any, uintptr) */
  Eface arg;
  uintptr_t seq;
  int64_t nextwhen;
  uint32_t status;
} RtTimer;
void rt_addtimer(RtTimer *t);
bool rt_deltimer(RtTimer *t);
bool rt_modtimer(RtTimer *t, int64_t when, int64_t period, Closure *f, Eface arg,
                 uintptr_t seq);
/* time.Sleep: true when done; false when parked (run again to finish) */
bool rt_timesleep(G *g, int64_t ns);
int64_t rt_nanotime(void);

/* ---- allocation (runtime/malloc.c) ---- */
/* The single allocation entry point: size bytes for an object of type typ
** (NULL for raw pointer-free memory), zeroed when needzero. Until the
** collector lands (issue 6) memory is never reclaimed. */
void *mallocgc(uintptr_t size, const RType *typ, bool needzero);
void *rt_new(const RType *typ);                     /* new(T) */
/* Allocator statistics for runtime.ReadMemStats. Nothing is freed yet, so
** HeapAlloc = TotalAlloc, HeapObjects = Mallocs, Frees = 0. */
typedef struct RtMemStats {
  uint64_t mallocs;    /* objects allocated */
  uint64_t totalalloc; /* bytes allocated (rounded to size classes / pages) */
  uint64_t sys;        /* bytes obtained from the OS for the heap */
} RtMemStats;
void rt_readmemstats(RtMemStats *s);

/* ---- panics (runtime/panic.c) ---- */
/* The back end's gopanic: starts panicking with v on the current g and never
** returns here. Set once at start-up by the back end. */
extern void (*rt_gopanic_hook)(Eface v); /* must not return */
/* runtime.Goexit on g: the back end runs g's deferred calls, then ends it;
** never returns here */
extern void (*rt_goexit_hook)(G *g);
_Noreturn void rt_gopanic(Eface v);
/* runtime.Error values with Go's exact texts */
_Noreturn void rt_panic_index(int64_t x, intptr_t len);           /* boundsIndex */
_Noreturn void rt_panic_indexu(uint64_t x, intptr_t len);         /* unsigned index */
_Noreturn void rt_panic_slice(int code, int64_t x, intptr_t y, bool signed_x);
_Noreturn void rt_panic_divide(void);        /* integer divide by zero */
_Noreturn void rt_panic_shift(void);         /* negative shift amount */
_Noreturn void rt_panic_nilderef(void);      /* invalid memory address or nil pointer dereference */
_Noreturn void rt_panic_error_string(const char *msg); /* errorString: "runtime error: " + msg */
_Noreturn void rt_panic_plain(const char *msg);        /* plainError: msg */
_Noreturn void rt_panic_typeassert(const RType *inter, const RType *concrete,
                                   const RType *asserted, const char *missing);
_Noreturn void rt_panic_string(const char *msg); /* panic(msg) with a Go string */
/* rt_startpanic: the process is dying (a fatal error or an unrecovered
** panic is about to be printed): only the first caller proceeds, the
** others wait for the exit; no M schedules a goroutine any more and
** running ones stop at their next safepoint (Go's startpanic_m and
** freezetheworld), so their stacks can be printed */
void rt_startpanic(void);
/* fatal errors (Go's throw/fatal): print "fatal error: msg", exit 2; not recoverable */
_Noreturn void rt_throw(const char *msg);
/* Set by the back end: called by rt_throw after the "fatal error: msg" line
** to print what follows it in Go's output (a blank line, then the
** goroutine traceback). NULL: nothing more is printed. */
extern void (*rt_traceback_hook)(void);

/* The Go types the runtime builds panic values of (package runtime's
** errorString, plainError, boundsError, *TypeAssertionError) and the basic
** types it boxes (string...). The back end registers them before running. */
typedef struct RTypes {
  const RType *errorString, *plainError, *boundsError, *typeAssertionErrorPtr;
  const RType *string_, *int_;
} RTypes;
extern RTypes rt_types;

/* ---- strings (runtime/string.c) ---- */
GoString rt_concatstrings(const GoString *a, int n);
int rt_cmpstring(GoString a, GoString b);            /* <0, 0, >0 */
bool rt_eqstring(GoString a, GoString b);
GoString rt_intstring(int64_t v);                    /* string(rune) */
GoString rt_slicebytetostring(GoSlice b);
GoSlice rt_stringtoslicebyte(GoString s);
GoSlice rt_stringtoslicerune(GoString s);
GoString rt_slicerunetostring(GoSlice r);
/* decoderune: the rune at s[k] and the index after it (utf8.RuneError, k+1 on bad input) */
int32_t rt_decoderune(GoString s, intptr_t k, intptr_t *next);
GoString rt_gostring(const char *cstr);              /* copy of a C string */

/* ---- slices (runtime/slice.c) ---- */
/* growslice: old grown to hold at least newlen elements of et, Go 1.19's
** growth rule (double below 256, then smooth 1.25x) rounded up to a size
** class; len stays old.len. */
GoSlice rt_growslice(const RType *et, GoSlice old, intptr_t newlen);
GoSlice rt_makeslice(const RType *et, intptr_t len, intptr_t cap); /* panics "makeslice: len out of range" */
intptr_t rt_slicecopy(void *dst, intptr_t dstlen, const void *src, intptr_t srclen, uintptr_t width);
uintptr_t rt_roundupsize(uintptr_t size);            /* malloc size class */

/* ---- type algorithms (runtime/alg.c) ---- */
/* Go's == on two values of type t; panics "runtime error: comparing
** uncomparable type T" for uncomparable dynamic types inside interfaces. */
bool rt_equal(const RType *t, const void *a, const void *b);
bool rt_efaceeq(Eface a, Eface b);
bool rt_ifaceeq(Iface a, Iface b);
/* hash of a value of type t (XXH3 with the per-process seed); panics
** "runtime error: hash of unhashable type T" */
uint64_t rt_typehash(const RType *t, const void *p, uint64_t seed);
extern uint64_t rt_hashseed;

/* ---- interfaces (runtime/iface.c) ---- */
Itab *rt_getitab(const RType *inter, const RType *typ, bool canfail); /* NULL if canfail and missing */
Eface rt_convT(const RType *t, const void *v);       /* box a value as interface{} */
Iface rt_convI(const RType *inter, const RType *t, const void *v);
/* assertions: the *Ok forms return false instead of panicking */
bool rt_assertE2I(const RType *inter, Eface e, Iface *out, bool canfail);
/* x.(T) for concrete T: copy the value into out (size t->size) */
bool rt_assertE2T(const RType *t, const RType *inter_static, Eface e, void *out, bool canfail);
static inline Eface rt_iface_to_eface(Iface i) {
  Eface e = { i.tab ? i.tab->type : NULL, i.data };
  return e;
}

/* ---- maps (runtime/map.c) ---- */
typedef struct HMap HMap;
typedef struct HIter HIter; /* layout in runtime/map.h; generated code allocates rt_hiter_size bytes */
extern const uintptr_t rt_hiter_size;
HMap *rt_makemap(const RType *maptype, intptr_t hint);
void *rt_mapaccess1(const RType *maptype, HMap *h, const void *key);  /* never NULL: zero value */
void *rt_mapaccess2(const RType *maptype, HMap *h, const void *key, bool *ok);
void *rt_mapassign(const RType *maptype, HMap *h, const void *key);   /* slot to store the value into */
void rt_mapdelete(const RType *maptype, HMap *h, const void *key);
intptr_t rt_maplen(HMap *h);
void rt_mapclear(const RType *maptype, HMap *h);
/* range, as Go compiles it: rt_mapiterinit moves to the first entry, each
** rt_mapiternext to the next; rt_hiter_key/elem read the current entry
** (key NULL: done). So: init; while (key != NULL) { body; next; } */
void rt_mapiterinit(const RType *maptype, HMap *h, HIter *it);
void rt_mapiternext(HIter *it);
void *rt_hiter_key(HIter *it);   /* NULL when iteration is over */
void *rt_hiter_elem(HIter *it);

/* ---- builtin print/println and panic value printing (runtime/print.c) ---- */
void rt_printbool(bool v);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printfloat(double v);     /* +1.500000e+000 */
void rt_printstring(GoString s);
void rt_printpointer(const void *p);
void rt_printeface(Eface e);      /* (0x...,0x...); an Iface prints the same way */
void rt_printslice(GoSlice s);    /* [len/cap]0x... */
void rt_printsp(void);
void rt_printnl(void);
/* printpanicval: a panic value as the fatal panic message prints it (the
** back end has already replaced error/Stringer values by their text). */
void rt_printpanicval(Eface v);

/* ---- output (runtime/write.c) ---- */
/* All program output goes through rt_write so that stdout and stderr keep
** Go's ordering (Go's writes are unbuffered; subgo buffers stdout and
** flushes it before any stderr write and at exit). */
void rt_write(int fd, const void *p, size_t n);
void rt_flush(void);
_Noreturn void rt_exit(int code);  /* flush, exit */

/* ---- natives (stdlib body-less functions) ---- */
typedef void (*NativeFn)(G *g, uint64_t *slots);
typedef struct NativeEntry { const char *name; NativeFn fn; } NativeEntry;
/* Lookup by "<importpath>.<name>", e.g. "math.Sqrt"; NULL when unknown. */
NativeFn rt_native_lookup(const char *name);

/* What the natives need from the back end (runtime/natives/), set before
** the program runs:
** rt_set_args: os.Args exactly (argv[0] the program name as `go run` shows
**   it, then the arguments after `--`); the strings are copied.
** rt_caller_hook (runtime.Caller): the frame `skip` levels above the Go
**   function that called runtime.Caller (0: that function): an opaque pc,
**   its file (a Go string that stays valid) and the line being executed;
**   false when the stack is not that deep. NULL: Caller reports ok=false.
** rt_stack_hook (runtime.Stack): g's traceback as an unrecovered panic
**   prints it ("goroutine 1 [running]:\n..."; all: the other goroutines
**   after it), truncated to buf[0..len); returns the bytes written.
**   NULL: Stack writes nothing. */
void rt_set_args(int argc, char **argv);
extern bool (*rt_caller_hook)(G *g, intptr_t skip, uintptr_t *pc,
                              GoString *file, intptr_t *line);
extern intptr_t (*rt_stack_hook)(G *g, bool all, uint8_t *buf, intptr_t len);

#endif
