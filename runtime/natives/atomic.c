/*
** atomic.c -- the natives of package sync/atomic.
**
** The 25 integer operations ({Add,CompareAndSwap,Load,Store,Swap} of
** int32, int64, uint32, uint64, uintptr) are the C11 __atomic builtins with
** sequentially consistent order, as Go's are (its amd64 atomics are LOCK'd
** instructions and XCHG, all sequentially consistent). One macro expands
** the five operations for each type, so the 25 cannot drift apart. A nil
** addr panics as Go's does (its atomics fault on the nil page).
**
** The interface operations (atomic.Value) read or write the two words of
** an interface{} as one unit. amd64 has a 16-byte CAS, but not every CPU
** or compiler flag set offers it lock-free, so each address maps to one of
** IFACE_LOCKS mutexes (by its bits above the 16-byte granule): operations
** on one variable exclude each other, operations on different variables
** rarely contend. casIface compares with Go's == on interfaces
** (rt_efaceeq); the Go caller has checked comparability, so it cannot panic
** while the lock is held.
*/
#include "natives.h"

#include <pthread.h>

static void *atomic_addr(const uint64_t *slots) {
  void *p = slot_ptr(slots, 0);
  if (p == NULL)
    rt_panic_nilderef();
  return p;
}

/* A result of integer type T into slot 0, widened as the ABI says:
** (int64_t) sign-extends signed T and zero-extends unsigned T. */
#define PUT(T, v) (slots[0] = (uint64_t)(int64_t)(T)(v))

#define SEQ __ATOMIC_SEQ_CST
#define ATOMIC_FUNCS(Name, T)                                                  \
  /* func AddT(addr *T, delta T) (new T) */                                    \
  static void atomic_Add##Name(G *g, uint64_t *slots) {                        \
    T *p = atomic_addr(slots);                                                 \
    PUT(T, __atomic_add_fetch(p, (T)slots[1], SEQ));                           \
  }                                                                            \
  /* func CompareAndSwapT(addr *T, old, new T) (swapped bool) */              \
  static void atomic_CompareAndSwap##Name(G *g, uint64_t *slots) {             \
    T *p = atomic_addr(slots);                                                 \
    T old = (T)slots[1];                                                       \
    set_bool(slots, 0,                                                         \
             __atomic_compare_exchange_n(p, &old, (T)slots[2], false, SEQ, SEQ)); \
  }                                                                            \
  /* func LoadT(addr *T) (val T) */                                            \
  static void atomic_Load##Name(G *g, uint64_t *slots) {                       \
    T *p = atomic_addr(slots);                                                 \
    PUT(T, __atomic_load_n(p, SEQ));                                           \
  }                                                                            \
  /* func StoreT(addr *T, val T) */                                            \
  static void atomic_Store##Name(G *g, uint64_t *slots) {                      \
    T *p = atomic_addr(slots);                                                 \
    __atomic_store_n(p, (T)slots[1], SEQ);                                     \
  }                                                                            \
  /* func SwapT(addr *T, new T) (old T) */                                     \
  static void atomic_Swap##Name(G *g, uint64_t *slots) {                       \
    T *p = atomic_addr(slots);                                                 \
    PUT(T, __atomic_exchange_n(p, (T)slots[1], SEQ));                          \
  }

ATOMIC_FUNCS(Int32, int32_t)
ATOMIC_FUNCS(Int64, int64_t)
ATOMIC_FUNCS(Uint32, uint32_t)
ATOMIC_FUNCS(Uint64, uint64_t)
ATOMIC_FUNCS(Uintptr, uintptr_t)

/* ---- interface{} variables ---- */

enum { IFACE_LOCKS = 64 };
static pthread_mutex_t iface_locks[IFACE_LOCKS] = {
    [0 ... IFACE_LOCKS - 1] = PTHREAD_MUTEX_INITIALIZER};

static pthread_mutex_t *iface_lock(const void *p) {
  return &iface_locks[((uintptr_t)p >> 4) % IFACE_LOCKS];
}

/* func loadIface(p *any) any */
static void atomic_loadIface(G *g, uint64_t *slots) {
  Eface *p = atomic_addr(slots);
  pthread_mutex_lock(iface_lock(p));
  Eface v = *p;
  pthread_mutex_unlock(iface_lock(p));
  set_eface(slots, 0, v);
}

/* func storeIface(p *any, v any) */
static void atomic_storeIface(G *g, uint64_t *slots) {
  Eface *p = atomic_addr(slots);
  Eface v = slot_eface(slots, 1);
  pthread_mutex_lock(iface_lock(p));
  *p = v;
  pthread_mutex_unlock(iface_lock(p));
}

/* func swapIface(p *any, new any) (old any) */
static void atomic_swapIface(G *g, uint64_t *slots) {
  Eface *p = atomic_addr(slots);
  Eface v = slot_eface(slots, 1);
  pthread_mutex_lock(iface_lock(p));
  Eface old = *p;
  *p = v;
  pthread_mutex_unlock(iface_lock(p));
  set_eface(slots, 0, old);
}

/* func casIface(p *any, old, new any) (swapped bool) */
static void atomic_casIface(G *g, uint64_t *slots) {
  Eface *p = atomic_addr(slots);
  Eface old = slot_eface(slots, 1), v = slot_eface(slots, 3);
  pthread_mutex_lock(iface_lock(p));
  bool swapped = rt_efaceeq(*p, old);
  if (swapped)
    *p = v;
  pthread_mutex_unlock(iface_lock(p));
  set_bool(slots, 0, swapped);
}

#define ENTRY(op, Name) {#op #Name, atomic_##op##Name}
#define ENTRIES_OF(op)                                                         \
  ENTRY(op, Int32), ENTRY(op, Int64), ENTRY(op, Uint32), ENTRY(op, Uint64),    \
      ENTRY(op, Uintptr)

static const NativeEntry entries[] = {
    ENTRIES_OF(Add),
    ENTRIES_OF(CompareAndSwap),
    ENTRIES_OF(Load),
    ENTRIES_OF(Store),
    ENTRIES_OF(Swap),
    {"casIface", atomic_casIface},
    {"loadIface", atomic_loadIface},
    {"storeIface", atomic_storeIface},
    {"swapIface", atomic_swapIface},
};
NATIVE_TABLE(rt_natives_sync_atomic, "sync/atomic", entries);
