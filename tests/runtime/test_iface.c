/*
** test_iface.c -- itabs, convT/convI and type assertions (runtime/iface.c),
** and the *TypeAssertionError values of failed assertions. The messages
** checked are the texts real Go 1.19 printed for the same assertions
** (x.(T) with nil, wrong and incomplete dynamic types), rebuilt from the
** error's fields the way stdlib/runtime/error.go's Error method does.
*/
#include "rttest.h"

static RType t_func0 = {.size = 8, .ptrdata = 8, .align = 8, .kind = KIND_FUNC | KIND_DIRECT_IFACE,
                        .str = "func()"};
static const RType *const int_param[] = {&t_int};
static RType t_func1 = {.size = 8, .ptrdata = 8, .align = 8, .kind = KIND_FUNC | KIND_DIRECT_IFACE,
                        .str = "func(int)", .nin = 1, .params = int_param};

static int codeM, codeN, codem;
static const IMethod I_methods[] = {{"M", NULL, &t_func0}};
static const IMethod J_methods[] = {{"M", NULL, &t_func0}, {"N", NULL, &t_func0}};
static const IMethod K_methods[] = {{"M", NULL, &t_func0}, {"m", "main", &t_func0}};
static RType t_I = {.size = 16, .ptrdata = 16, .hash = 0x5001, .tflag = CMP | TFLAG_NAMED,
                    .align = 8, .kind = KIND_INTERFACE, .str = "main.I", .pkgpath = "main",
                    .nimethods = 1, .imethods = I_methods};
static RType t_J = {.size = 16, .ptrdata = 16, .hash = 0x5002, .tflag = CMP | TFLAG_NAMED,
                    .align = 8, .kind = KIND_INTERFACE, .str = "main.J", .pkgpath = "main",
                    .nimethods = 2, .imethods = J_methods};
static RType t_K = {.size = 16, .ptrdata = 16, .hash = 0x5003, .tflag = CMP | TFLAG_NAMED,
                    .align = 8, .kind = KIND_INTERFACE, .str = "main.K", .pkgpath = "main",
                    .nimethods = 2, .imethods = K_methods};
/* type T int with M() and an unexported m() -- of package "other" */
static const Method T_methods[] = {{"M", NULL, &t_func0, &codeM}, {"m", "other", &t_func0, &codem}};
static RType t_T = {.size = 8, .hash = 0x5004, .tflag = REG | TFLAG_NAMED, .align = 8,
                    .kind = KIND_INT, .str = "main.T", .pkgpath = "main", .nmethods = 2,
                    .methods = T_methods};
/* type U int with M(int): same name, other signature */
static const Method U_methods[] = {{"M", NULL, &t_func1, &codeN}};
static RType t_U = {.size = 8, .hash = 0x5005, .tflag = REG | TFLAG_NAMED, .align = 8,
                    .kind = KIND_INT, .str = "main.U", .pkgpath = "main", .nmethods = 1,
                    .methods = U_methods};
/* *T has T's methods and N() */
static const Method Tp_methods[] = {
    {"M", NULL, &t_func0, &codeM}, {"N", NULL, &t_func0, &codeN}, {"m", "other", &t_func0, &codem}};
static RType t_Tp = {.size = 8, .ptrdata = 8, .hash = 0x5006, .tflag = REG, .align = 8,
                     .kind = KIND_POINTER | KIND_DIRECT_IFACE, .str = "*main.T", .elem = &t_T,
                     .nmethods = 3, .methods = Tp_methods};

/* Error() of the caught *TypeAssertionError (stdlib/runtime/error.go) */
typedef struct {
  GoString inter, concrete, asserted, missing;
  bool samePkgPath;
} TAE;

static const char *tae_text(void) {
  static char out[512];
  CHECK(panic_value.type == &t_typeAssertionErrorPtr, "a *TypeAssertionError: %s",
        panic_value.type ? panic_value.type->str : "nil");
  if (panic_value.type != &t_typeAssertionErrorPtr)
    return "";
  TAE *e = panic_value.data;
  char inter[64], cs[64], as[64], mm[64];
  snprintf(inter, sizeof inter, "%.*s", (int)e->inter.len, (const char *)e->inter.ptr);
  snprintf(cs, sizeof cs, "%.*s", (int)e->concrete.len, (const char *)e->concrete.ptr);
  snprintf(as, sizeof as, "%.*s", (int)e->asserted.len, (const char *)e->asserted.ptr);
  snprintf(mm, sizeof mm, "%.*s", (int)e->missing.len, (const char *)e->missing.ptr);
  if (!*inter)
    strcpy(inter, "interface");
  if (!*cs)
    snprintf(out, sizeof out, "interface conversion: %s is nil, not %s", inter, as);
  else if (!*mm)
    snprintf(out, sizeof out, "interface conversion: %s is %s, not %s%s", inter, cs, as,
             strcmp(cs, as) ? ""
             : e->samePkgPath ? " (types from different scopes)"
                              : " (types from different packages)");
  else
    snprintf(out, sizeof out, "interface conversion: %s is not %s: missing method %s", cs, as, mm);
  return out;
}

static void test_itabs(void) {
  Itab *m = rt_getitab(&t_I, &t_T, false);
  CHECK(m && m->inter == &t_I && m->type == &t_T && m->hash == t_T.hash, "itab fields");
  CHECK(m->fun[0] == &codeM, "fun[0] is T.M");
  CHECK(rt_getitab(&t_I, &t_T, true) == m, "itabs are cached: one per pair");
  Itab *jm = rt_getitab(&t_J, &t_Tp, false);
  CHECK(jm->fun[0] == &codeM && jm->fun[1] == &codeN, "*T implements J in J's method order");
  CHECK(rt_getitab(&t_J, &t_T, true) == NULL, "T lacks N");
  CHECK(rt_getitab(&t_J, &t_T, true) == NULL, "the failure is cached and stays a failure");
  CHECK(CATCH_PANIC(rt_getitab(&t_J, &t_T, false)), "missing method panics");
  CHECK(!strcmp(tae_text(), "interface conversion: main.T is not main.J: missing method N"), "%s",
        tae_text());
  CHECK(rt_getitab(&t_I, &t_U, true) == NULL, "M(int) does not implement M()");
  CHECK(CATCH_PANIC(rt_getitab(&t_K, &t_T, false)), "m of another package does not match");
  CHECK(!strcmp(tae_text(), "interface conversion: main.T is not main.K: missing method m"), "%s",
        tae_text());
}

/* many concrete types: the itab table grows and every pair stays findable */
static void test_itab_table_growth(void) {
  enum { n = 3000 };
  RType *types = calloc(n, sizeof *types);
  Itab **tabs = calloc(n, sizeof *tabs);
  for (int i = 0; i < n; i++) {
    types[i] = t_T;
    types[i].hash = (uint32_t)i * 2654435761u;
    tabs[i] = rt_getitab(&t_I, &types[i], false);
  }
  int bad = 0;
  for (int i = 0; i < n; i++)
    bad += rt_getitab(&t_I, &types[i], false) != tabs[i] || tabs[i]->type != &types[i];
  CHECK(bad == 0, "%d of %d itabs lost after growth", bad, n);
}

static void test_conversions(void) {
  intptr_t v = 42;
  Eface e = rt_convT(&t_T, &v);
  v = 43;
  CHECK(e.type == &t_T && *(intptr_t *)e.data == 42, "convT boxes a copy");
  int x;
  Eface p = rt_convT(&t_Tp, &(int *){&x});
  CHECK(p.data == &x, "a pointer is stored directly");
  Iface i = rt_convI(&t_I, &t_T, &v);
  CHECK(i.tab == rt_getitab(&t_I, &t_T, false) && *(intptr_t *)i.data == 43, "convI");
  Eface back = rt_iface_to_eface(i);
  CHECK(back.type == &t_T && back.data == i.data, "iface to eface");
}

static void test_assertions(void) {
  intptr_t v = 5;
  Eface e = rt_convT(&t_T, &v), nil = {NULL, NULL};
  Iface out;
  CHECK(rt_assertE2I(&t_I, e, &out, false) && out.tab->type == &t_T && out.data == e.data,
        "e.(I)");
  CHECK(!rt_assertE2I(&t_J, e, &out, true) && out.tab == NULL && out.data == NULL,
        "e.(J) comma-ok fails with a zero result");
  CHECK(CATCH_PANIC(rt_assertE2I(&t_J, e, &out, false)), "e.(J) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: main.T is not main.J: missing method N"), "%s",
        tae_text());
  CHECK(CATCH_PANIC(rt_assertE2I(&t_I, nil, &out, false)), "nil.(I) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: interface is nil, not main.I"), "%s",
        tae_text());
  CHECK(!rt_assertE2I(&t_I, nil, &out, true), "nil.(I) comma-ok");
  CHECK(rt_assertE2I(&t_eface, e, &out, false) && ((Eface *)&out)->type == &t_T,
        "e.(interface{}) yields an eface");

  intptr_t got = 0;
  CHECK(rt_assertE2T(&t_T, &t_eface, e, &got, false) && got == 5, "e.(T)");
  GoString s = {(const uint8_t *)"x", 1};
  CHECK(!rt_assertE2T(&t_string, &t_eface, e, &s, true) && s.len == 0 && s.ptr == NULL,
        "e.(string) comma-ok zeroes the result");
  CHECK(CATCH_PANIC(rt_assertE2T(&t_string, &t_eface, e, &s, false)), "e.(string) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: interface {} is main.T, not string"), "%s",
        tae_text());
  CHECK(CATCH_PANIC(rt_assertE2T(&t_int, &t_eface, nil, &got, false)), "nil.(int) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: interface {} is nil, not int"), "%s",
        tae_text());
  CHECK(CATCH_PANIC(rt_assertE2T(&t_T, &t_I, nil, &got, false)), "I(nil).(T) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: main.I is nil, not main.T"), "%s", tae_text());
  Iface iv = rt_convI(&t_I, &t_T, &v);
  void *ptr;
  CHECK(CATCH_PANIC(rt_assertE2T(&t_Tp, &t_I, rt_iface_to_eface(iv), &ptr, false)),
        "i.(*T) panics");
  CHECK(!strcmp(tae_text(), "interface conversion: main.I is main.T, not *main.T"), "%s",
        tae_text());
  int x;
  Eface pe = rt_convT(&t_Tp, &(int *){&x});
  CHECK(rt_assertE2T(&t_Tp, &t_eface, pe, &ptr, false) && ptr == &x, "e.(*T) of a direct value");

  /* two types spelled main.T: different scopes or different packages */
  RType t_T2 = t_T, t_T3 = t_T;
  t_T3.pkgpath = "example.com/main";
  Eface e2 = rt_convT(&t_T2, &v);
  CHECK(CATCH_PANIC(rt_assertE2T(&t_T, &t_eface, e2, &got, false)), "scope mismatch");
  CHECK(!strcmp(tae_text(), "interface conversion: interface {} is main.T, not main.T (types "
                            "from different scopes)"),
        "%s", tae_text());
  Eface e3 = rt_convT(&t_T3, &v);
  CHECK(CATCH_PANIC(rt_assertE2T(&t_T, &t_eface, e3, &got, false)), "package mismatch");
  CHECK(!strcmp(tae_text(), "interface conversion: interface {} is main.T, not main.T (types "
                            "from different packages)"),
        "%s", tae_text());
}

int main(int argc, char **argv) {
  test_init();
  test_itabs();
  test_itab_table_growth();
  test_conversions();
  test_assertions();
  return test_report("iface");
}
