/*
** lower_call.c -- calls of functions, methods and func values.
**
** A call is lowered in two steps so defer and go can share it: plan_call
** evaluates, in Go's order, what the call needs (the func value or the
** receiver, then the arguments converted to the parameter types, extra
** variadic arguments packed into a slice, f(g()) spread from g's results)
** into a CallPlan; emit_call then emits CALL (a declared function or
** method, natives included), CALLIFACE (a method of an interface value,
** by its index in the interface's sorted method set) or CALLFUNC (any
** other func value). A method's receiver is its first argument.
**
** Receivers: x.M() follows the selection's embedded-field path from x
** (dereferencing embedded pointers), then takes the address (pointer
** method on an addressable value: &x, which the pre-pass gave a cell) or
** loads through a pointer (value method on *T) as the method needs.
**
** Devirtualization, as gc does it (devirtualize.go): a method call on an
** interface whose value is statically known to come from a concrete type
** T (a local variable declared from a T and never assigned again, or an
** explicit conversion I(t)) becomes x.(T).M(), a direct call. Besides
** speed, this is observable: with a nil *T inside, a value method panics
** with a nil dereference, where the itab path would report panicwrap's
** "value method called using nil pointer".
*/
#include "lower.h"

int ir_method_index_of(Type *iface, Object *m) {
  Type *u = ty_under(iface);
  for (int i = 0; i < u->iface.all.len; i++)
    if (u->iface.all.items[i] == m) return i;
  return ir_method_index(iface, m->name);
}

int ir_method_index(Type *iface, const char *name) {
  Type *u = ty_under(iface);
  for (int i = 0; i < u->iface.all.len; i++)
    if (strcmp(u->iface.all.items[i]->name, name) == 0) return i;
  fatal("interface has no method %s", name);
}

/* adjust_receiver turns the Ref reached at the end of a selection path
** into the receiver value method m wants (*rt gets its type) */
IrReg adjust_receiver(Fn *F, Ref *r, Object *m, Type **rt) {
  bool isptr = ty_under(r->type)->kind == T_POINTER;
  if (ty_is_iface(r->type)) {
    *rt = r->type;
    return ref_load(F, r);
  }
  Type *want = m->type->sig.recv->type;
  IrReg v;
  if (m->ptr_recv && !isptr) {
    v = ref_addr(F, r);
  } else if (!m->ptr_recv && isptr) {
    Ref d = ref_deref(F, *r);
    v = ref_load(F, &d);
  } else {
    v = ref_load(F, r);
  }
  *rt = want;
  return coerce(F, v, reg_type(F, v), want);
}

IrReg method_receiver(Fn *F, Node *x, Selection *sel, Type **rt) {
  Ref r = ref_expr(F, x);
  r = ref_path(F, r, sel->path, sel->npath - 1);
  return adjust_receiver(F, &r, sel->obj, rt);
}

/* ---- arguments ---- */

static void push_arg(CallPlan *p, IrReg r, Type *t) {
  p->args[p->nargs] = r;
  p->argtypes[p->nargs++] = t;
}

/* lower_args evaluates call's arguments for signature sig into p */
static void lower_args(Fn *F, Node *call, Type *sig, CallPlan *p) {
  NodeList *args = &call->call.args;
  int np = sig_nparams(sig);
  bool variadic = sig->sig.variadic && !call->call.ellipsis.line;
  int nfixed = variadic ? np - 1 : np;
  IrReg *vals;
  Type **types;
  int n;
  IrReg buf[64];
  Type *tbuf[64];
  Type *tup = spread_results(args);
  if (tup) {
    /* f(g()): g's results are the arguments */
    n = tup->tuple.vars.len;
    if (n > 64) fatal("too many results");
    lower_multi(F, args->items[0], buf, n);
    for (int i = 0; i < n; i++) tbuf[i] = tup->tuple.vars.items[i]->type;
    vals = buf, types = tbuf;
  } else {
    n = args->len;
    vals = xcalloc((size_t)n + 1, sizeof(IrReg));
    types = xcalloc((size_t)n + 1, sizeof(Type *));
    for (int i = 0; i < n; i++) {
      Node *a = args->items[i];
      Type *pt = i < nfixed ? sig_param(sig, i) : ty_under(sig_param(sig, np - 1))->slice.elem;
      vals[i] = lower_expr_to(F, a, pt);
      types[i] = pt;
    }
  }
  for (int i = 0; i < n && i < nfixed; i++)
    push_arg(p, coerce(F, vals[i], types[i], sig_param(sig, i)), sig_param(sig, i));
  if (variadic) {
    Type *st = sig_param(sig, np - 1), *et = ty_under(st)->slice.elem;
    int extra = n - nfixed;
    IrReg *xs = xcalloc((size_t)extra + 1, sizeof(IrReg));
    for (int i = 0; i < extra; i++) xs[i] = coerce(F, vals[nfixed + i], types[nfixed + i], et);
    push_arg(p, extra ? slice_of_regs(F, st, xs, extra) : emit_zero(F, st), st);
    free(xs);
  }
  if (vals != buf) free(vals), free(types);
}

static void plan_alloc(Fn *F, CallPlan *p, int nargs) {
  p->args = arena_alloc(F->b->arena, sizeof(IrReg) * (size_t)(nargs + 1));
  p->argtypes = arena_alloc(F->b->arena, sizeof(Type *) * (size_t)(nargs + 1));
}

static int arg_room(Node *call, Type *sig) {
  int n = call->call.args.len, np = sig_nparams(sig);
  Type *tup = spread_results(&call->call.args);
  if (tup) n = tup->tuple.vars.len;
  return (n > np ? n : np) + 1;
}

/* static_concrete: the concrete type interface expression x statically
** holds (gc's ir.StaticValue, then an interface conversion), or NULL */
static Type *static_concrete(Fn *F, Node *x) {
  for (int hops = 0; hops < 16 && x; hops++) {
    x = ast_unparen(x);
    if (x->mode == MODE_NIL || !x->type) return NULL;
    if (!ty_is_iface(x->type)) return x->type;
    Node *fun = x->kind == N_CALL ? ast_unparen(x->call.fun) : NULL;
    if (fun && fun->mode == MODE_TYPEXPR) x = x->call.args.items[0]; /* I(y) */
    else if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR) x = static_value(F->b, x->obj);
    else return NULL;
  }
  return NULL;
}

/* devirtualize plans x.M() as x.(T).M() when static_concrete finds T */
static bool devirtualize(Fn *F, Node *fun, Selection *sel, CallPlan *p) {
  if (sel->npath != 1 || !ty_is_iface(sel->recv)) return false;
  Type *T = static_concrete(F, fun->selector.x);
  if (!T) return false;
  MethodEntries es = {0};
  method_set(T, &es);
  MethodEntry *e = NULL;
  for (int i = 0; i < es.len && !e; i++)
    if (es.items[i].m->name == sel->obj->name) e = &es.items[i];
  if (!e) {
    vec_free(&es);
    return false;
  }
  IrReg x = lower_expr(F, fun->selector.x);
  IrReg c = new_reg(F, T, NULL);
  IrInstr *in = emit(F, IR_TYPEASSERT, T);
  in->a = x;
  in->results = regs_dup(F, &c, 1);
  in->nresults = 1;
  Ref r = ref_path(F, ref_value(c, T), e->path, e->npath);
  Type *rt;
  IrReg recv = adjust_receiver(F, &r, e->m, &rt);
  if (ty_is_iface(rt)) {
    p->kind = CALL_IFACE;
    p->callee = recv;
    p->method = ir_method_index_of(rt, e->m);
    p->sig = e->m->type;
  } else {
    p->kind = CALL_STATIC;
    p->fn = fn_for_decl(F->b, e->m);
    p->sig = e->m->type;
    p->args[p->nargs] = recv;
    p->argtypes[p->nargs++] = rt;
  }
  vec_free(&es);
  return true;
}

void plan_call(Fn *F, Node *call, CallPlan *p) {
  memset(p, 0, sizeof *p);
  p->call = call;
  Node *fun = ast_unparen(call->call.fun);
  Type *sig = ty_under(fun->type);
  plan_alloc(F, p, arg_room(call, sig) + 1);
  Selection *sel = fun->kind == N_SELECTOR ? types_selection(F->pkg, fun) : NULL;
  Object *o = fun->kind == N_IDENT ? fun->obj : sel && sel->kind == SEL_QUALIFIED ? sel->obj : NULL;
  if (sel && sel->kind == SEL_METHOD && devirtualize(F, fun, sel, p)) {
    /* planned as a direct call */
  } else if (sel && sel->kind == SEL_METHOD) {
    Type *rt;
    IrReg recv = method_receiver(F, fun->selector.x, sel, &rt);
    if (ty_is_iface(rt)) {
      p->kind = CALL_IFACE;
      p->callee = recv;
      p->method = ir_method_index_of(rt, sel->obj);
      p->sig = sig;
    } else {
      p->kind = CALL_STATIC;
      p->fn = fn_for_decl(F->b, sel->obj);
      p->sig = sel->obj->type;
      push_arg(p, recv, rt);
    }
  } else if (o && o->kind == OBJ_FUNC && o->is_package_level) {
    p->kind = CALL_STATIC;
    p->fn = fn_for_decl(F->b, o);
    p->sig = sig;
  } else {
    p->kind = CALL_FUNC;
    p->callee = lower_expr(F, fun);
    p->sig = sig;
  }
  lower_args(F, call, sig, p);
}

void emit_call(Fn *F, CallPlan *p, IrReg *results, int nresults) {
  if (p->kind == CALL_BUILTIN) {
    emit_builtin(F, p);
    return;
  }
  static const IrOp ops[] = {[CALL_STATIC] = IR_CALL, [CALL_FUNC] = IR_CALLFUNC,
                             [CALL_IFACE] = IR_CALLIFACE};
  IrReg *a = regs_dup(F, p->args, p->nargs), *r = regs_dup(F, results, nresults);
  Pos saved = F->pos;
  F->pos = call_pos(p->call);
  IrInstr *in = emit(F, ops[p->kind], NULL);
  F->pos = saved;
  in->args = a;
  in->nargs = p->nargs;
  in->results = r;
  in->nresults = nresults;
  if (p->kind == CALL_STATIC) in->u.fn = p->fn;
  else in->a = p->callee;
  if (p->kind == CALL_IFACE) in->imm = p->method;
}

void lower_call_results(Fn *F, Node *call, IrReg *out, int n) {
  if (hoisted(F, call, out, n)) return;
  CallPlan p;
  plan_call(F, call, &p);
  Type *sig = ty_under(ast_unparen(call->call.fun)->type);
  for (int i = 0; i < n; i++) out[i] = new_reg(F, sig_result(sig, i), NULL);
  emit_call(F, &p, out, n);
}

IrReg lower_call(Fn *F, Node *call) {
  Node *fun = ast_unparen(call->call.fun);
  if (fun->mode == MODE_TYPEXPR) return lower_conversion(F, call);
  if (fun->mode == MODE_BUILTIN) return lower_builtin(F, call, fun->obj->builtin);
  Type *sig = ty_under(fun->type);
  int n = sig_nresults(sig);
  IrReg *res = xcalloc((size_t)n + 1, sizeof(IrReg));
  lower_call_results(F, call, res, n);
  IrReg r = res[0];
  free(res);
  return r;
}
