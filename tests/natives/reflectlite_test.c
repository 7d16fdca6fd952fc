/*
** reflectlite_test.c -- internal/reflectlite's natives through the slot
** ABI, on hand-built descriptors of these Go declarations:
**
**   type E struct{ msg string }        func (e E) Error() string
**   type T struct { A int; b string; E }
**   type Named int8
**   type I2 interface { Error() string; Extra() }
**
** Expected values are what Go 1.19's reflect reports for the same values
** (reflect.TypeOf(T{}).Field(2) is "E" main.E embedded; E implements error,
** int does not; []int is not comparable; Float() of float32(0.1) is
** 0.10000000149011612; Kind numbers struct 25, interface 20...).
*/
#include "harness.h"

/* ---- descriptors ---- */
static void dummy_method(void) {}

static const RType t_ptr_int = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                .kind = KIND_POINTER | KIND_DIRECT_IFACE, .tflag = REGMEM,
                                .elem = &t_int, .str = "*int", .hash = 20};
static const RType t_ptr_ptr_int = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                    .kind = KIND_POINTER | KIND_DIRECT_IFACE, .tflag = REGMEM,
                                    .elem = &t_ptr_int, .str = "**int", .hash = 21};
static const RType t_slice_int = {.size = 24, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                  .kind = KIND_SLICE, .elem = &t_int, .str = "[]int", .hash = 22};
static const RType t_slice_string = {.size = 24, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                     .kind = KIND_SLICE, .elem = &t_string,
                                     .str = "[]string", .hash = 23};
static const RType t_slice_eface = {.size = 24, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                    .kind = KIND_SLICE, .elem = &t_eface,
                                    .str = "[]interface {}", .hash = 24};
static const RType t_arr3_uint8 = {.size = 3, .align = 1, .kind = KIND_ARRAY, .tflag = REGMEM,
                                   .elem = &t_uint8, .len = 3, .str = "[3]uint8", .hash = 25};
static const RType t_arr1_ptr = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                 .kind = KIND_ARRAY | KIND_DIRECT_IFACE, .tflag = REGMEM,
                                 .elem = &t_ptr_int, .len = 1, .str = "[1]*int", .hash = 26};
static const RType t_arr40_int = {.size = 320, .align = 8, .kind = KIND_ARRAY, .tflag = REGMEM,
                                  .elem = &t_int, .len = 40, .str = "[40]int", .hash = 40};
static const RType t_slice_arr40 = {.size = 24, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                    .kind = KIND_SLICE, .elem = &t_arr40_int,
                                    .str = "[][40]int", .hash = 41};
static const RType t_map_string_int = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                       .kind = KIND_MAP | KIND_DIRECT_IFACE, .key = &t_string,
                                       .elem = &t_int, .str = "map[string]int", .hash = 27};

static const RType *const func_string_params[] = {&t_string};
static const RType t_func_string = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                    .kind = KIND_FUNC | KIND_DIRECT_IFACE, .nout = 1,
                                    .params = func_string_params, .str = "func() string",
                                    .hash = 28};
static const RType t_func = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                             .kind = KIND_FUNC | KIND_DIRECT_IFACE, .str = "func()", .hash = 29};

static const IMethod error_imethods[] = {{"Error", NULL, &t_func_string}};
static const RType t_error = {.size = 16, .ptrdata = 16, .align = 8, .gcdata = eface_mask,
                              .kind = KIND_INTERFACE, .tflag = TFLAG_COMPARABLE,
                              .nimethods = 1, .imethods = error_imethods, .str = "error",
                              .hash = 30};
static const RType t_ptr_error = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                  .kind = KIND_POINTER | KIND_DIRECT_IFACE, .tflag = REGMEM,
                                  .elem = &t_error, .str = "*error", .hash = 31};
static const RType t_ptr_eface = {.size = 8, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                  .kind = KIND_POINTER | KIND_DIRECT_IFACE, .tflag = REGMEM,
                                  .elem = &t_eface, .str = "*interface {}", .hash = 32};
static const RType t_slice_error = {.size = 24, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                                    .kind = KIND_SLICE, .elem = &t_error, .str = "[]error",
                                    .hash = 33};
static const RType t_map_string_error = {.size = 8, .ptrdata = 8, .align = 8,
                                         .gcdata = ptr_mask,
                                         .kind = KIND_MAP | KIND_DIRECT_IFACE, .key = &t_string,
                                         .elem = &t_error, .str = "map[string]error",
                                         .hash = 39};
static const IMethod i2_imethods[] = {{"Error", NULL, &t_func_string},
                                      {"Extra", NULL, &t_func}};
static const RType t_I2 = {.size = 16, .ptrdata = 16, .align = 8, .gcdata = eface_mask,
                           .kind = KIND_INTERFACE, .tflag = TFLAG_COMPARABLE | TFLAG_NAMED,
                           .nimethods = 2, .imethods = i2_imethods, .str = "main.I2",
                           .pkgpath = "main", .hash = 34};

static const StructField e_fields[] = {{"msg", &t_string, 0, false, false, NULL}};
static const Method e_methods[] = {{"Error", NULL, &t_func_string, (void *)dummy_method}};
static const RType t_E = {.size = 16, .ptrdata = 8, .align = 8, .gcdata = ptr_mask,
                          .kind = KIND_STRUCT, .tflag = TFLAG_COMPARABLE | TFLAG_NAMED,
                          .nfields = 1, .fields = e_fields, .nmethods = 1,
                          .methods = e_methods, .str = "main.E", .pkgpath = "main",
                          .hash = 35};
typedef struct E { GoString msg; } E;

static const StructField t_fields[] = {
    {"A", &t_int, 0, false, true, NULL},
    {"b", &t_string, 8, false, false, NULL},
    {"E", &t_E, 24, true, true, NULL},
};
static const uint8_t t_mask[] = {0x12}; /* words 1 (b.ptr) and 3 (E.msg.ptr) */
static const RType t_T = {.size = 40, .ptrdata = 32, .align = 8, .gcdata = t_mask,
                          .kind = KIND_STRUCT, .tflag = TFLAG_COMPARABLE | TFLAG_NAMED,
                          .nfields = 3, .fields = t_fields, .nmethods = 1,
                          .methods = e_methods, .str = "main.T", .pkgpath = "main",
                          .hash = 36};
typedef struct T { int64_t A; GoString b; E e; } T;

static const RType t_Named = {.size = 1, .align = 1, .kind = KIND_INT8,
                              .tflag = REGMEM | TFLAG_NAMED, .str = "main.Named",
                              .pkgpath = "main", .hash = 37};
static const RType t_tagged = {.size = 24, .ptrdata = 16, .align = 8, .gcdata = ptr_mask,
                               .kind = KIND_STRUCT, .tflag = TFLAG_COMPARABLE,
                               .str = "struct { A int \"json:\\\"a\\\"\"; b string }",
                               .hash = 38};

/* a value boxed as interface{} (rt_convT: Go's interface{}(v)) */
static Eface box(const RType *t, const void *v) { return rt_convT(t, v); }

/* ---- type natives ---- */

static uint64_t type_call1(const char *name, const RType *t) {
  uint64_t s[4] = {(uintptr_t)t};
  call(name, s);
  return s[0];
}

static void test_type_queries(void) {
  int64_t one = 1;
  uint64_t s[4];
  put_eface(s, 0, box(&t_int, &one));
  call("internal/reflectlite.typeOf", s);
  CHECK(s[0] == (uintptr_t)&t_int);
  put_eface(s, 0, (Eface){NULL, NULL});
  call("internal/reflectlite.typeOf", s);
  CHECK_INT(s[0], 0);

  CHECK_INT(type_call1("internal/reflectlite.typeKind", &t_T), 25);
  CHECK_INT(type_call1("internal/reflectlite.typeKind", &t_error), 20);
  CHECK_INT(type_call1("internal/reflectlite.typeKind", &t_ptr_int), 22); /* DIRECT masked */
  CHECK_INT(type_call1("internal/reflectlite.typeKind", &t_uintptr), 12);
  CHECK_INT(type_call1("internal/reflectlite.typeKind", NULL), 0);

  s[0] = (uintptr_t)&t_tagged;
  call("internal/reflectlite.typeString", s);
  CHECK_STR(slots_string(s, 0), "struct { A int \"json:\\\"a\\\"\"; b string }");

  CHECK(type_call1("internal/reflectlite.typeElem", &t_ptr_int) == (uintptr_t)&t_int);
  CHECK(type_call1("internal/reflectlite.typeElem", &t_slice_eface) == (uintptr_t)&t_eface);
  CHECK(type_call1("internal/reflectlite.typeElem", &t_map_string_int) == (uintptr_t)&t_int);
  CHECK(type_call1("internal/reflectlite.typeKey", &t_map_string_int) == (uintptr_t)&t_string);
  CHECK_INT(type_call1("internal/reflectlite.typeLen", &t_arr3_uint8), 3);
  CHECK_INT(type_call1("internal/reflectlite.typeNumField", &t_T), 3);
  EXPECT_PANIC(type_call1("internal/reflectlite.typeElem", &t_int));
  CHECK_STR(*(GoString *)last_panic.data, "reflect: Elem of invalid type int");

  /* Go: "b" string false, then "E" main.E true */
  s[0] = (uintptr_t)&t_T;
  s[1] = 1;
  call("internal/reflectlite.typeField", s);
  CHECK_STR(slots_string(s, 0), "b");
  CHECK(s[2] == (uintptr_t)&t_string);
  CHECK_INT(s[3], 0);
  s[0] = (uintptr_t)&t_T;
  s[1] = 2;
  call("internal/reflectlite.typeField", s);
  CHECK_STR(slots_string(s, 0), "E");
  CHECK(s[2] == (uintptr_t)&t_E);
  CHECK_INT(s[3], 1);
  s[0] = (uintptr_t)&t_T;
  s[1] = 3;
  EXPECT_PANIC(call("internal/reflectlite.typeField", s));
  CHECK_STR(*(GoString *)last_panic.data, "reflect: Field index out of bounds");
}

static bool implements(const RType *t, const RType *iface) {
  uint64_t s[2] = {(uintptr_t)t, (uintptr_t)iface};
  call("internal/reflectlite.typeImplements", s);
  return s[0] != 0;
}

static void test_implements_comparable(void) {
  CHECK(implements(&t_E, &t_error));  /* Go: true */
  CHECK(implements(&t_T, &t_error));  /* promoted through embedded E: true */
  CHECK(!implements(&t_int, &t_error)); /* Go: false */
  CHECK(implements(&t_int, &t_eface));
  CHECK(implements(&t_I2, &t_error));  /* interface with a superset */
  CHECK(!implements(&t_error, &t_I2));
  CHECK(!implements(&t_E, &t_I2));

  /* Go: []int false, [2]int true, error true, main.T true */
  CHECK_INT(type_call1("internal/reflectlite.typeComparable", &t_slice_int), 0);
  CHECK_INT(type_call1("internal/reflectlite.typeComparable", &t_arr3_uint8), 1);
  CHECK_INT(type_call1("internal/reflectlite.typeComparable", &t_error), 1);
  CHECK_INT(type_call1("internal/reflectlite.typeComparable", &t_T), 1);
}

/* ---- value natives ---- */

/* native(x) with x an interface{}; result slots left in s */
static void value_call(const char *name, Eface x, uint64_t *s) {
  put_eface(s, 0, x);
  call(name, s);
}

static void test_scalars(void) {
  uint64_t s[4];
  int8_t named = -5;
  value_call("internal/reflectlite.valueInt", box(&t_Named, &named), s);
  CHECK_INT(s[0], -5);
  int32_t i32 = -7;
  value_call("internal/reflectlite.valueInt", box(&t_int32, &i32), s);
  CHECK_INT(s[0], -7);
  uint16_t u16 = 65535;
  value_call("internal/reflectlite.valueUint", box(&t_uint16, &u16), s);
  CHECK_INT(s[0], 65535);
  uint64_t up = 1ull << 63;
  value_call("internal/reflectlite.valueUint", box(&t_uintptr, &up), s);
  CHECK_HEX(s[0], 9223372036854775808ull);
  float f = 0.1f; /* Go: 0.10000000149011612 */
  value_call("internal/reflectlite.valueFloat", box(&t_float32, &f), s);
  CHECK_HEX(s[0], f64bits(0.10000000149011612));
  uint8_t b = 1;
  value_call("internal/reflectlite.valueBool", box(&t_bool, &b), s);
  CHECK_INT(s[0], 1);
  GoString str = gostr("héllo");
  value_call("internal/reflectlite.valueString", box(&t_string, &str), s);
  CHECK_STR(slots_string(s, 0), "héllo");
  value_call("internal/reflectlite.valueLen", box(&t_string, &str), s);
  CHECK_INT(s[0], 6); /* bytes, as len() */
}

static void test_containers(void) {
  uint64_t s[6];
  int64_t ints[3] = {10, 20, 30};
  GoSlice sl = {ints, 3, 3};
  value_call("internal/reflectlite.valueLen", box(&t_slice_int, &sl), s);
  CHECK_INT(s[0], 3);
  uint8_t arr[3] = {7, 8, 9};
  value_call("internal/reflectlite.valueLen", box(&t_arr3_uint8, arr), s);
  CHECK_INT(s[0], 3);

  /* an element is a copy: later writes to the slice do not show */
  put_eface(s, 0, box(&t_slice_int, &sl));
  s[2] = 1;
  call("internal/reflectlite.valueIndex", s);
  Eface e = slots_eface(s, 0);
  ints[1] = 99;
  CHECK(e.type == &t_int && *(int64_t *)e.data == 20);
  put_eface(s, 0, box(&t_arr3_uint8, arr));
  s[2] = 2;
  call("internal/reflectlite.valueIndex", s);
  e = slots_eface(s, 0);
  CHECK(e.type == &t_uint8 && *(uint8_t *)e.data == 9);

  /* a direct-interface array: the data word is the element itself */
  int64_t target = 5;
  int64_t *p = &target;
  put_eface(s, 0, box(&t_arr1_ptr, &p));
  s[2] = 0;
  call("internal/reflectlite.valueIndex", s);
  e = slots_eface(s, 0);
  CHECK(e.type == &t_ptr_int && e.data == &target);

  /* Go: []interface{}{1, "a", nil, errors.New("x")}: elements are the
  ** dynamic values: int, string, nil, *errors.errorString */
  int64_t one = 1;
  GoString a = gostr("a");
  Eface elems[3] = {box(&t_int, &one), box(&t_string, &a), {NULL, NULL}};
  GoSlice es = {elems, 3, 3};
  for (int i = 0; i < 3; i++) {
    put_eface(s, 0, box(&t_slice_eface, &es));
    s[2] = (uint64_t)i;
    call("internal/reflectlite.valueIndex", s);
    e = slots_eface(s, 0);
    CHECK(e.type == elems[i].type && e.data == elems[i].data);
  }
  /* an element of a non-empty interface type loses its itab only */
  E ev = {gostr("boom")};
  Iface errs[1] = {rt_convI(&t_error, &t_E, &ev)};
  GoSlice errsl = {errs, 1, 1};
  put_eface(s, 0, box(&t_slice_error, &errsl));
  s[2] = 0;
  call("internal/reflectlite.valueIndex", s);
  e = slots_eface(s, 0);
  CHECK(e.type == &t_E && e.data == errs[0].data);
}

static void test_struct_and_pointer(void) {
  uint64_t s[4];
  T tv = {42, gostr("bee"), {gostr("boom")}};
  Eface x = box(&t_T, &tv);
  put_eface(s, 0, x);
  s[2] = 1;
  call("internal/reflectlite.valueField", s);
  Eface f = slots_eface(s, 0);
  CHECK(f.type == &t_string && gostr_eq(*(GoString *)f.data, "bee"));
  put_eface(s, 0, x);
  s[2] = 2;
  call("internal/reflectlite.valueField", s);
  f = slots_eface(s, 0);
  CHECK(f.type == &t_E && gostr_eq(((E *)f.data)->msg, "boom"));
  CHECK(f.data != (uint8_t *)x.data + 24); /* boxed: a copy */

  int64_t v = 7;
  int64_t *p = &v;
  value_call("internal/reflectlite.valueElem", box(&t_ptr_int, &p), s);
  f = slots_eface(s, 0);
  v = 8;
  CHECK(f.type == &t_int && *(int64_t *)f.data == 7);

  value_call("internal/reflectlite.valueIsNil", box(&t_ptr_int, &p), s);
  CHECK_INT(s[0], 0);
  int64_t *nilp = NULL;
  value_call("internal/reflectlite.valueIsNil", box(&t_ptr_int, &nilp), s);
  CHECK_INT(s[0], 1);
  GoSlice nils = {NULL, 0, 0}, empty = {&v, 0, 0};
  value_call("internal/reflectlite.valueIsNil", box(&t_slice_int, &nils), s);
  CHECK_INT(s[0], 1);
  value_call("internal/reflectlite.valueIsNil", box(&t_slice_int, &empty), s);
  CHECK_INT(s[0], 0);
  HMap *nilmap = NULL;
  value_call("internal/reflectlite.valueIsNil", box(&t_map_string_int, &nilmap), s);
  CHECK_INT(s[0], 1);

  value_call("internal/reflectlite.valuePointer", box(&t_slice_int, &empty), s);
  CHECK(s[0] == (uintptr_t)&v);
  Closure c = {(void *)dummy_method};
  Closure *fn = &c;
  value_call("internal/reflectlite.valuePointer", box(&t_func, &fn), s);
  CHECK(s[0] == (uintptr_t)dummy_method); /* the code pointer, as reflect */
}

static void test_swap_store(void) {
  uint64_t s[4];
  GoString strs[3] = {gostr("a"), gostr("b"), gostr("c")};
  GoSlice sl = {strs, 3, 3};
  put_eface(s, 0, box(&t_slice_string, &sl));
  s[2] = 0;
  s[3] = 2;
  call("internal/reflectlite.valueSwap", s);
  CHECK(gostr_eq(strs[0], "c") && gostr_eq(strs[1], "b") && gostr_eq(strs[2], "a"));
  int64_t big[2][40]; /* elements larger than the native's stack buffer */
  for (int i = 0; i < 40; i++)
    big[0][i] = i, big[1][i] = 100 + i;
  GoSlice bs = {big, 2, 2};
  put_eface(s, 0, box(&t_slice_arr40, &bs));
  s[2] = 1;
  s[3] = 0;
  call("internal/reflectlite.valueSwap", s);
  CHECK(big[0][0] == 100 && big[0][39] == 139 && big[1][0] == 0 && big[1][39] == 39);

  /* *p = v for a concrete, an empty-interface and a non-empty-interface
  ** element (Go: errors.As stores through *error) */
  int64_t dst = 0, *pdst = &dst, v = 42;
  put_eface(s, 0, box(&t_ptr_int, &pdst));
  put_eface(s, 2, box(&t_int, &v));
  call("internal/reflectlite.valueStore", s);
  CHECK_INT(dst, 42);

  Eface any = {NULL, NULL}, *pany = &any;
  Eface boxed = box(&t_int, &v);
  put_eface(s, 0, box(&t_ptr_eface, &pany));
  put_eface(s, 2, boxed);
  call("internal/reflectlite.valueStore", s);
  CHECK(any.type == &t_int && any.data == boxed.data);

  Iface err = {NULL, NULL}, *perr = &err;
  E ev = {gostr("boom")};
  Eface eb = box(&t_E, &ev);
  put_eface(s, 0, box(&t_ptr_error, &perr));
  put_eface(s, 2, eb);
  call("internal/reflectlite.valueStore", s);
  CHECK(err.tab && err.tab->inter == &t_error && err.tab->type == &t_E && err.data == eb.data);
  put_eface(s, 0, box(&t_ptr_error, &perr));
  put_eface(s, 2, (Eface){NULL, NULL});
  call("internal/reflectlite.valueStore", s);
  CHECK(err.tab == NULL && err.data == NULL);

  int64_t *pp = &v, **ppp = &pp;
  put_eface(s, 0, box(&t_ptr_ptr_int, &ppp));
  put_eface(s, 2, (Eface){NULL, NULL});
  call("internal/reflectlite.valueStore", s);
  CHECK(pp == NULL);
}

/* Go: len(m) and every entry once, whatever the order; an elem of
** interface type is its dynamic value; a nil map has none */
static void test_maps(void) {
  HMap *m = rt_makemap(&t_map_string_int, 0);
  static char names[20][4];
  for (int64_t i = 0; i < 20; i++) {
    snprintf(names[i], sizeof names[i], "k%d", (int)i);
    GoString k = gostr(names[i]);
    *(int64_t *)rt_mapassign(&t_map_string_int, m, &k) = i;
  }
  uint64_t s[6];
  value_call("internal/reflectlite.valueLen", box(&t_map_string_int, &m), s);
  CHECK_INT(s[0], 20);
  value_call("internal/reflectlite.valueMapEntries", box(&t_map_string_int, &m), s);
  GoSlice keys = slots_slice(s, 0), elems = slots_slice(s, 3);
  CHECK(keys.len == 20 && elems.len == 20);
  bool seen[20] = {false};
  for (intptr_t i = 0; i < keys.len && i < 20; i++) {
    Eface k = ((Eface *)keys.ptr)[i], e = ((Eface *)elems.ptr)[i];
    CHECK(k.type == &t_string && e.type == &t_int);
    int64_t v = *(int64_t *)e.data;
    CHECK(v >= 0 && v < 20 && !seen[v] && gostr_eq(*(GoString *)k.data, names[v]));
    if (v >= 0 && v < 20)
      seen[v] = true;
  }

  HMap *me = rt_makemap(&t_map_string_error, 0);
  E ev = {gostr("boom")};
  GoString k1 = gostr("err"), k2 = gostr("nil");
  *(Iface *)rt_mapassign(&t_map_string_error, me, &k1) = rt_convI(&t_error, &t_E, &ev);
  *(Iface *)rt_mapassign(&t_map_string_error, me, &k2) = (Iface){NULL, NULL};
  value_call("internal/reflectlite.valueMapEntries", box(&t_map_string_error, &me), s);
  keys = slots_slice(s, 0);
  elems = slots_slice(s, 3);
  CHECK(keys.len == 2);
  for (intptr_t i = 0; i < keys.len && i < 2; i++) {
    Eface k = ((Eface *)keys.ptr)[i], e = ((Eface *)elems.ptr)[i];
    bool is_err = gostr_eq(*(GoString *)k.data, "err");
    CHECK(is_err ? e.type == &t_E && gostr_eq(((E *)e.data)->msg, "boom")
                 : e.type == NULL && e.data == NULL);
  }

  HMap *nilmap = NULL;
  value_call("internal/reflectlite.valueLen", box(&t_map_string_int, &nilmap), s);
  CHECK_INT(s[0], 0);
  value_call("internal/reflectlite.valueMapEntries", box(&t_map_string_int, &nilmap), s);
  CHECK(slots_slice(s, 0).len == 0 && slots_slice(s, 3).len == 0);
}

int main(void) {
  register_types();
  test_maps();
  test_type_queries();
  test_implements_comparable();
  test_scalars();
  test_containers();
  test_struct_and_pointer();
  test_swap_store();
  return failures != 0;
}
