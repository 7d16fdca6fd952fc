/*
** stack.c -- goroutine VM stacks (Go's stack.c, for bytecode frames).
**
** Every goroutine owns one contiguous array of 8-byte slots. It starts at
** Go's _StackMin (2 KB) and, when a call needs more room than is left,
** doubles (again and again if one frame is huge) and the used part is
** copied over: Go's copystack. Go must then adjust every pointer into the
** old stack using the frames' pointer maps; here nothing needs adjusting,
** because frames link to each other by slot offsets (vmint.h) and no
** pointer into a stack outlives one instruction: the interpreter reloads
** its base pointer after a growth, natives and helpers never call back.
** (Issue 6 puts non-escaping objects in frames; pointers to them will be
** found through the precise register maps then, as in Go.)
**
** A stack that would pass Go's 1 GB maxstacksize is Go's fatal error, not
** a panic: "runtime: goroutine stack exceeds 1000000000-byte limit", then
** "fatal error: stack overflow" and the traceback, exit 2.
*/
#include "vmint.h"

#include <stdlib.h>
#include <string.h>

VmG *vm_newg(VmProgram *vp, G *g) {
  VmG *vm = xcalloc(1, sizeof *vm);
  size_t nslots = VM_STACK_MIN / sizeof(uint64_t);
  vm->g = g;
  vm->prog = vp;
  vm->stack = rt_stackalloc(VM_STACK_MIN);
  vm->stack_hi = vm->stack + nslots;
  g->vm = vm;
  return vm;
}

_Noreturn static void stack_overflow(VmG *vm, size_t bytes) {
  StrBuf sb = {0};
  sb_printf(&sb,
            "runtime: goroutine stack exceeds %zu-byte limit\n"
            "runtime: sp=%p stack=[%p, %p]\n"
            "fatal error: stack overflow\n\n",
            VM_STACK_MAX, (void *)vm->base, (void *)vm->stack,
            (void *)(vm->stack + bytes / sizeof(uint64_t)));
  vm_traceback(vm, &sb);
  rt_write(2, sb.buf, sb.len);
  rt_exit(2);
}

uint64_t *vm_growstack(VmG *vm, uint64_t *top, size_t need) {
  size_t used = (size_t)(top - vm->stack);
  size_t size = (size_t)(vm->stack_hi - vm->stack);
  while (used + need > size)
    size *= 2;
  if (size * sizeof(uint64_t) > VM_STACK_MAX)
    stack_overflow(vm, size * sizeof(uint64_t));
  uint64_t *ns = rt_stackalloc(size * sizeof(uint64_t));
  /* the whole old stack: above `top` may sit a call's arguments */
  memcpy(ns, vm->stack, (size_t)(vm->stack_hi - vm->stack) * sizeof(uint64_t));
  if (vm->base)
    vm->base = ns + (vm->base - vm->stack);
  rt_stackfree(vm->stack, (size_t)(vm->stack_hi - vm->stack) * sizeof(uint64_t));
  vm->stack = ns;
  vm->stack_hi = ns + size;
  return ns + used;
}

void vm_resetg(VmG *vm) {
  size_t nslots = VM_STACK_MIN / sizeof(uint64_t);
  if ((size_t)(vm->stack_hi - vm->stack) != nslots) {
    rt_stackfree(vm->stack, (size_t)(vm->stack_hi - vm->stack) * sizeof(uint64_t));
    vm->stack = rt_stackalloc(VM_STACK_MIN);
    vm->stack_hi = vm->stack + nslots;
  }
  vm->base = NULL;
  vm->pc = NULL;
  vm->catch = NULL;
  vm->sig = false;
  vm->printing_panic = false;
  vm->resume = VM_RESUME_NEXT;
  vm->gofn = NULL;
  vm->gopc = NULL;
  vm->nextentry = NULL;
  vm->exittries = 0;
}
