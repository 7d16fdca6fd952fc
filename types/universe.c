/*
** universe.c -- the universe scope: predeclared types, constants, nil and
** the builtin functions, created once per process (universe_init is
** idempotent). byte and rune are distinct Type values of kind uint8/int32
** that print as "byte"/"rune" (as in types2); identity compares kinds.
** complex64/complex128/complex/real/imag exist so that uses of them can be
** rejected with a message naming complex numbers.
*/
#include "check.h"

Scope *universe;
Type *typ_basic[T_UNTYPED_NIL + 1];
Type *typ_invalid, *typ_byte, *typ_rune, *typ_error, *typ_any;
Type *types_universe_byte, *types_universe_error;
Object *universe_iota;

static const char *const basic_names[T_UNTYPED_NIL + 1] = {
    [T_INVALID] = "invalid type",   [T_BOOL] = "bool",
    [T_INT] = "int",                [T_INT8] = "int8",
    [T_INT16] = "int16",            [T_INT32] = "int32",
    [T_INT64] = "int64",            [T_UINT] = "uint",
    [T_UINT8] = "uint8",            [T_UINT16] = "uint16",
    [T_UINT32] = "uint32",          [T_UINT64] = "uint64",
    [T_UINTPTR] = "uintptr",        [T_FLOAT32] = "float32",
    [T_FLOAT64] = "float64",        [T_COMPLEX64] = "complex64",
    [T_COMPLEX128] = "complex128",  [T_STRING] = "string",
    [T_UNTYPED_BOOL] = "untyped bool", [T_UNTYPED_INT] = "untyped int",
    [T_UNTYPED_RUNE] = "untyped rune", [T_UNTYPED_FLOAT] = "untyped float",
    [T_UNTYPED_STRING] = "untyped string", [T_UNTYPED_NIL] = "untyped nil",
};

static const char *const builtin_names[BI_COUNT] = {
    [BI_APPEND] = "append", [BI_CAP] = "cap",         [BI_CLOSE] = "close",
    [BI_COMPLEX] = "complex", [BI_COPY] = "copy",     [BI_DELETE] = "delete",
    [BI_IMAG] = "imag",     [BI_LEN] = "len",         [BI_MAKE] = "make",
    [BI_NEW] = "new",       [BI_PANIC] = "panic",     [BI_PRINT] = "print",
    [BI_PRINTLN] = "println", [BI_REAL] = "real",     [BI_RECOVER] = "recover",
};

const char *builtin_name(Builtin b) { return builtin_names[b]; }

Type *basic_type(TypeKind k) { return typ_basic[k]; }

static Type *make_basic(TypeKind k, const char *name) {
  Type *t = new_type(k);
  t->basic.name = name;
  return t;
}

static Object *def(ObjKind k, const char *name, Type *t) {
  Object *o = new_object(k, intern_cstr(name), t, (Pos){0, 0}, NULL, NULL);
  o->color = 2;
  scope_insert(universe, o);
  return o;
}

static void def_types(void) {
  for (int k = T_INVALID; k <= T_UNTYPED_NIL; k++) {
    typ_basic[k] = make_basic(k, basic_names[k]);
    if (k > T_INVALID && k <= T_STRING) def(OBJ_TYPENAME, basic_names[k], typ_basic[k]);
  }
  typ_invalid = typ_basic[T_INVALID];
  typ_byte = make_basic(T_UINT8, "byte");
  typ_rune = make_basic(T_INT32, "rune");
  def(OBJ_TYPENAME, "byte", typ_byte);
  def(OBJ_TYPENAME, "rune", typ_rune);

  typ_any = new_type(T_INTERFACE);
  complete_interface(NULL, typ_any);
  def(OBJ_TYPENAME, "any", typ_any)->alias = true;

  Object *eobj = def(OBJ_TYPENAME, "error", NULL);
  typ_error = new_named(eobj, NULL);
  ObjList res = {0};
  vec_push(&res, new_object(OBJ_VAR, intern_cstr(""), typ_basic[T_STRING],
                            (Pos){0, 0}, NULL, NULL));
  Object *recv = new_object(OBJ_VAR, intern_cstr(""), typ_error, (Pos){0, 0},
                            NULL, NULL);
  Object *m = new_object(OBJ_FUNC, intern_cstr("Error"),
                         new_signature(recv, NULL, new_tuple(res), false),
                         (Pos){0, 0}, NULL, NULL);
  Type *it = new_type(T_INTERFACE);
  vec_push(&it->iface.methods, m);
  complete_interface(NULL, it);
  typ_error->named.underlying = it;
  types_universe_byte = typ_byte;
  types_universe_error = typ_error;
}

static void def_consts(void) {
  def(OBJ_CONST, "true", typ_basic[T_UNTYPED_BOOL])->val = const_bool(true);
  def(OBJ_CONST, "false", typ_basic[T_UNTYPED_BOOL])->val = const_bool(false);
  universe_iota = def(OBJ_CONST, "iota", typ_basic[T_UNTYPED_INT]);
  universe_iota->val = const_int(0);
  def(OBJ_NIL, "nil", typ_basic[T_UNTYPED_NIL]);
  for (int b = 0; b < BI_COUNT; b++)
    def(OBJ_BUILTIN, builtin_names[b], typ_invalid)->builtin = (Builtin)b;
}

void universe_init(void) {
  if (universe) return;
  universe = scope_new(NULL, false);
  def_types();
  def_consts();
}
