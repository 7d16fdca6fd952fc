/*
** types.h -- public interface of the type checker stage (types/).
** (The checker's author owns this file: it grows the Type/Object/Scope/Const
** definitions the IR will consume. The two entry points below are fixed.)
*/
#ifndef SUBGO_TYPES_H
#define SUBGO_TYPES_H

#include "../parser/parser.h"

typedef struct Package Package;

/* types_check checks the files of one package (any package name) and the
** stdlib packages they import. Errors go to diags in gc's (types2's) words. */
Package *types_check(AstFile **files, int nfiles, Diags *diags);

/* dump types: every package-level declaration with its type. */
void types_dump(Package *pkg, FILE *out);

#endif
