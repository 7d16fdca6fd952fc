/*
** dump.c -- `subgo dump types`: one line per package-level declaration, in
** source order (format documented in docs/types.md; tests/types/gotypes.go
** prints the same from go/types):
**   const c untyped int = 3       var x []string
**   type T struct{a int}          type A = map[string]int
**   func f(x int) (int, error)    func (*T) M() string
** Types are written as gc writes them in messages, names of other packages
** qualified by package name.
*/
#include "check.h"

static void dump_object(Package *pkg, Object *o, StrBuf *sb) {
  switch (o->kind) {
  case OBJ_CONST:
    sb_printf(sb, "const %s ", o->name);
    write_type(sb, o->type, pkg);
    if (o->val) {
      sb_puts(sb, " = ");
      const_string(o->val, sb);
    }
    break;
  case OBJ_VAR:
    sb_printf(sb, "var %s ", o->name);
    write_type(sb, o->type, pkg);
    break;
  case OBJ_TYPENAME:
    sb_printf(sb, "type %s ", o->name);
    if (o->alias) {
      sb_puts(sb, "= ");
      write_type(sb, o->type, pkg);
    } else {
      write_type(sb, under(o->type), pkg);
    }
    break;
  case OBJ_FUNC: {
    Type *sig = o->type;
    sb_puts(sb, "func ");
    if (sig && sig->kind == T_FUNC && sig->sig.recv) {
      sb_putc(sb, '(');
      write_type(sb, sig->sig.recv->type, pkg);
      sb_puts(sb, ") ");
    }
    sb_puts(sb, o->name);
    if (sig && sig->kind == T_FUNC) write_signature(sb, sig, pkg);
    break;
  }
  default: break;
  }
}

void types_dump(Package *pkg, FILE *out) {
  if (!pkg) return;
  for (int i = 0; i < pkg->objects.len; i++) {
    StrBuf sb = {0};
    dump_object(pkg, pkg->objects.items[i], &sb);
    fprintf(out, "%s\n", sb_str(&sb));
    sb_free(&sb);
  }
}
