/*
** dump.c -- the bytecode as text: `subgo dump bc` (a listing in the manner
** of `luac -l`) and SUBGO_TRACE=1 (one line per executed instruction, in
** the manner of clox's trace), both printing instructions the same way.
**
** Listing of one function:
**     function main.fib (fib.go:3): 9 instructions, 1 param slots, 7 frame slots, 0 constants
**     	[0]	4	JGEI        0 2 +3	; to [4]
** Columns: pc, source line, opcode, operands in the opcode's format
** (opcodes.h), then a comment: a jump's target, a call's callee, a
** constant's value, the extra word X.
*/
#include "vmint.h"

#include <stdlib.h>
#include <string.h>

const char *const vm_opnames[OP_COUNT] = {
#define VM_OP_NAME(name, fmt, extra, doc) #name,
    VM_OPCODES(VM_OP_NAME)
#undef VM_OP_NAME
};

const uint8_t vm_opformats[OP_COUNT] = {
#define VM_OP_FMT(name, fmt, extra, doc) FMT_##fmt,
    VM_OPCODES(VM_OP_FMT)
#undef VM_OP_FMT
};

const uint8_t vm_opextra[OP_COUNT] = {
#define VM_OP_EXTRA(name, fmt, extra, doc) extra,
    VM_OPCODES(VM_OP_EXTRA)
#undef VM_OP_EXTRA
};

/* the extra word is a type descriptor for these opcodes */
static bool x_is_type(VmOp op) {
  return op == OP_EQV || op == OP_IDXN || op == OP_AIDX || op == OP_ASETIDX ||
         op == OP_PIDXADDR || op == OP_NEW;
}

static bool is_jump(VmOp op) { return op >= OP_JMP && op <= OP_JNLEF; }

static void comment(const Proto *p, const Instr *pc, StrBuf *out) {
  Instr i = *pc;
  VmOp op = (VmOp)GET_OP(i);
  int at = (int)(pc - p->code);
  if (is_jump(op)) {
    int64_t off = vm_opformats[op] == FMT_ABsC || vm_opformats[op] == FMT_AsBsC ? GET_sC(i)
                                                                                : GET_sBx(i);
    sb_printf(out, "\t; to [%lld]", (long long)(at + 1 + off));
  } else if (op == OP_LOADK && GET_Bx(i) < (uint64_t)p->nk) {
    sb_printf(out, "\t; 0x%llx", (unsigned long long)p->k[GET_Bx(i)]);
  } else if (op == OP_LOADK2 && GET_Bx(i) + 1 < (uint64_t)p->nk) {
    sb_printf(out, "\t; \"%.*s\"", (int)(p->k[GET_Bx(i) + 1] > 40 ? 40 : p->k[GET_Bx(i) + 1]),
              (const char *)(uintptr_t)p->k[GET_Bx(i)]);
  } else if (op == OP_CALLH) {
    sb_printf(out, "\t; %s", vm_helper_names[GET_B(i)]);
  }
  if (vm_opextra[op] && !(op == OP_CALLH && pc[1] == 0)) {
    uint64_t x = pc[1];
    if (x_is_type(op))
      sb_printf(out, "%s X=%s", is_jump(op) || op == OP_CALLH ? "," : "\t;",
                ((const RType *)(uintptr_t)x)->str);
    else
      sb_printf(out, "%s X=%#llx", op == OP_CALLH ? "," : "\t;", (unsigned long long)x);
  }
}

void vm_format_instr(const Proto *p, const Instr *pc, StrBuf *out) {
  Instr i = *pc;
  VmOp op = (VmOp)GET_OP(i);
  sb_printf(out, "%-12s", op < OP_COUNT ? vm_opnames[op] : "?");
  switch ((VmFormat)vm_opformats[op]) {
  case FMT_ABC: sb_printf(out, "%u %u %u", GET_A(i), GET_B(i), GET_C(i)); break;
  case FMT_ABsC: sb_printf(out, "%u %u %+lld", GET_A(i), GET_B(i), (long long)GET_sC(i)); break;
  case FMT_AsBsC:
    sb_printf(out, "%u %d %+lld", GET_A(i), GET_sB(i), (long long)GET_sC(i));
    break;
  case FMT_ABx: sb_printf(out, "%u %llu", GET_A(i), (unsigned long long)GET_Bx(i)); break;
  case FMT_AsBx: sb_printf(out, "%u %+lld", GET_A(i), (long long)GET_sBx(i)); break;
  case FMT_sJ: sb_printf(out, "%+lld", (long long)GET_sBx(i)); break;
  case FMT_A: sb_printf(out, "%u", GET_A(i)); break;
  case FMT_AB: sb_printf(out, "%u %u", GET_A(i), GET_B(i)); break;
  default: break;
  }
  comment(p, pc, out);
}

static void callee_comment(VmProgram *vp, const Instr *pc, StrBuf *out) {
  VmOp op = (VmOp)GET_OP(*pc);
  if (op == OP_CALL || op == OP_CALLN)
    sb_printf(out, "\t; %s", vp->protos[GET_Bx(*pc)]->name);
}

void vm_dump_proto(VmProgram *vp, const Proto *p, FILE *out) {
  IrFunc *f = p->fn;
  const char *file = f->file ? f->file->path : "?";
  const char *slash = strrchr(file, '/');
  fprintf(out, "\nfunction %s (%s:%d): %d instructions, %d param slots, %d frame slots, %d constants\n",
          p->name, slash ? slash + 1 : file, f->pos.line, p->ncode, p->nparamslots,
          p->framesize, p->nk);
  StrBuf sb = {0};
  for (int at = 0; at < p->ncode; at++) {
    VmOp op = (VmOp)GET_OP(p->code[at]);
    sb.len = 0;
    sb_printf(&sb, "\t[%d]\t%d\t", at, p->lines[at]);
    vm_format_instr(p, p->code + at, &sb);
    callee_comment(vp, p->code + at, &sb);
    fprintf(out, "%s\n", sb.buf);
    at += op < OP_COUNT ? vm_opextra[op] : 0;
  }
  sb_free(&sb);
}

void vm_trace(VmG *vm, const uint64_t *base, const Instr *pc) {
  const Proto *p = FR_PROTO(base);
  StrBuf sb = {0};
  sb_printf(&sb, "%-28s [%4d] %5d  ", p->name, (int)(pc - p->code), p->lines[pc - p->code]);
  vm_format_instr(p, pc, &sb);
  callee_comment(vm->prog, pc, &sb);
  sb_putc(&sb, '\n');
  rt_write(2, sb.buf, sb.len);
  sb_free(&sb);
}
