/*
** names.c -- printable names of the IR's operations, operators and runtime
** entry points, generated from the tables in ir.h.
*/
#include "ir.h"

static const char *const op_names[] = {
#define IR_OP_NAME(name, doc) #name,
    IR_OPS(IR_OP_NAME)
#undef IR_OP_NAME
};

static const char *const binop_names[] = {
#define IR_BINOP_NAME(name, sym) sym,
    IR_BINOPS(IR_BINOP_NAME)
#undef IR_BINOP_NAME
};

static const char *const rtfn_names[] = {
#define IR_RT_NAME(name, cfn, sig) #cfn,
    IR_RTFNS(IR_RT_NAME)
#undef IR_RT_NAME
};

const char *ir_op_name(IrOp op) { return op < IR_OP_COUNT ? op_names[op] : "?"; }
const char *ir_binop_name(IrBinOp op) { return op < IR_BINOP_COUNT ? binop_names[op] : "?"; }
const char *ir_rtfn_name(IrRtFn fn) { return fn < RT_COUNT ? rtfn_names[fn] : "?"; }
