/*
** registry_test.c -- rt_native_lookup and its tables: every table sorted
** without duplicates (the lookup's bsearch relies on it), every registered
** name found under "<importpath>.<name>", the number of natives per
** package, and the natives deliberately left unregistered (they need the
** scheduler or the collector) not found, so using them is a compile error.
*/
#include "harness.h"
#include "natives/natives.h"

static void test_tables_sorted(void) {
  for (const NativeTable *const *t = rt_native_tables; *t; t++) {
    for (int i = 1; i < (*t)->n; i++)
      if (strcmp((*t)->entries[i - 1].name, (*t)->entries[i].name) >= 0) {
        fprintf(stderr, "%s: %s before %s\n", (*t)->pkg, (*t)->entries[i - 1].name,
                (*t)->entries[i].name);
        failures++;
      }
  }
}

static void test_every_entry_found(void) {
  for (const NativeTable *const *t = rt_native_tables; *t; t++)
    for (int i = 0; i < (*t)->n; i++) {
      char name[256];
      snprintf(name, sizeof name, "%s.%s", (*t)->pkg, (*t)->entries[i].name);
      if (rt_native_lookup(name) != (*t)->entries[i].fn) {
        fprintf(stderr, "lookup of %s failed\n", name);
        failures++;
      }
    }
}

static int count(const char *pkg) {
  int n = 0;
  for (const NativeTable *const *t = rt_native_tables; *t; t++)
    if (strcmp((*t)->pkg, pkg) == 0)
      n += (*t)->n;
  return n;
}

static void test_counts(void) {
  CHECK_INT(count("internal/reflectlite"), 24);
  CHECK_INT(count("math"), 10);
  CHECK_INT(count("os"), 18);
  CHECK_INT(count("time"), 8);
  CHECK_INT(count("runtime"), 9);
  CHECK_INT(count("sync"), 10);
  CHECK_INT(count("sync/atomic"), 29);
}

static void test_absent(void) {
  static const char *const absent[] = {
      /* scheduler and collector natives (issues 5 and 6) */
      "runtime.SetFinalizer",
      /* Go-source functions and malformed names */
      "math.Exp", "Sqrt", "", ".", "math.", ".Sqrt", "math.Sqrt.x", "mat.Sqrt",
      "xmath.Sqrt", "reflectlite.typeOf"};
  for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
    if (rt_native_lookup(absent[i]) != NULL) {
      fprintf(stderr, "%s should not be registered\n", absent[i]);
      failures++;
    }
  CHECK(rt_native_lookup("math.Sqrt") != NULL);
  CHECK(rt_native_lookup("internal/reflectlite.valueMapEntries") != NULL);
}

int main(void) {
  test_tables_sorted();
  test_every_entry_found();
  test_counts();
  test_absent();
  return failures != 0;
}
