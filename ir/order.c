/*
** order.c -- evaluation order within a statement, as gc's order pass
** (cmd/compile/internal/walk/order.go) fixes it.
**
** The spec orders only calls, method calls and receives (left to right);
** gc evaluates, in a statement, first every call, receive and && / ||
** expression, and the builtins, conversions, slicings and assertions its
** order pass also copies into temporaries (hoisted_kind), in source
** order, innermost first; then everything else: variable and field
** reads, index and map reads, arithmetic. So `x + f()` and `fmt.Println(x, f())` see the x that f
** left, and `a[i] = f()` indexes with the i f left. Before a statement
** is lowered, order_* walks its expressions and lowers those parts ahead
** of time (hoist), recording their registers; lower_expr and friends then
** take the recorded registers when they reach those nodes.
**
** Two more gc details: a value converted to an interface that the
** conversion must box through its address (structs, arrays: anything that
** is not pointer-shaped, not 1, 2, 4 or 8 bytes without pointers, not a
** string or slice) is copied at that point, and so are both operands of
** a struct or array comparison: a later call cannot change them.
**
** Not hoisted: the right operand of && / || stays conditional (its own
** calls are ordered when it is lowered), and func literal bodies are
** separate functions.
*/
#include "lower.h"

typedef struct Hoisted {
  int n;
  IrReg regs[];
} Hoisted;

static void record(Fn *F, Node *n, IrReg *regs, int k) {
  Hoisted *h = arena_alloc(F->b->arena, sizeof *h + sizeof(IrReg) * (size_t)(k ? k : 1));
  h->n = k;
  for (int i = 0; i < k; i++) h->regs[i] = regs[i];
  pm_put(&F->hoisted, ast_unparen(n), h);
}

/* hoisted: the registers recorded for n (consumed), their count; 0 if n
** was not hoisted, -1 for a call without results */
int hoisted(Fn *F, Node *n, IrReg *out, int max) {
  if (!F->hoisted.count) return 0;
  Hoisted *h = pm_get(&F->hoisted, ast_unparen(n));
  if (!h) return 0;
  for (int i = 0; i < h->n && i < max; i++) out[i] = h->regs[i];
  pm_put(&F->hoisted, ast_unparen(n), NULL); /* each node is lowered once */
  return h->n ? h->n : -1;
}

/* boxing needs the value's address (gc's dataWordFuncName needsaddr) */
static bool boxes_by_address(Type *t) {
  if (ty_is_iface(t) || ir_is_direct_iface(t)) return false;
  int64_t size = ir_sizeof(t), align = ir_alignof(t);
  bool ptrs = ir_ptrdata(t) > 0;
  if (size == 0 || size == 1 || (size == 2 && align == 2)) return false;
  if ((size == 4 && align == 4 && !ptrs) || (size == 8 && align == 8 && !ptrs)) return false;
  Type *u = ty_under(t);
  while ((u->kind == T_STRUCT && u->strct.fields.len == 1) || (u->kind == T_ARRAY && u->array.len == 1))
    u = ty_under(u->kind == T_STRUCT ? u->strct.fields.items[0]->type : u->array.elem);
  return u->kind != T_STRING && u->kind != T_SLICE;
}

static void order_node(Fn *F, Node *n, Type *dst);

static void order_list(Fn *F, NodeList *l) {
  for (int i = 0; i < l->len; i++) order_node(F, l->items[i], NULL);
}

/* a value copied now, as gc's addrTemp does before boxing it */
static void hoist_copy(Fn *F, Node *n) {
  int mark = F->f->regs.len;
  IrReg v = lower_expr(F, n);
  if (v < mark) {
    IrReg t = new_reg(F, reg_type(F, v), NULL);
    emit_move(F, t, v);
    v = t;
  }
  record(F, n, &v, 1);
}

static void hoist_call(Fn *F, Node *call) {
  Type *sig = ty_under(ast_unparen(call->call.fun)->type);
  int k = sig_nresults(sig);
  IrReg *regs = xcalloc((size_t)k + 1, sizeof(IrReg));
  lower_call_results(F, call, regs, k);
  record(F, call, regs, k);
  free(regs);
}

static void hoist_recv(Fn *F, Node *n) {
  IrReg regs[2];
  lower_multi(F, n, regs, 2);
  record(F, n, regs, 2);
}

/* the operands of a call: callee (or receiver) and arguments */
void order_call_operands(Fn *F, Node *call) {
  Node *fun = ast_unparen(call->call.fun);
  if (fun->mode == MODE_TYPEXPR) {
    Node *x = call->call.args.items[0];
    order_node(F, x, ty_is_iface(fun->type) ? fun->type : NULL);
    return;
  }
  if (fun->kind == N_SELECTOR) order_node(F, fun->selector.x, NULL);
  else if (fun->mode != MODE_BUILTIN) order_node(F, fun, NULL);
  NodeList *args = &call->call.args;
  if (fun->mode == MODE_BUILTIN) {
    order_list(F, args);
    return;
  }
  Type *sig = ty_under(fun->type);
  int np = sig_nparams(sig);
  bool spread = sig->sig.variadic && !call->call.ellipsis.line;
  bool spreads = spread_results(args) != NULL; /* f(g()): no single destination */
  for (int i = 0; i < args->len; i++) {
    Node *a = args->items[i];
    Type *pt = NULL;
    if (spreads) pt = NULL;
    else if (spread && i >= np - 1) pt = ty_under(sig_param(sig, np - 1))->slice.elem;
    else if (i < np) pt = sig_param(sig, i);
    order_node(F, a, pt);
  }
}

static void order_composite(Fn *F, Node *n) {
  Type *u = ty_under(n->type);
  if (u->kind == T_POINTER) u = ty_under(u->pointer.elem);
  NodeList *elts = &n->compositelit.elts;
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    Type *et = NULL;
    if (u->kind == T_SLICE) et = u->slice.elem;
    else if (u->kind == T_ARRAY) et = u->array.elem;
    else if (u->kind == T_MAP) et = u->map.elem;
    else if (u->kind == T_STRUCT) {
      int fi = i;
      if (e->kind == N_KEYVALUE)
        for (fi = 0; fi < u->strct.fields.len; fi++)
          if (u->strct.fields.items[fi]->name == e->keyvalue.key->ident.name) break;
      if (fi < u->strct.fields.len) et = u->strct.fields.items[fi]->type;
    }
    if (e->kind == N_KEYVALUE) {
      if (u->kind == T_MAP) order_node(F, e->keyvalue.key, u->map.key);
      order_node(F, e->keyvalue.value, et);
    } else {
      order_node(F, e, et);
    }
  }
}

/* order_children orders the operands of u (not u itself) */
static void order_children(Fn *F, Node *u) {
  switch (u->kind) {
  case N_CALL: order_call_operands(F, u); break;
  case N_UNARY: order_node(F, u->unary.x, NULL); break;
  case N_BINARY:
    if (u->binary.op == TK_LAND || u->binary.op == TK_LOR) break; /* y stays conditional */
    order_node(F, u->binary.x, NULL);
    order_node(F, u->binary.y, NULL);
    break;
  case N_COMPOSITELIT: order_composite(F, u); break;
  case N_SELECTOR: order_node(F, u->selector.x, NULL); break;
  case N_INDEX: order_node(F, u->index.x, NULL); order_list(F, &u->index.indices); break;
  case N_SLICE:
    order_node(F, u->slice.x, NULL), order_node(F, u->slice.lo, NULL);
    order_node(F, u->slice.hi, NULL), order_node(F, u->slice.max, NULL);
    break;
  case N_TYPEASSERT: order_node(F, u->typeassert.x, NULL); break;
  case N_STAR: order_node(F, u->star.x, NULL); break;
  case N_KEYVALUE: order_node(F, u->keyvalue.key, NULL); order_node(F, u->keyvalue.value, NULL); break;
  default: break; /* identifiers, literals, func literals */
  }
}

/* hoisted_kind: what gc's order copies into a temporary at its place
** (copyExpr): calls, the builtins len cap copy make new recover append,
** string -> []byte / []rune conversions, slicing, assertions to types
** that are not pointer-shaped, receives, && and || */
static bool hoisted_kind(Node *u) {
  switch (u->kind) {
  case N_CALL: {
    Node *fun = ast_unparen(u->call.fun);
    if (fun->mode == MODE_BUILTIN) {
      Builtin b = fun->obj->builtin;
      return b == BI_LEN || b == BI_CAP || b == BI_COPY || b == BI_MAKE || b == BI_NEW ||
             b == BI_RECOVER || b == BI_APPEND;
    }
    if (fun->mode == MODE_TYPEXPR) {
      Type *to = ty_under(fun->type), *from = u->call.args.items[0]->type;
      return to->kind == T_SLICE && from && ty_under(from)->kind == T_STRING;
    }
    return true;
  }
  case N_SLICE: return true;
  case N_TYPEASSERT: return !ir_is_direct_iface(u->typeassert.type->type);
  case N_UNARY: return u->unary.op == TK_ARROW;
  case N_BINARY: return u->binary.op == TK_LAND || u->binary.op == TK_LOR;
  default: return false;
  }
}

static void hoist(Fn *F, Node *u) {
  Node *fun = u->kind == N_CALL ? ast_unparen(u->call.fun) : NULL;
  if (fun && fun->mode != MODE_TYPEXPR && fun->mode != MODE_BUILTIN) hoist_call(F, u);
  else if (u->kind == N_UNARY) hoist_recv(F, u);
  else {
    IrReg v = lower_expr(F, u);
    record(F, u, &v, 1);
  }
}

/* a struct or array compared with == is copied at its place (addrTemp) */
static bool compares_by_address(Node *u) {
  if (u->kind != N_BINARY || (u->binary.op != TK_EQL && u->binary.op != TK_NEQ)) return false;
  Type *t = u->binary.x->type ? ty_under(u->binary.x->type) : NULL;
  return t && (t->kind == T_STRUCT || t->kind == T_ARRAY);
}

static void order_node(Fn *F, Node *n, Type *dst) {
  if (!n) return;
  Node *u = ast_unparen(n);
  if (u->mode == MODE_TYPEXPR || (u->mode == MODE_CONST && u->val) || pm_get(&F->hoisted, u)) return;
  order_children(F, u);
  if (hoisted_kind(u)) {
    hoist(F, u);
    return;
  }
  if (compares_by_address(u)) {
    if (!pm_get(&F->hoisted, ast_unparen(u->binary.x))) hoist_copy(F, ast_unparen(u->binary.x));
    if (!pm_get(&F->hoisted, ast_unparen(u->binary.y))) hoist_copy(F, ast_unparen(u->binary.y));
  }
  if (dst && ty_is_iface(dst) && u->mode != MODE_NIL && u->type && boxes_by_address(u->type))
    hoist_copy(F, u);
}

void order_expr(Fn *F, Node *n, Type *dst) { order_node(F, n, dst); }

/* order_operands: n's operands, for an n used in a comma-ok form (its two
** results are taken where it is lowered) */
void order_operands(Fn *F, Node *n) { order_children(F, ast_unparen(n)); }

/* order_rhs: the right-hand sides of an assignment to nlhs targets of
** the given types (entries may be NULL); a lone x.(T) assigned to two
** targets is a comma-ok form, lowered with both results where it is */
void order_rhs(Fn *F, NodeList *rhs, int nlhs, Type **types) {
  if (rhs->len == 1 && nlhs == 2 && ast_unparen(rhs->items[0])->kind == N_TYPEASSERT) {
    order_operands(F, rhs->items[0]);
    return;
  }
  for (int i = 0; i < rhs->len; i++) order_node(F, rhs->items[i], rhs->len == nlhs && types ? types[i] : NULL);
}

/* order_lhs: an assignment target's operands (not the target itself) */
void order_lhs(Fn *F, Node *n) {
  Node *u = ast_unparen(n);
  switch (u->kind) {
  case N_SELECTOR: order_node(F, u->selector.x, NULL); break;
  case N_INDEX: order_node(F, u->index.x, NULL); order_list(F, &u->index.indices); break;
  case N_STAR: order_node(F, u->star.x, NULL); break;
  default: break;
  }
}
