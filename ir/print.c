/*
** print.c -- `subgo dump ir`: a readable listing of the IR.
**
** One function per paragraph: a header with the name, signature and
** flags, the named registers, then the blocks. A register prints as rN;
** an instruction that defines registers prints them with their types
** (`r3 int = BINARY + r1, r2`); a `; line N` marker appears where the
** source line changes. After the functions come the package's globals and
** the method sets (itab layouts) of its types.
*/
#include "lower.h"

#include <inttypes.h>

static void put_type(FILE *out, Type *t) {
  if (!t) {
    fputs("?", out);
    return;
  }
  StrBuf sb = {0};
  type_string(&sb, t, NULL);
  fputs(sb_str(&sb), out);
  sb_free(&sb);
}

static void put_reg(FILE *out, IrReg r) {
  if (r) fprintf(out, "r%d", r);
  else fputs("_", out);
}

static void put_regs(FILE *out, const IrReg *rs, int n) {
  for (int i = 0; i < n; i++) {
    if (i) fputs(", ", out);
    put_reg(out, rs[i]);
  }
}

static void put_def(FILE *out, IrFunc *f, IrReg r) {
  put_reg(out, r);
  if (r) {
    fputc(' ', out);
    put_type(out, f->regs.items[r].type);
  }
}

static void put_quoted(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
    else if (c == '\n') fputs("\\n", out);
    else if (c == '\t') fputs("\\t", out);
    else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
    else fputc(c, out);
  }
  fputc('"', out);
}

static void put_const(FILE *out, Const *c) {
  if (!c) {
    fputs("zero", out);
    return;
  }
  switch (c->kind) {
  case CK_BOOL: fputs(c->b ? "true" : "false", out); break;
  case CK_STRING: put_quoted(out, c->s, c->slen); break;
  case CK_FLOAT: fprintf(out, "%.17g", c->f); break;
  case CK_INT: {
    StrBuf sb = {0};
    fputs(const_string(c, &sb), out);
    sb_free(&sb);
    break;
  }
  default: fputs("?", out);
  }
}

static void put_results(FILE *out, IrFunc *f, IrInstr *in) {
  if (in->op == IR_SETFIELD || in->op == IR_SETINDEX) return; /* dst is updated in place */
  if (in->dst) {
    put_def(out, f, in->dst);
    fputs(" = ", out);
  } else if (in->nresults) {
    for (int i = 0; i < in->nresults; i++) {
      if (i) fputs(", ", out);
      put_def(out, f, in->results[i]);
    }
    fputs(" = ", out);
  }
}

static const char *const alloc_kinds[] = {"var", "new", "composite", "temp"};

static void put_operands(FILE *out, IrInstr *in) {
  switch (in->op) {
  case IR_CONST: put_type(out, in->type); fputc(' ', out); put_const(out, in->u.val); break;
  case IR_ZERO: case IR_CONVERT: case IR_MAKEIFACE:
    put_type(out, in->type);
    if (in->a) fputc(' ', out), put_reg(out, in->a);
    break;
  case IR_FUNCVAL: fputs(in->u.fn->name, out); break;
  case IR_GLOBAL: fputs(in->u.global->name, out); break;
  case IR_BINARY: case IR_UNARY:
    fprintf(out, "%s ", ir_binop_name(in->sub));
    put_type(out, in->type);
    fputc(' ', out);
    put_reg(out, in->a);
    if (in->op == IR_BINARY) fputs(", ", out), put_reg(out, in->b);
    break;
  case IR_FIELD: put_reg(out, in->a); fprintf(out, ".%" PRId64, in->imm); break;
  case IR_SETFIELD: put_reg(out, in->dst); fprintf(out, ".%" PRId64 " = ", in->imm); put_reg(out, in->b); break;
  case IR_INDEX: put_reg(out, in->a); fputc('[', out); put_reg(out, in->b); fputc(']', out); break;
  case IR_SETINDEX:
    put_reg(out, in->dst), fputc('[', out), put_reg(out, in->b), fputs("] = ", out), put_reg(out, in->c);
    break;
  case IR_SLICE:
    put_reg(out, in->a);
    fputc('[', out);
    if (in->b) put_reg(out, in->b);
    fputc(':', out);
    if (in->c) put_reg(out, in->c);
    if (in->nargs && in->args[0]) fputc(':', out), put_reg(out, in->args[0]);
    fputc(']', out);
    break;
  case IR_MAKESLICE:
    put_type(out, in->type), fputc(' ', out), put_reg(out, in->a);
    if (in->b) fputs(", ", out), put_reg(out, in->b);
    break;
  case IR_ALLOC:
    fprintf(out, "%s ", alloc_kinds[in->sub]);
    put_type(out, in->type);
    fputs(in->escapes ? " (heap)" : " (stack)", out);
    if (in->sub == ALLOC_VAR && in->u.obj) fprintf(out, " %s", in->u.obj->name);
    break;
  case IR_STORE: fputc('*', out), put_reg(out, in->a), fputs(" = ", out), put_reg(out, in->b); break;
  case IR_FIELDADDR: fputc('&', out), put_reg(out, in->a), fprintf(out, ".%" PRId64, in->imm); break;
  case IR_INDEXADDR: fputc('&', out), put_reg(out, in->a), fputc('[', out), put_reg(out, in->b), fputc(']', out); break;
  case IR_MAKECLOSURE: fprintf(out, "%s [", in->u.fn->name), put_regs(out, in->args, in->nargs), fputc(']', out); break;
  case IR_CAPTURE: fprintf(out, "%" PRId64, in->imm); break;
  case IR_TYPEASSERT: put_reg(out, in->a), fputs(".(", out), put_type(out, in->type), fputc(')', out); break;
  case IR_CALL: fprintf(out, "%s(", in->u.fn->name), put_regs(out, in->args, in->nargs), fputc(')', out); break;
  case IR_CALLFUNC: put_reg(out, in->a), fputc('(', out), put_regs(out, in->args, in->nargs), fputc(')', out); break;
  case IR_CALLIFACE:
    put_reg(out, in->a), fprintf(out, ".method[%" PRId64 "](", in->imm);
    put_regs(out, in->args, in->nargs), fputc(')', out);
    break;
  case IR_RTCALL:
    fputs(ir_rtfn_name(in->sub), out);
    if (in->type) fputc(' ', out), put_type(out, in->type);
    fputs(" (", out), put_regs(out, in->args, in->nargs), fputc(')', out);
    if (in->sub == RT_SELECT && in->imm) fputs(" nonblocking", out);
    break;
  case IR_JUMP: fprintf(out, "b%d", in->target->id); break;
  case IR_BRANCH: put_reg(out, in->a), fprintf(out, " b%d b%d", in->target->id, in->els->id); break;
  case IR_RETURN: case IR_CONCAT: put_regs(out, in->args, in->nargs); break;
  default:
    if (in->a) put_reg(out, in->a);
    if (in->b) fputs(", ", out), put_reg(out, in->b);
    break;
  }
}

static void put_instr(FILE *out, IrFunc *f, IrInstr *in) {
  fputs("    ", out);
  put_results(out, f, in);
  fputs(ir_op_name(in->op), out);
  bool none = in->op == IR_SAFEPOINT || in->op == IR_DEFERRETURN || in->op == IR_RECOVER ||
              in->op == IR_UNREACHABLE || (in->op == IR_RETURN && in->nargs == 0);
  if (!none) {
    fputc(' ', out);
    put_operands(out, in);
  }
  fputc('\n', out);
}

static void put_header(FILE *out, IrFunc *f) {
  fprintf(out, "func %s", f->name);
  if (f->sig) {
    StrBuf sb = {0};
    type_string(&sb, f->sig, NULL);
    fprintf(out, " %s", sb_str(&sb) + 4); /* drop "func" */
    sb_free(&sb);
  }
  if (f->is_native) fprintf(out, " native %s", f->native_name);
  if (f->is_wrapper) fputs(" wrapper", out);
  if (f->has_defer) fputs(" has_defer", out);
  fputc('\n', out);
  if (f->is_native) return;
  fprintf(out, "  params %d", f->nparams);
  if (f->sig && f->sig->sig.recv) {
    fputs(" (receiver ", out);
    put_type(out, f->sig->sig.recv->type);
    fputc(')', out);
  }
  if (f->ctx) fprintf(out, ", ctx r%d", f->ctx);
  if (f->captures.len) {
    fputs(", captures (", out);
    for (int i = 0; i < f->captures.len; i++) {
      if (i) fputs(", ", out);
      put_type(out, f->captures.items[i]);
    }
    fputc(')', out);
  }
  if (f->exit) fprintf(out, ", exit b%d", f->exit->id);
  fputc('\n', out);
  bool any = false;
  for (int r = 1; r < f->regs.len; r++) {
    if (!f->regs.items[r].name || !f->regs.items[r].name[0]) continue;
    fputs(any ? ", " : "  vars ", out);
    fprintf(out, "r%d %s", r, f->regs.items[r].name);
    any = true;
  }
  if (any) fputc('\n', out);
}

void ir_print_func(IrFunc *f, FILE *out) {
  put_header(out, f);
  int line = 0;
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    fprintf(out, "  b%d:", b->id);
    if (b->loopdepth) fprintf(out, " ; loop depth %d", b->loopdepth);
    fputc('\n', out);
    for (int j = 0; j < b->instrs.len; j++) {
      IrInstr *in = &b->instrs.items[j];
      if (in->pos.line && in->pos.line != line) {
        line = in->pos.line;
        fprintf(out, "    ; line %d\n", line);
      }
      put_instr(out, f, in);
    }
  }
}

static Package *type_pkg(Type *t) {
  if (t->kind == T_POINTER) t = t->pointer.elem;
  return t->kind == T_NAMED && t->named.obj ? t->named.obj->pkg : NULL;
}

void ir_print(IrProgram *p, Package *only, FILE *out) {
  for (int i = 0; i < p->funcs.len; i++) {
    IrFunc *f = p->funcs.items[i];
    if (only && f->pkg != only) continue;
    ir_print_func(f, out);
    fputc('\n', out);
  }
  for (int i = 0; i < p->globals.len; i++) {
    IrGlobal *g = p->globals.items[i];
    if (only && g->obj->pkg != only) continue;
    fprintf(out, "var %s ", g->name);
    put_type(out, g->type);
    fputc('\n', out);
  }
  for (int i = 0; i < p->msets.len; i++) {
    IrMethodSet *ms = &p->msets.items[i];
    if (!ms->n || (only && type_pkg(ms->type) != only)) continue;
    fputs("methods ", out);
    put_type(out, ms->type);
    fputc('\n', out);
    for (int j = 0; j < ms->n; j++) fprintf(out, "  %s -> %s\n", ms->methods[j]->name, ms->ifn[j]->name);
  }
}
