/*
** atomic_test.c -- sync/atomic's natives through the slot ABI. Expected
** values from Go 1.19: AddInt32(MaxInt32, 1) = -2147483648;
** AddUint32(0, ^uint32(0)) = 4294967295; CompareAndSwapInt64(5 -> -9)
** true then (5 -> 1) false leaving -9; SwapUintptr(7, 1<<63) returns 7;
** Value.CompareAndSwap(nil, 3) then (3, 4) both true (== on boxed ints);
** LoadInt32(nil) panics "runtime error: invalid memory address or nil
** pointer dereference".
*/
#include "harness.h"

static void test_integers(void) {
  int32_t a = INT32_MAX;
  uint64_t s[3] = {(uintptr_t)&a, 1};
  call("sync/atomic.AddInt32", s);
  CHECK_HEX(s[0], (uint64_t)(int64_t)INT32_MIN); /* sign-extended */
  CHECK_INT(a, INT32_MIN);

  uint32_t u = 0;
  s[0] = (uintptr_t)&u;
  s[1] = 0xffffffff;
  call("sync/atomic.AddUint32", s);
  CHECK_HEX(s[0], 0xffffffff); /* zero-extended */

  int64_t i64 = 5;
  uint64_t c[3] = {(uintptr_t)&i64, 5, (uint64_t)-9};
  call("sync/atomic.CompareAndSwapInt64", c);
  CHECK_INT(c[0], 1);
  uint64_t c2[3] = {(uintptr_t)&i64, 5, 1};
  call("sync/atomic.CompareAndSwapInt64", c2);
  CHECK_INT(c2[0], 0);
  CHECK_INT(i64, -9);

  uintptr_t up = 7;
  s[0] = (uintptr_t)&up;
  s[1] = 1ull << 63;
  call("sync/atomic.SwapUintptr", s);
  CHECK_INT(s[0], 7);
  CHECK_HEX(up, 1ull << 63);

  int32_t neg = -1;
  s[0] = (uintptr_t)&neg;
  call("sync/atomic.LoadInt32", s);
  CHECK_HEX(s[0], 0xffffffffffffffff);
  uint32_t all = 0xffffffff;
  s[0] = (uintptr_t)&all;
  call("sync/atomic.LoadUint32", s);
  CHECK_HEX(s[0], 0xffffffff);
  uint64_t u64 = 0;
  s[0] = (uintptr_t)&u64;
  s[1] = 0x8000000000000001;
  call("sync/atomic.StoreUint64", s);
  CHECK_HEX(u64, 0x8000000000000001);

  s[0] = 0;
  EXPECT_PANIC(call("sync/atomic.LoadInt32", s));
  CHECK(last_panic.type == &t_errorString);
}

static void test_interfaces(void) {
  Eface v = {NULL, NULL};
  int64_t three = 3, four = 4, three_again = 3;
  Eface b3 = rt_convT(&t_int, &three), b4 = rt_convT(&t_int, &four),
        b3b = rt_convT(&t_int, &three_again);
  uint64_t s[5];
  s[0] = (uintptr_t)&v;
  put_eface(s, 1, (Eface){NULL, NULL});
  put_eface(s, 3, b3);
  call("sync/atomic.casIface", s);
  CHECK_INT(s[0], 1);
  CHECK(v.type == &t_int && v.data == b3.data);
  s[0] = (uintptr_t)&v; /* another box holding an equal value: Go's == */
  put_eface(s, 1, b3b);
  put_eface(s, 3, b4);
  call("sync/atomic.casIface", s);
  CHECK_INT(s[0], 1);
  s[0] = (uintptr_t)&v;
  put_eface(s, 1, b3);
  put_eface(s, 3, b3);
  call("sync/atomic.casIface", s);
  CHECK_INT(s[0], 0);
  CHECK(v.data == b4.data);

  s[0] = (uintptr_t)&v;
  call("sync/atomic.loadIface", s);
  CHECK(slots_eface(s, 0).data == b4.data);
  s[0] = (uintptr_t)&v;
  put_eface(s, 1, b3);
  call("sync/atomic.swapIface", s);
  CHECK(slots_eface(s, 0).data == b4.data && v.data == b3.data);
  s[0] = (uintptr_t)&v;
  put_eface(s, 1, (Eface){NULL, NULL});
  call("sync/atomic.storeIface", s);
  CHECK(v.type == NULL && v.data == NULL);
}

int main(void) {
  register_types();
  test_integers();
  test_interfaces();
  return failures != 0;
}
