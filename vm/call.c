/*
** call.c -- frames pushed from C rather than by a CALL instruction: the
** program's entry points (package init, main.main), Go functions the
** runtime side needs run (runtime.preprintpanic), and deferred calls
** started by DEFERRETURN or by a panic.
**
** Such a frame goes right above the current frame's extent (base +
** framesize, which covers its call area, so nothing live is overwritten),
** with the usual 3-slot header. Its link says how it was entered
** (FrameKind): an entry frame makes the interpreter return to its C caller
** when the function returns; a deferred call returns into panic.c's
** machinery or re-runs DEFERRETURN.
*/
#include "vmint.h"

#include <string.h>

/* the first slot above the current frame, room made for a frame of f */
static uint64_t *push_frame(VmG *vm, const Proto *f, uint64_t link) {
  uint64_t *top = vm->base ? vm->base + FR_PROTO(vm->base)->framesize : vm->stack;
  uint64_t *nb = top + VM_HDR;
  if (nb + f->framesize > vm->stack_hi)
    nb = vm_growstack(vm, nb, (size_t)f->framesize);
  FR_LINK(nb) = link;
  FR_CALLER(nb) = vm->base ? (uint64_t)(vm->base - vm->stack) : 0;
  nb[-1] = (uint64_t)(uintptr_t)f;
  return nb;
}

void vm_call(VmG *vm, Proto *fn, uint64_t *args, int nargs, int nres) {
  const Instr *savedpc = vm->pc;
  intptr_t savedbase = vm->base ? vm->base - vm->stack : -1;
  uint64_t *nb = push_frame(vm, fn, FRAME_ENTRY);
  intptr_t off = nb - vm->stack;
  if (nargs > 0)
    memcpy(nb, args, (size_t)nargs * sizeof *args);
  if (fn->native) {
    fn->native(vm->g, nb);
  } else {
    vm->base = nb;
    vm->pc = fn->code;
    vm_execute(vm);
  }
  /* the stack may have moved: results by offset */
  if (nres > 0)
    memcpy(args, vm->stack + off, (size_t)nres * sizeof *args);
  vm->base = savedbase < 0 ? NULL : vm->stack + savedbase;
  vm->pc = savedpc;
}

void vm_enter_closure(VmG *vm, Closure *c, FrameKind kind, const Instr *retpc) {
  Proto *f = c->fn;
  uint64_t *nb = push_frame(vm, f, (uint64_t)(uintptr_t)retpc | kind);
  nb[0] = (uint64_t)(uintptr_t)c; /* a func() closure's ctx is its slot 0 */
  vm->base = nb;
  vm->pc = f->code;
}
