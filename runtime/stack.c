/*
** stack.c -- memory for goroutine stacks (Go's stackalloc / stackfree,
** stackpool). The back end decides what a stack holds (the VM: an array
** of 8-byte slots); the runtime hands out the memory.
**
**  - Sizes are powers of two from 2 KB (_StackMin). Stacks up to 32 KB come
**    from per-order free lists (2, 4, 8, 16, 32 KB) refilled by carving a
**    256 KB mmap'd chunk, so starting a goroutine costs a list pop, not a
**    malloc (glibc's heap grows with an mprotect per page: 200k goroutines
**    cost 119k system calls that way). Larger stacks are mmap'd alone and
**    unmapped when freed.
**  - Freed small stacks go back to their list for the next goroutine, as
**    Go's stackpool keeps them; memory is not returned to the OS.
**  - Contents are not zeroed: the VM writes every slot before reading it.
**  - One lock (stacklock) guards the lists; an M takes it once per
**    goroutine start, exit or stack growth.
*/
#include "runtime2.h"

#include <sys/mman.h>

enum {
  STACK_MIN = 2048,
  STACK_ORDERS = 5,          /* 2 KB << 0 .. 4: up to 32 KB */
  STACK_CHUNK = 256 * 1024
};

typedef struct FreeStack { struct FreeStack *next; } FreeStack;

static Mutex stacklock = MUTEX_INIT;
static FreeStack *stackpool[STACK_ORDERS];

static int stackorder(size_t n) {
  int order = 0;
  for (size_t s = STACK_MIN; s < n; s <<= 1)
    order++;
  return order;
}

static void *sysmap(size_t n) {
  void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    rt_throw("stackalloc: out of memory");
  return p;
}

/* a chunk carved into stacks of one order, all on its list (lock held) */
static void refill(int order) {
  size_t size = (size_t)STACK_MIN << order;
  uint8_t *chunk = sysmap(STACK_CHUNK);
  for (size_t off = 0; off + size <= STACK_CHUNK; off += size) {
    FreeStack *s = (FreeStack *)(chunk + off);
    s->next = stackpool[order];
    stackpool[order] = s;
  }
}

void *rt_stackalloc(size_t n) {
  if (n & (n - 1) || n < STACK_MIN)
    rt_throw("stackalloc: bad size");
  int order = stackorder(n);
  if (order >= STACK_ORDERS)
    return sysmap(n);
  lock(&stacklock);
  if (stackpool[order] == NULL)
    refill(order);
  FreeStack *s = stackpool[order];
  stackpool[order] = s->next;
  unlock(&stacklock);
  return s;
}

void rt_stackfree(void *p, size_t n) {
  int order = stackorder(n);
  if (order >= STACK_ORDERS) {
    munmap(p, n);
    return;
  }
  FreeStack *s = p;
  lock(&stacklock);
  s->next = stackpool[order];
  stackpool[order] = s;
  unlock(&stacklock);
}
