/*
** vm.h -- public interface of the bytecode VM (vm/): IR -> register
** bytecode, and the interpreter that runs it on top of libsubgort.
**
** `subgo run` calls vm_run; `subgo dump bc` calls vm_dump. Both compile
** every function of the program first; constructs the VM cannot run yet
** (channels, goroutines, select: issue 5) and natives the runtime does not
** implement are compile errors ("file:L:C: X is not implemented"), reported
** through diags, never a crash at run time.
*/
#ifndef SUBGO_VM_H
#define SUBGO_VM_H

#include "../ir/ir.h"

/* vm_run compiles p and runs it: package initialization, then main.main,
** with os.Args = progname + args. Returns the exit status when it returns
** at all: 1 after compile errors (printed through diags); a finished
** program exits the process itself (status 0, os.Exit's code, or 2 after
** an unrecovered panic), flushing the program's output first. */
int vm_run(IrProgram *p, Diags *diags, const char *progname, int nargs,
           char **args);

/* vm_dump compiles p and writes a luac -l style listing of the functions
** of package `only` (NULL: every function) to out. Returns 0, or 1 after
** compile errors. */
int vm_dump(IrProgram *p, Package *only, Diags *diags, FILE *out);

#endif
