/*
** sched.c -- the VM's side of the scheduler (runtime/proc.c): how a VM
** goroutine starts, runs, stops and ends. The runtime calls the hooks
** below through RtBackend; the VM calls rt_newproc and friends.
**
**  - A goroutine is a G plus a VmG: its VM stack and saved base/pc. It
**    owns no native stack: vm_execute_g runs it on the M's thread until
**    its bottom frame returns or the interpreter stops (vm_stop), and then
**    the runtime's mcall step (park_m, gosched_m...) runs.
**  - Resuming: vm_stop recorded how (vmint.h VmResume); a g that parked
**    runs the same instruction again with g->resumed set, so the blocking
**    operation finishes (runtime.h's gopark contract).
**  - `go c()` (vm_newproc): the arguments were evaluated by the caller
**    into the closure c; the new g gets (or reuses) a VmG with c's frame
**    entered from C at the bottom, and the creator's pc for the
**    traceback's "created by" line.
**  - Goroutine 1 runs the package inits, then main.main (nextentry); when
**    main.main returns the process exits 0 at once, whatever the other
**    goroutines are doing, as Go's runtime.main does.
**  - Timer functions (time.Timer's sendTime, AfterFunc's goFunc) run on the
**    M in a per-M VmG of a system g, from C: they never block.
*/
#include "vmint.h"

#include <stdlib.h>
#include <string.h>

static VmProgram *program;

void vm_stop(VmG *vm, jmp_buf *outer, VmResume how) {
  if (outer != NULL)
    rt_throw("subgo VM: a goroutine blocked inside a call made by the runtime");
  vm->resume = how;
  vm->catch = outer;
}

/* a func() value for an entry point (package init, main.main) */
static Closure *entryclosure(Proto *f) {
  Closure *c = mallocgc(sizeof *c, NULL, true);
  c->fn = f;
  return c;
}

/* goroutine 1's main.main returned: exit, unless a panicking goroutine
** must be given time to report (runtime.main's wait); then Gosched */
static void main_exit(VmG *vm) {
  if (rt_main_may_exit(vm->exittries++))
    rt_exit(0);
  rt_gosched(vm->g);
}

static void vm_execute_g(G *gp) {
  VmG *vm = gp->vm;
  vm_set_current(vm);
  if (vm->exittries > 0) { /* back from main_exit's Gosched */
    gp->resumed = false;
    vm->resume = VM_RESUME_NEXT;
    main_exit(vm);
    vm_set_current(NULL);
    return;
  }
  if (vm->resume != VM_RESUME_NEXT) {
    vm->pc--;
    gp->resumed = vm->resume == VM_RESUME_FINISH;
    vm->resume = VM_RESUME_NEXT;
  }
  for (;;) {
    if (vm->pc == NULL) { /* the bottom function is a native */
      Proto *f = FR_PROTO(vm->base);
      f->native(gp, vm->base);
      if (gp->mcallfn) { /* it parked: call it again to finish */
        vm->resume = VM_RESUME_NEXT;
        break;
      }
    } else {
      vm_execute(vm);
      if (gp->mcallfn)
        break;
    }
    /* the bottom frame returned */
    if (vm->nextentry) {
      Proto *f = vm->nextentry;
      vm->nextentry = NULL;
      gp->lockedm = false; /* the inits are done */
      vm->base = NULL;
      vm_enter_closure(vm, entryclosure(f), FRAME_ENTRY, NULL);
      continue;
    }
    if (gp->goid == 1)
      main_exit(vm);
    break;
  }
  vm_set_current(NULL);
}

/* the bottom frame of a new goroutine: the func() closure c */
static void enter_bottom(VmG *vm, Closure *c) {
  vm->base = NULL;
  vm_enter_closure(vm, c, FRAME_ENTRY, NULL);
  if (((Proto *)c->fn)->native)
    vm->pc = NULL;
}

static VmG *newg(VmProgram *vp, bool *fresh) {
  G *gp = rt_malg();
  *fresh = gp->vm == NULL;
  if (*fresh)
    return vm_newg(vp, gp);
  vm_resetg(gp->vm);
  return gp->vm;
}

void vm_newproc(VmG *vm, Closure *c) {
  if (c == NULL)
    rt_throw("go of nil func value");
  bool fresh;
  VmG *ng = newg(vm->prog, &fresh);
  ng->trace = vm->trace;
  enter_bottom(ng, c);
  ng->gofn = vm->base ? FR_PROTO(vm->base) : NULL;
  ng->gopc = vm->pc;
  rt_newproc(ng->g, false);
}

/* ---- timer functions ---- */

static _Thread_local VmG *timervm; /* this M's system context */

static void vm_timerfn(Closure *f, Eface arg, uintptr_t seq) {
  if (timervm == NULL) {
    G *g = calloc(1, sizeof *g);
    g->issystem = true;
    timervm = vm_newg(program, g);
  }
  VmG *saved = vm_current();
  vm_set_current(timervm);
  uint64_t args[3] = {(uint64_t)(uintptr_t)arg.type, (uint64_t)(uintptr_t)arg.data, seq};
  timervm->base = NULL;
  vm_call(timervm, f->fn, args, 3, 0);
  vm_set_current(saved);
}

_Noreturn void vm_start(VmProgram *vp) {
  program = vp;
  RtBackend be = {vm_execute_g, vm_timerfn, vm_traceback_g};
  rt_schedinit(&be);
  G *g = rt_malg();
  VmG *vm = vm_newg(vp, g);
  const char *trace = getenv("SUBGO_TRACE");
  vm->trace = trace && strcmp(trace, "1") == 0;
  IrProgram *p = vp->ir;
  Proto *mainfn = p->mainfn ? vp->protos[p->mainfn->id] : NULL;
  Proto *first = p->init ? vp->protos[p->init->id] : mainfn;
  vm->nextentry = p->init ? mainfn : NULL;
  enter_bottom(vm, entryclosure(first));
  rt_newproc(g, false);
  g->lockedm = vm->nextentry != NULL;
  rt_mstart();
}
