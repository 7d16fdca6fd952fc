/*
** lower_conv.c -- conversions, explicit (T(x)) and implicit (assignability).
**
** coerce is the one place a value of type V meets a destination of type T
** (assignment, argument, result, send, composite element, map key,
** comparison with an interface): identical types need nothing; an
** interface destination gets MAKEIFACE (boxing a concrete value, which
** also records V as a possible dynamic type for the method-set table, or
** converting between interfaces); anything else assignable (a named type
** and its unnamed underlying type, a bidirectional channel to a
** directional one) is a representation-preserving CONVERT.
** Explicit conversions add numeric conversions, string(rune),
** string <-> []byte and []rune, and Go 1.17's slice -> array pointer
** (which checks the length), all CONVERT too.
*/
#include "lower.h"

IrReg make_iface(Fn *F, IrReg v, Type *from, Type *iface) {
  if (!ty_is_iface(from)) msets_add(F->b, from);
  return emit_value(F, IR_MAKEIFACE, 0, iface, v, 0);
}

IrReg coerce(Fn *F, IrReg v, Type *from, Type *to) {
  if (from == to || types_identical(from, to)) return v;
  if (from->kind == T_UNTYPED_NIL) return emit_zero(F, to);
  if (ty_is_iface(to)) return make_iface(F, v, from, to);
  return emit_value(F, IR_CONVERT, 0, to, v, 0);
}

IrReg lower_conversion(Fn *F, Node *call) {
  Node *x = call->call.args.items[0];
  Type *to = expr_type(F, call);
  if (x->mode == MODE_NIL) return emit_zero(F, to);
  Type *from = expr_type(F, x);
  IrReg v = lower_expr(F, x);
  if (types_identical(from, to)) return v;
  if (ty_is_iface(to)) return make_iface(F, v, from, to);
  F->pos = call->pos;
  return emit_value(F, IR_CONVERT, 0, to, v, 0);
}
