/*
** run.c -- the VM's entry points: vm_run (subgo run) and vm_dump (subgo
** dump bc).
**
** Start-up, in order: install the runtime hooks (gopanic, tracebacks,
** Caller, Stack), compile every function (errors stop here: exit 1), hand
** os.Args to the natives, make goroutine 1 with its 2 KB VM stack, run the
** program's package initialization, then main.main. When main returns the
** program's output is flushed and the process exits 0, as Go's runtime.main
** does; os.Exit and fatal panics leave through rt_exit earlier.
*/
#include "vmint.h"

#include <stdlib.h>
#include <string.h>

static VmProgram *compile(IrProgram *p, Diags *diags) {
  VmProgram *vp = xcalloc(1, sizeof *vp);
  vp->ir = p;
  vp->diags = diags;
  vm_install_panic_hook();
  vm_install_traceback_hooks();
  bool ok = vm_compile(vp);
  diag_flush(diags);
  return ok ? vp : NULL;
}

static void run_func(VmG *vm, IrFunc *f) {
  if (f)
    vm_call(vm, vm->prog->protos[f->id], NULL, 0, 0);
}

int vm_run(IrProgram *p, Diags *diags, const char *progname, int nargs, char **args) {
  VmProgram *vp = compile(p, diags);
  if (vp == NULL)
    return 1;
  char **argv = xcalloc((size_t)nargs + 2, sizeof *argv);
  argv[0] = (char *)progname;
  memcpy(argv + 1, args, (size_t)nargs * sizeof *args);
  rt_set_args(nargs + 1, argv);
  G *g = xcalloc(1, sizeof *g);
  g->goid = 1;
  VmG *vm = vm_newg(vp, g);
  const char *trace = getenv("SUBGO_TRACE");
  vm->trace = trace && strcmp(trace, "1") == 0;
  vm_set_current(vm);
  run_func(vm, p->init);
  run_func(vm, p->mainfn);
  rt_exit(0);
}

int vm_dump(IrProgram *p, Package *only, Diags *diags, FILE *out) {
  VmProgram *vp = compile(p, diags);
  if (vp == NULL)
    return 1;
  for (int i = 0; i < p->funcs.len; i++) {
    IrFunc *f = p->funcs.items[i];
    if (!f->is_native && (only == NULL || f->pkg == only))
      vm_dump_proto(vp, vp->protos[f->id], out);
  }
  return 0;
}
