/*
** run.c -- the VM's entry points: vm_run (subgo run) and vm_dump (subgo
** dump bc).
**
** Start-up, in order: install the runtime hooks (gopanic, tracebacks,
** Caller, Stack), compile every function (errors stop here: exit 1), hand
** os.Args to the natives, then start the scheduler (sched.c vm_start):
** goroutine 1 runs the package initialization, then main.main. When main
** returns the program's output is flushed and the process exits 0, as Go's
** runtime.main does; os.Exit and fatal panics leave through rt_exit earlier.
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

int vm_run(IrProgram *p, Diags *diags, const char *progname, int nargs, char **args) {
  VmProgram *vp = compile(p, diags);
  if (vp == NULL)
    return 1;
  char **argv = xcalloc((size_t)nargs + 2, sizeof *argv);
  argv[0] = (char *)progname;
  memcpy(argv + 1, args, (size_t)nargs * sizeof *args);
  rt_set_args(nargs + 1, argv);
  vm_start(vp);
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
