/*
** test_map.c -- the hash map (runtime/map.c): insert, lookup, delete and
** iteration with a million int and string keys, struct, interface, float
** and large (indirect) keys; growth points against real Go 1.19
** (golden/mapgrow.golden: B after each insertion, B for make hints);
** Go's iteration guarantees while the map grows and shrinks under the
** iterator; randomized iteration start within and between runs; nil maps;
** same-size growth after insert/delete churn.
*/
#include "rttest.h"

#include "../../runtime/map.h"

#include <math.h>

#define MAPTYPE(name, k, e, s)                                                 \
  static RType name = {.size = 8, .ptrdata = 8, .align = 8,                    \
                       .kind = KIND_MAP | KIND_DIRECT_IFACE, .str = s,         \
                       .key = k, .elem = e}

MAPTYPE(m_int_int, &t_int, &t_int, "map[int]int");
MAPTYPE(m_str_int, &t_string, &t_int, "map[string]int");
MAPTYPE(m_eface_int, &t_eface, &t_int, "map[interface {}]int");
MAPTYPE(m_f64_int, &t_float64, &t_int, "map[float64]int");

/* struct { a int8; s string; f float64 }: padding after a */
typedef struct {
  int8_t a;
  GoString s;
  double f;
} SKey;
static const StructField skey_fields[] = {{"a", &t_int8, 0, false, false, NULL},
                                          {"s", &t_string, 8, false, false, NULL},
                                          {"f", &t_float64, 24, false, false, NULL}};
static RType t_skey = {.size = 32, .ptrdata = 16, .hash = 0x6001, .tflag = CMP, .align = 8,
                       .kind = KIND_STRUCT, .str = "main.K", .pkgpath = "main", .nfields = 3,
                       .fields = skey_fields};
MAPTYPE(m_skey_int, &t_skey, &t_int, "map[main.K]int");

/* [20]int64: 160 bytes, stored indirectly as key and as elem */
static RType t_big = {.size = 160, .hash = 0x6002, .tflag = REG, .align = 8, .kind = KIND_ARRAY,
                      .str = "[20]int64", .elem = &t_int64, .len = 20};
MAPTYPE(m_big_big, &t_big, &t_big, "map[[20]int64][20]int64");
static RType t_huge = {.size = 4000, .hash = 0x6003, .tflag = REG, .align = 1, .kind = KIND_ARRAY,
                       .str = "[4000]uint8", .elem = &t_uint8, .len = 4000};
MAPTYPE(m_int_huge, &t_int, &t_huge, "map[int][4000]uint8");

static intptr_t getint(const RType *mt, HMap *h, const void *k, bool *ok) {
  return *(intptr_t *)rt_mapaccess2(mt, h, k, ok);
}

static void setint(const RType *mt, HMap *h, const void *k, intptr_t v) {
  *(intptr_t *)rt_mapassign(mt, h, k) = v;
}

/* ---- a million int keys ---- */

static void test_int_keys(void) {
  enum { n = 1000000 };
  HMap *h = rt_makemap(&m_int_int, 0);
  for (intptr_t i = 0; i < n; i++)
    setint(&m_int_int, h, &i, i * 3);
  CHECK(rt_maplen(h) == n, "len %ld", (long)rt_maplen(h));
  int bad = 0;
  bool ok;
  for (intptr_t i = 0; i < n; i++)
    bad += getint(&m_int_int, h, &i, &ok) != i * 3 || !ok;
  for (intptr_t i = n; i < n + 1000; i++)
    bad += getint(&m_int_int, h, &i, &ok) != 0 || ok;
  CHECK(bad == 0, "%d bad lookups", bad);
  for (intptr_t i = 0; i < n; i += 2)
    rt_mapdelete(&m_int_int, h, &i);
  CHECK(rt_maplen(h) == n / 2, "len after deleting half: %ld", (long)rt_maplen(h));
  bad = 0;
  for (intptr_t i = 0; i < n; i++)
    bad += getint(&m_int_int, h, &i, &ok) != (i % 2 ? i * 3 : 0) || ok != (i % 2);
  CHECK(bad == 0, "%d bad lookups after deletes", bad);
  for (intptr_t i = 0; i < n; i += 4)
    setint(&m_int_int, h, &i, -i);
  CHECK(rt_maplen(h) == n / 2 + n / 4, "len after reinserting");

  /* iteration: every entry exactly once with its elem */
  char *seen = calloc(n, 1);
  HIter *it = malloc(rt_hiter_size);
  long count = 0;
  bad = 0;
  for (rt_mapiterinit(&m_int_int, h, it); rt_hiter_key(it); rt_mapiternext(it)) {
    intptr_t k = *(intptr_t *)rt_hiter_key(it), v = *(intptr_t *)rt_hiter_elem(it);
    bad += k < 0 || k >= n || seen[k]++ || v != (k % 2 ? k * 3 : -k);
    count++;
  }
  CHECK(bad == 0 && count == rt_maplen(h), "iteration: %d bad, %ld of %ld", bad, count,
        (long)rt_maplen(h));
  free(seen);
  free(it);
}

/* ---- growth points (golden from real Go) ---- */

static void test_growth_points(const char *dir) {
  Lines g = read_golden(dir, "mapgrow.golden");
  HMap *h = rt_makemap(&m_int_int, 0);
  int line = 0, lastB = -1;
  for (intptr_t i = 0; i < 200000; i++) {
    setint(&m_int_int, h, &i, i);
    if (h->B != lastB) {
      char got[64];
      snprintf(got, sizeof got, "%ld %d", (long)rt_maplen(h), h->B);
      CHECK(line < g.n && !strcmp(got, g.line[line]), "growth: %s, Go %s", got,
            line < g.n ? g.line[line] : "-");
      line++;
      lastB = h->B;
    }
  }
  for (; line < g.n; line++) {
    long hint;
    int wantB;
    if (sscanf(g.line[line], "hint %ld %d", &hint, &wantB) != 2)
      continue;
    HMap *hh = rt_makemap(&m_int_int, hint);
    CHECK(hh->B == wantB, "make(map, %ld): B %d, Go %d", hint, hh->B, wantB);
    for (intptr_t i = 0; i < hint; i++) /* a hint big enough means no growth */
      setint(&m_int_int, hh, &i, i);
    CHECK(hh->B == wantB && hh->oldbuckets == NULL, "hint %ld: grew to B %d", hint, hh->B);
  }
}

/* ---- strings, structs, interfaces, floats, big keys ---- */

static GoString itos(long i) {
  char buf[32];
  return rt_gostring((snprintf(buf, sizeof buf, "key-%ld", i), buf));
}

static void test_string_keys(void) {
  enum { n = 1000000 };
  HMap *h = rt_makemap(&m_str_int, 0);
  GoString *keys = malloc(sizeof *keys * n);
  for (long i = 0; i < n; i++) {
    keys[i] = itos(i);
    setint(&m_str_int, h, &keys[i], i);
  }
  int bad = 0;
  bool ok;
  for (long i = 0; i < n; i++) {
    GoString k = itos(i); /* equal content, other memory */
    bad += getint(&m_str_int, h, &k, &ok) != i || !ok;
  }
  GoString missing = rt_gostring("key--1");
  bad += getint(&m_str_int, h, &missing, &ok) != 0 || ok;
  CHECK(bad == 0 && rt_maplen(h) == n, "%d bad string lookups", bad);
  for (long i = 0; i < n; i += 3)
    rt_mapdelete(&m_str_int, h, &keys[i]);
  long count = 0;
  HIter it;
  for (rt_mapiterinit(&m_str_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    GoString k = *(GoString *)rt_hiter_key(&it);
    long v = *(intptr_t *)rt_hiter_elem(&it);
    bad += v % 3 == 0 || !rt_eqstring(k, keys[v]);
    count++;
  }
  CHECK(bad == 0 && count == n - (n + 2) / 3, "string iteration: %d bad, %ld entries", bad, count);
  free(keys);
}

static void test_struct_keys(void) {
  enum { n = 200000 };
  HMap *h = rt_makemap(&m_skey_int, 0);
  for (long i = 0; i < n; i++) {
    SKey k;
    memset(&k, 0xAB, sizeof k); /* padding garbage */
    k.a = (int8_t)i, k.s = itos(i / 256), k.f = i % 2 ? 0.0 : (double)i;
    setint(&m_skey_int, h, &k, i);
  }
  int bad = 0;
  bool ok;
  for (long i = 0; i < n; i++) {
    SKey k;
    memset(&k, 0x11, sizeof k); /* other padding */
    k.a = (int8_t)i, k.s = itos(i / 256), k.f = i % 2 ? -0.0 : (double)i; /* -0 == +0 */
    bad += getint(&m_skey_int, h, &k, &ok) != i || !ok;
  }
  CHECK(bad == 0 && rt_maplen(h) == n, "%d bad struct lookups, len %ld", bad, (long)rt_maplen(h));
}

static void test_interface_keys(void) {
  HMap *h = rt_makemap(&m_eface_int, 0);
  int x;
  Eface keys[] = {rt_convT(&t_int, &(intptr_t){1}), rt_convT(&t_int64, &(int64_t){1}),
                  rt_convT(&t_string, &(GoString){(const uint8_t *)"1", 1}),
                  rt_convT(&t_float64, &(double){1.0}), rt_convT(&t_intptr, &(int *){&x}),
                  {NULL, NULL}};
  int nk = sizeof keys / sizeof keys[0];
  for (int i = 0; i < nk; i++)
    setint(&m_eface_int, h, &keys[i], i + 10);
  CHECK(rt_maplen(h) == nk, "int(1), int64(1), \"1\", 1.0, &x, nil are distinct keys");
  int bad = 0;
  bool ok;
  for (int i = 0; i < nk; i++) {
    Eface again = keys[i].type && !(keys[i].type->kind & KIND_DIRECT_IFACE)
                      ? rt_convT(keys[i].type, keys[i].data) /* a new box */
                      : keys[i];
    bad += getint(&m_eface_int, h, &again, &ok) != i + 10 || !ok;
  }
  CHECK(bad == 0, "%d bad interface lookups", bad);
  GoSlice sl = {NULL, 0, 0};
  Eface unhashable = rt_convT(&t_intslice, &sl);
  CHECK(CATCH_PANIC(rt_mapassign(&m_eface_int, h, &unhashable)), "m[[]int{}] = 1 panics");
  CHECK(!strcmp(panic_text(), "runtime error: hash of unhashable type []int"), "%s", panic_text());
  CHECK(!(h->flags & hashWriting), "a panicking hash leaves the map writable");
  CHECK(CATCH_PANIC(rt_mapaccess1(&m_eface_int, NULL, &unhashable)),
        "even a nil map lookup hashes an interface key");
  CHECK(CATCH_PANIC(rt_mapdelete(&m_eface_int, NULL, &unhashable)), "and delete");
  setint(&m_eface_int, h, &keys[0], 99);
  CHECK(rt_maplen(h) == nk && getint(&m_eface_int, h, &keys[0], &ok) == 99, "still usable");
}

static void test_float_keys(void) {
  HMap *h = rt_makemap(&m_f64_int, 0);
  double nan = NAN, pz = 0.0, nz = -0.0;
  setint(&m_f64_int, h, &nan, 1);
  setint(&m_f64_int, h, &nan, 2);
  bool ok;
  CHECK(rt_maplen(h) == 2, "m[NaN] = x twice makes two entries");
  CHECK(getint(&m_f64_int, h, &nan, &ok) == 0 && !ok, "NaN is never found");
  rt_mapdelete(&m_f64_int, h, &nan);
  CHECK(rt_maplen(h) == 2, "delete(m, NaN) deletes nothing");
  setint(&m_f64_int, h, &nz, 3);
  setint(&m_f64_int, h, &pz, 4);
  CHECK(rt_maplen(h) == 3 && getint(&m_f64_int, h, &nz, &ok) == 4, "+0 and -0 are one key");
  int nans = 0, zeros = 0;
  HIter it;
  for (rt_mapiterinit(&m_f64_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    double k = *(double *)rt_hiter_key(&it);
    nans += k != k;
    zeros += k == 0 && !signbit(k); /* the key was updated to the last one stored */
  }
  CHECK(nans == 2 && zeros == 1, "iteration yields both NaNs (%d) and +0 (%d)", nans, zeros);
  /* NaNs through a growth that an iteration started in the middle of: the
  ** X/Y choice for them follows the tophash bit, and the iterator, which
  ** reads unevacuated old buckets, must produce each exactly once */
  for (int i = 0; i < 100; i++)
    setint(&m_f64_int, h, &nan, i);
  double d = 1;
  while (h->oldbuckets == NULL)
    setint(&m_f64_int, h, &d, 0), d++;
  nans = 0;
  for (rt_mapiterinit(&m_f64_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    nans += *(double *)rt_hiter_key(&it) != *(double *)rt_hiter_key(&it);
    d++;
    setint(&m_f64_int, h, &d, 0); /* drives the evacuation */
  }
  CHECK(nans == 102, "each NaN entry produced once across growth: %d", nans);
  nans = 0;
  for (rt_mapiterinit(&m_f64_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it))
    nans += *(double *)rt_hiter_key(&it) != *(double *)rt_hiter_key(&it);
  CHECK(nans == 102 && h->oldbuckets == NULL, "all NaN entries kept: %d", nans);
}

static void test_big_keys(void) {
  enum { n = 20000 };
  HMap *h = rt_makemap(&m_big_big, 0);
  int64_t k[20] = {0}, v[20];
  for (long i = 0; i < n; i++) {
    k[3] = i, k[19] = -i;
    for (int j = 0; j < 20; j++)
      v[j] = i + j;
    memcpy(rt_mapassign(&m_big_big, h, k), v, sizeof v);
  }
  int bad = 0;
  bool ok;
  for (long i = 0; i < n; i++) {
    k[3] = i, k[19] = -i;
    int64_t *e = rt_mapaccess2(&m_big_big, h, k, &ok);
    bad += !ok || e[0] != i || e[19] != i + 19;
  }
  CHECK(bad == 0 && rt_maplen(h) == n, "%d bad indirect lookups", bad);
  long count = 0;
  HIter it;
  for (rt_mapiterinit(&m_big_big, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    int64_t *kk = rt_hiter_key(&it), *e = rt_hiter_elem(&it);
    bad += e[0] != kk[3] || kk[19] != -kk[3];
    count++;
  }
  CHECK(bad == 0 && count == n, "indirect iteration");
  for (long i = 0; i < n; i += 2) {
    k[3] = i, k[19] = -i;
    rt_mapdelete(&m_big_big, h, k);
  }
  k[3] = 2, k[19] = -2;
  rt_mapaccess2(&m_big_big, h, k, &ok);
  CHECK(rt_maplen(h) == n / 2 && !ok, "indirect delete");
  /* elems larger than the 1 KB zero value */
  HMap *hh = rt_makemap(&m_int_huge, 0);
  intptr_t one = 1;
  uint8_t *z = rt_mapaccess1(&m_int_huge, hh, &one);
  bool allzero = true;
  for (int i = 0; i < 4000; i++)
    allzero &= z[i] == 0;
  CHECK(allzero, "a missing [4000]uint8 reads as zero");
  memset(rt_mapassign(&m_int_huge, hh, &one), 7, 4000);
  CHECK(((uint8_t *)rt_mapaccess1(&m_int_huge, hh, &one))[3999] == 7, "huge elem stored");
}

/* ---- nil maps, clear, churn ---- */

static void test_nil_map(void) {
  intptr_t k = 5;
  bool ok = true;
  CHECK(getint(&m_int_int, NULL, &k, &ok) == 0 && !ok, "nil map read gives zero");
  CHECK(rt_maplen(NULL) == 0, "len(nil map) == 0");
  rt_mapdelete(&m_int_int, NULL, &k);
  HIter it;
  rt_mapiterinit(&m_int_int, NULL, &it);
  CHECK(rt_hiter_key(&it) == NULL, "range over nil map is empty");
  CHECK(CATCH_PANIC(rt_mapassign(&m_int_int, NULL, &k)), "nil map write panics");
  CHECK(panic_value.type == &t_plainError &&
            !strcmp(panic_text(), "assignment to entry in nil map"),
        "%s", panic_text());
  rt_mapclear(&m_int_int, NULL);
  CHECK(rt_makemap(&m_int_int, -1)->B == 0, "make(map, -1) is make(map)");
}

/* the hashWriting flag: a write finding it set is a fatal error (exit 2,
** not a recoverable panic), as under Go */
static void write_while_writing(void) {
  HMap *h = rt_makemap(&m_int_int, 0);
  intptr_t k = 1;
  h->flags |= hashWriting; /* as if another goroutine were writing */
  rt_mapassign(&m_int_int, h, &k);
}

static void test_concurrent_write_detection(void) {
  char out[256];
  int code = child(write_while_writing, out, sizeof out);
  CHECK(!strcmp(out, "fatal error: concurrent map writes\n"), "printed %s", out);
  CHECK(code == 2, "exit status %d", code);
}

static void test_clear(void) {
  HMap *h = rt_makemap(&m_int_int, 0);
  for (intptr_t i = 0; i < 5000; i++)
    setint(&m_int_int, h, &i, i);
  uint8_t B = h->B;
  rt_mapclear(&m_int_int, h);
  bool ok;
  intptr_t k = 10;
  CHECK(rt_maplen(h) == 0 && getint(&m_int_int, h, &k, &ok) == 0 && !ok, "cleared");
  HIter it;
  rt_mapiterinit(&m_int_int, h, &it);
  CHECK(rt_hiter_key(&it) == NULL, "nothing to iterate");
  for (intptr_t i = 0; i < 5000; i++)
    setint(&m_int_int, h, &i, -i);
  CHECK(h->B == B && getint(&m_int_int, h, &k, &ok) == -10 && rt_maplen(h) == 5000,
        "refilled in place");
}

/* insert/delete churn at a constant size piles up overflow buckets until
** a same-size growth repacks them */
static void test_same_size_grow(void) {
  HMap *h = rt_makemap(&m_int_int, 0);
  intptr_t next = 0;
  for (; next < 400; next++)
    setint(&m_int_int, h, &next, next);
  uint8_t B = h->B;
  bool sawSameSize = false;
  for (int round = 0; round < 200000 && !sawSameSize; round++) {
    intptr_t old = next - 400;
    rt_mapdelete(&m_int_int, h, &old);
    setint(&m_int_int, h, &next, next);
    next++;
    sawSameSize = (h->flags & sameSizeGrow) != 0;
  }
  CHECK(sawSameSize, "churn triggers a same-size growth");
  CHECK(h->B == B, "same-size growth keeps B (%d, was %d)", h->B, B);
  int bad = 0;
  bool ok;
  for (intptr_t i = next - 400; i < next; i++)
    bad += getint(&m_int_int, h, &i, &ok) != i || !ok;
  CHECK(bad == 0 && rt_maplen(h) == 400, "contents intact after repacking");
}

/* ---- iteration while the map changes ---- */

/* One trial: n keys; iterate while inserting, deleting and updating at
** random. Go's rules: no key is produced twice; a produced key is present
** with its current elem; every key present throughout is produced. */
static int iterate_under_changes(int n, unsigned seed) {
  HMap *h = rt_makemap(&m_int_int, 0);
  enum { maxkeys = 40000 };
  static char present[maxkeys], deleted[maxkeys], seen[maxkeys];
  static intptr_t val[maxkeys];
  memset(present, 0, sizeof present), memset(deleted, 0, sizeof deleted);
  memset(seen, 0, sizeof seen);
  for (intptr_t i = 0; i < n; i++)
    setint(&m_int_int, h, &i, val[i] = i), present[i] = 1;
  intptr_t next = n;
  int bad = 0;
  HIter it;
  srand(seed);
  for (rt_mapiterinit(&m_int_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    intptr_t k = *(intptr_t *)rt_hiter_key(&it), v = *(intptr_t *)rt_hiter_elem(&it);
    bad += k < 0 || k >= next || seen[k]++ || !present[k] || v != val[k];
    for (int op = rand() % 4; op > 0; op--) {
      int what = rand() % 10;
      if (what < 6 && next < maxkeys) { /* insert: growth happens under us */
        setint(&m_int_int, h, &next, val[next] = next);
        present[next++] = 1;
      } else if (what < 8) { /* delete a random key */
        intptr_t d = rand() % next;
        rt_mapdelete(&m_int_int, h, &d);
        deleted[d] |= present[d];
        present[d] = 0;
      } else { /* update a random present key */
        intptr_t u = rand() % next;
        if (present[u])
          setint(&m_int_int, h, &u, val[u] = -u);
      }
    }
  }
  for (intptr_t i = 0; i < n; i++)
    bad += !deleted[i] && !seen[i]; /* present throughout but never produced */
  return bad;
}

static void test_iteration_during_growth(void) {
  int bad = 0;
  unsigned seed = 1;
  for (int n = 1; n < 3000; n = n * 5 / 4 + 1)
    for (int rep = 0; rep < 6; rep++)
      bad += iterate_under_changes(n, seed++);
  /* n right after a growth started: the iterator begins mid-growth */
  static const int grown[] = {105, 209, 417, 833, 1665, 3329, 6657};
  for (int g = 0; g < 7; g++)
    for (int rep = 0; rep < 6; rep++)
      bad += iterate_under_changes(grown[g], seed++);
  CHECK(bad == 0, "%d violations of Go's iteration rules", bad);

  /* an iterator started mid-growth (it->B == h->B, reading old buckets) */
  HMap *h = rt_makemap(&m_int_int, 0);
  intptr_t i = 0;
  for (; i < 105; i++) /* the 105th key grows B = 4 to 5; 2 of 16 old buckets evacuated */
    setint(&m_int_int, h, &i, i);
  CHECK(h->oldbuckets != NULL && h->B == 5, "growing");
  char seen[128] = {0};
  HIter it;
  long count = 0;
  for (rt_mapiterinit(&m_int_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it)) {
    intptr_t k = *(intptr_t *)rt_hiter_key(&it);
    bad += k < 0 || k >= 128 || seen[k]++;
    count++;
  }
  CHECK(bad == 0 && count == 105, "iteration mid-growth: %ld entries, %d bad", count, bad);
}

/* ---- randomized order ---- */

static void iteration_order(HMap *h, char *out) {
  HIter it;
  out[0] = 0;
  for (rt_mapiterinit(&m_int_int, h, &it); rt_hiter_key(&it); rt_mapiternext(&it))
    sprintf(out + strlen(out), "%ld,", (long)*(intptr_t *)rt_hiter_key(&it));
}

static void test_random_order(const char *self) {
  HMap *h = rt_makemap(&m_int_int, 0);
  for (intptr_t i = 0; i < 3; i++)
    setint(&m_int_int, h, &i, i);
  /* The 3 keys fill slots 0-2 of the one bucket; a random start offset of
  ** 0 or 3-7 gives 0,1,2, offset 1 gives 1,2,0 and 2 gives 2,0,1: each
  ** rotation shows up in 200 ranges but for a chance of 1e-11. */
  char orders[3][256], order[256];
  int norders = 0;
  for (int r = 0; r < 200; r++) {
    iteration_order(h, order);
    bool known = false;
    for (int q = 0; q < norders; q++)
      known |= !strcmp(orders[q], order);
    if (!known) {
      CHECK(norders < 3, "a fourth order: %s", order);
      if (norders < 3)
        strcpy(orders[norders++], order);
    }
  }
  CHECK(norders == 3, "a 3-key map iterated 200 times: %d orders", norders);

  /* between runs: a fresh process gets a fresh seed and start */
  char cmd[1100], runs[5][256];
  snprintf(cmd, sizeof cmd, "%s --print-order", self);
  int distinct = 0;
  for (int r = 0; r < 5; r++) {
    FILE *p = popen(cmd, "r");
    if (!p || !fgets(runs[r], sizeof runs[r], p))
      runs[r][0] = 0;
    if (p)
      pclose(p);
    bool fresh = runs[r][0] != 0;
    for (int q = 0; q < r; q++)
      fresh &= strcmp(runs[q], runs[r]) != 0;
    distinct += fresh;
  }
  CHECK(distinct >= 2, "5 runs printed %d distinct orders", distinct);
}

/* --print-order: the order of a 20-key map, once */
static int print_order(void) {
  HMap *h = rt_makemap(&m_int_int, 0);
  for (intptr_t i = 0; i < 20; i++)
    setint(&m_int_int, h, &i, i);
  char order[256];
  iteration_order(h, order);
  printf("%s\n", order);
  return 0;
}

int main(int argc, char **argv) {
  test_init();
  if (argc > 1 && !strcmp(argv[1], "--print-order"))
    return print_order();
  test_nil_map();
  test_growth_points(argv[1]);
  test_int_keys();
  test_string_keys();
  test_struct_keys();
  test_interface_keys();
  test_float_keys();
  test_big_keys();
  test_clear();
  test_concurrent_write_detection();
  test_same_size_grow();
  test_iteration_during_growth();
  test_random_order(argv[0]);
  return test_report("map");
}
