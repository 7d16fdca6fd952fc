/*
** test_panic.c -- the run-time panics of runtime/panic.c: each rt_panic_*
** raises a value of package runtime's error types, laid out as
** stdlib/runtime/error.go declares them (its Error methods then print
** Go's texts); rt_throw prints "fatal error: msg", calls the back end's
** traceback hook and exits 2; rt_gopanic without a back end hook prints
** the value and exits 2.
*/
#include "rttest.h"

typedef struct {
  int64_t x;
  intptr_t y;
  bool signed_;
  uint8_t code;
} BoundsError;

static bool bounds(int64_t x, intptr_t y, bool signed_, uint8_t code) {
  const BoundsError *e = panic_value.data;
  return panic_value.type == &t_boundsError && e->x == x && e->y == y &&
         e->signed_ == signed_ && e->code == code;
}

static void test_runtime_errors(void) {
  CHECK(CATCH_PANIC(rt_panic_index(5, 3)) && bounds(5, 3, true, 0), "index [5] with length 3");
  CHECK(CATCH_PANIC(rt_panic_index(-1, 3)) && bounds(-1, 3, true, 0), "index [-1]");
  CHECK(CATCH_PANIC(rt_panic_indexu(UINT64_MAX, 3)) && bounds(-1, 3, false, 0),
        "unsigned index keeps its bits, signed = false");
  CHECK(CATCH_PANIC(rt_panic_slice(2, 5, 3, true)) && bounds(5, 3, true, 2),
        "slice bounds [:5] with capacity 3");
  CHECK(CATCH_PANIC(rt_panic_divide()), "divide");
  CHECK(!strcmp(panic_text(), "runtime error: integer divide by zero"), "%s", panic_text());
  CHECK(CATCH_PANIC(rt_panic_shift()), "shift");
  CHECK(!strcmp(panic_text(), "runtime error: negative shift amount"), "%s", panic_text());
  CHECK(CATCH_PANIC(rt_panic_nilderef()), "nil deref");
  CHECK(panic_value.type == &t_errorString &&
            !strcmp(panic_text(),
                    "runtime error: invalid memory address or nil pointer dereference"),
        "%s", panic_text());
  CHECK(CATCH_PANIC(rt_panic_plain("close of nil channel")), "plain");
  CHECK(panic_value.type == &t_plainError && !strcmp(panic_text(), "close of nil channel"),
        "%s", panic_text());
  CHECK(CATCH_PANIC(rt_panic_string("boom")), "panic(\"boom\")");
  CHECK(panic_value.type == &t_string && !strcmp(panic_text(), "boom"), "%s", panic_text());
}

static void traceback(void) { rt_write(2, "\ngoroutine 1 [running]:\n", 25); }

static void do_throw(void) {
  rt_write(1, "buffered stdout", 15); /* flushed before the fatal message */
  rt_traceback_hook = traceback;
  rt_throw("all goroutines are asleep - deadlock!");
}

static void do_unhooked_panic(void) {
  rt_gopanic_hook = NULL;
  rt_panic_index(7, 2);
}

static void test_fatal(void) {
  char out[512];
  int code = child(do_throw, out, sizeof out);
  CHECK(code == 2, "throw exits 2, not %d", code);
  CHECK(!strcmp(out, "buffered stdoutfatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [running]:\n"),
        "printed %s", out);
  code = child(do_unhooked_panic, out, sizeof out);
  CHECK(code == 2 && !strncmp(out, "panic: (runtime.boundsError) 0x", 31),
        "without a hook: exit %d, printed %s", code, out);
}

int main(int argc, char **argv) {
  test_init();
  test_runtime_errors();
  test_fatal();
  return test_report("panic");
}
