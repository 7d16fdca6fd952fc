/*
** panic.c -- defer, panic and recover for bytecode (Go's panic.go).
**
** Deferred calls: DEFER pushes a VmDefer {fn, frame} on g->_defer (newest
** first); `frame` is the deferring frame's base offset, its identity.
** DEFERRETURN (at every exit of a function with defers) is Go's
** deferreturn: while the newest record belongs to this frame, pop it and
** call it, and when it returns run the same DEFERRETURN again
** (FRAME_DEFERRETURN links back to the instruction itself).
**
** gopanic is a state machine whose state lives in g, not on the C stack,
** so deferred calls run as ordinary bytecode frames (they may be deep, may
** grow the stack and, with issue 5, may park):
**   vm_gopanic    pushes a VmPanic on g->_panic and goes to panic_next;
**   panic_next    takes the newest defer record: one already started by an
**                 earlier panic is that panic's, which is now aborted, and
**                 is dropped; otherwise it is marked started, owned by this
**                 panic, and called on top of the current frame as a
**                 FRAME_PANICDEFER frame (p->argp = its base offset). With
**                 no records left the panic is fatal.
**   vm_panic_deferreturned  (the interpreter's return from such a frame)
**                 pops the record; if the call recovered the panic, the
**                 recovered and aborted panics leave g->_panic and execution
**                 resumes in the deferring frame at its exit block (IR
**                 IrFunc.exit: DEFERRETURN, then RETURN of the named
**                 results); otherwise panic_next again.
** recover() succeeds only in the frame whose base offset is the newest
** panic's argp: the function the panic machinery called directly, as Go's
** gorecover compares argp.
**
** Run-time errors: the runtime's rt_panic_* call rt_gopanic_hook =
** vm_throw, which longjmps to the running interpreter (vmint.h VmG.catch);
** the interpreter then calls vm_gopanic with the state it saved.
**
** A fatal panic prints as Go's fatalpanic: preprintpanics (runtime.
** preprintpanic, Go code run here through vm_call, turns error and Stringer
** values into their text), printpanics (oldest first, "panic: v" plus
** " [recovered]", nested ones after a tab), the "[signal SIGSEGV..." line
** when the newest panic came from a nil dereference, a blank line, the
** traceback, exit status 2.
*/
#include "vmint.h"

#include <string.h>

static VmG *current; /* the running goroutine's VM state (one g until issue 5) */

VmG *vm_current(void) { return current; }

/* rt_gopanic_hook: back to the interpreter, which starts the panic */
_Noreturn static void vm_throw(Eface v) {
  VmG *vm = current;
  if (vm == NULL || vm->catch == NULL) {
    rt_printstring(rt_gostring("panic: "));
    rt_printpanicval(v);
    rt_printnl();
    rt_throw("panic outside of Go code (subgo VM)");
  }
  vm->thrown = v;
  longjmp(*vm->catch, 1);
}

void vm_install_panic_hook(void) { rt_gopanic_hook = vm_throw; }

void vm_set_current(VmG *vm) { current = vm; }

/* ---- defer ---- */

void vm_defer(VmG *vm, Closure *fn, uint64_t *base) {
  VmDefer *d = mallocgc(sizeof *d, NULL, true);
  d->d.fn = fn;
  d->d.frame = (uintptr_t)(base - vm->stack);
  d->d.link = vm->g->_defer;
  vm->g->_defer = &d->d;
}

/* A deferred native (a func value of a body-less function) has no frame:
** it runs at once, from C. */
static bool run_if_native(VmG *vm, Closure *c) {
  Proto *f = c->fn;
  if (f->native == NULL)
    return false;
  uint64_t slots[1] = {(uint64_t)(uintptr_t)c};
  f->native(vm->g, slots);
  return true;
}

bool vm_deferreturn(VmG *vm, uint64_t *base, const Instr *self) {
  for (;;) {
    Defer *d = vm->g->_defer;
    if (d == NULL || d->frame != (uintptr_t)(base - vm->stack))
      return false;
    vm->g->_defer = d->link;
    if (!run_if_native(vm, d->fn)) {
      vm_enter_closure(vm, d->fn, FRAME_DEFERRETURN, self);
      return true;
    }
  }
}

/* ---- panic ---- */

_Noreturn static void fatalpanic(VmG *vm);

static void panic_next(VmG *vm, VmPanic *p) {
  G *g = vm->g;
  for (;;) {
    VmDefer *d = (VmDefer *)g->_defer;
    if (d == NULL)
      fatalpanic(vm);
    if (d->started) {
      /* started by an earlier panic, which this one supersedes */
      if (d->panic)
        d->panic->p.aborted = true;
      d->panic = NULL;
      g->_defer = d->d.link;
      continue;
    }
    d->started = true;
    d->panic = p;
    if (run_if_native(vm, d->d.fn)) {
      d->panic = NULL;
      g->_defer = d->d.link;
      continue;
    }
    vm_enter_closure(vm, d->d.fn, FRAME_PANICDEFER, vm->pc);
    p->argp = (intptr_t)(vm->base - vm->stack);
    return;
  }
}

static bool is_nilderef(Eface v) {
  static const char msg[] = "invalid memory address or nil pointer dereference";
  if (v.type == NULL || v.type != rt_types.errorString)
    return false;
  const GoString *s = v.data;
  return s->len == (intptr_t)sizeof msg - 1 && memcmp(s->ptr, msg, sizeof msg - 1) == 0;
}

void vm_gopanic(VmG *vm, Eface v) {
  if (vm->printing_panic) {
    /* Go's preprintpanics recovers this and throws */
    if (v.type == rt_types.string_) {
      const GoString *s = v.data;
      StrBuf sb = {0};
      sb_printf(&sb, "panic while printing panic value: %.*s", (int)s->len,
                (const char *)s->ptr);
      rt_throw(sb.buf);
    }
    StrBuf sb = {0};
    sb_printf(&sb, "panic while printing panic value: type %s", v.type ? v.type->str : "nil");
    rt_throw(sb.buf);
  }
  VmPanic *p = mallocgc(sizeof *p, NULL, true);
  p->p.arg = v;
  p->p.link = vm->g->_panic;
  p->argp = -1;
  vm->g->_panic = &p->p;
  vm->sig = is_nilderef(v);
  panic_next(vm, p);
}

void vm_panic_deferreturned(VmG *vm) {
  G *g = vm->g;
  VmDefer *d = (VmDefer *)g->_defer;
  if (d == NULL || !d->started || d->panic == NULL)
    rt_throw("bad defer entry in panic");
  VmPanic *p = d->panic;
  p->argp = -1;
  d->panic = NULL;
  g->_defer = d->d.link;
  if (!p->p.recovered) {
    panic_next(vm, p);
    return;
  }
  /* recovered: drop it and the panics it had aborted, then resume the
  ** deferring frame at its exit block */
  g->_panic = p->p.link;
  while (g->_panic && g->_panic->aborted)
    g->_panic = g->_panic->link;
  if (g->_panic == NULL)
    vm->sig = false;
  uint64_t *frame = vm->stack + d->d.frame;
  const Proto *fp = FR_PROTO(frame);
  if (fp->exitpc < 0)
    rt_throw("recovery in a function without an exit block (subgo VM)");
  vm->base = frame;
  vm->pc = fp->code + fp->exitpc;
}

Eface vm_recover(VmG *vm, uint64_t *base) {
  VmPanic *p = (VmPanic *)vm->g->_panic;
  Eface none = {NULL, NULL};
  if (p == NULL || p->p.goexit || p->p.recovered || p->argp != base - vm->stack)
    return none;
  p->p.recovered = true;
  return p->p.arg;
}

/* ---- fatal panics ---- */

/* preprintpanics: error and Stringer values become their text, by running
** runtime.preprintpanic (Go code) on each panic value */
static void preprintpanics(VmG *vm) {
  IrFunc *pre = vm->prog->ir->preprintpanic;
  if (pre == NULL)
    return;
  Proto *fn = vm->prog->protos[pre->id];
  vm->printing_panic = true;
  for (Panic *p = vm->g->_panic; p; p = p->link) {
    uint64_t slots[2] = {(uint64_t)(uintptr_t)p->arg.type, (uint64_t)(uintptr_t)p->arg.data};
    vm_call(vm, fn, slots, 2, 2);
    p->arg.type = (const RType *)(uintptr_t)slots[0];
    p->arg.data = (void *)(uintptr_t)slots[1];
  }
  vm->printing_panic = false;
}

static void printpanics(Panic *p) {
  if (p->link) {
    printpanics(p->link);
    if (!p->link->goexit)
      rt_printstring(rt_gostring("\t"));
  }
  if (p->goexit)
    return;
  rt_printstring(rt_gostring("panic: "));
  rt_printpanicval(p->arg);
  if (p->recovered)
    rt_printstring(rt_gostring(" [recovered]"));
  rt_printnl();
}

_Noreturn static void fatalpanic(VmG *vm) {
  preprintpanics(vm);
  printpanics(vm->g->_panic);
  StrBuf sb = {0};
  if (vm->sig)
    sb_printf(&sb, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%lx]\n",
              (unsigned long)(uintptr_t)vm->pc);
  sb_putc(&sb, '\n');
  vm_traceback(vm, &sb);
  rt_write(2, sb.buf, sb.len);
  rt_exit(2);
}
