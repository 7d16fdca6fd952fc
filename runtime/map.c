/*
** map.c -- Go's hash map (Go 1.19's runtime/map.go, the pre-1.24 bucket
** design the notes teach). Layouts in map.h; a longer tour in
** docs/runtime-map.md.
**
** A map is an array of 2^B buckets. A bucket (bmap) holds up to 8
** key/elem pairs, the top 8 bits of each key's hash (tophash) and a pointer
** to an overflow bucket, so a bucket is a chain. To find a key: hash it
** (alg.c rt_typehash, seeded by the map's hash0); the low B bits pick the
** bucket; in each bucket of the chain, only cells whose tophash equals the
** key's top byte are compared in full.
**
** tophash also records cell states: values below minTopHash are states
** (emptyRest: this cell and every later cell of the chain are empty, so a
** search can stop; emptyOne: this cell is empty; evacuatedX/Y/Empty: see
** growth), so a real top byte below minTopHash is bumped up by minTopHash.
**
** Growth. An insert of a NEW key, when no growth is in progress, grows the
** map if afterwards count > 8 and count > 6.5 * 2^B (load factor; with
** count including the new key, a 1-bucket map grows at its 9th key) -- the
** table doubles; or if there are too many overflow buckets (noverflow >=
** 2^min(B,15)), e.g. after many inserts and deletes -- a table of the SAME
** size is made to pack the chains (sameSizeGrow). Either way only the new
** bucket array is allocated: hashGrow sets oldbuckets, and the entries
** move incrementally ("evacuation"): each assign or delete evacuates the
** old bucket it touches plus the next one at nevacuate (growWork), so no
** single operation pays for the whole copy. When doubling, old bucket i
** splits into new buckets i (X) and i+2^(B-1) (Y) by the hash bit the new
** mask adds; the old cells are marked evacuatedX / evacuatedY /
** evacuatedEmpty. When nevacuate reaches the old size, oldbuckets is
** dropped. Lookups never evacuate: they search the old bucket if it is not
** evacuated yet, else the new one. Maps never shrink.
**
** Iteration, as in Go: rt_mapiterinit moves to the first entry and each
** rt_mapiternext to the next one, leaving it->key NULL at the end (so a
** range loop is: init; while key != NULL { body; next }). It starts at a
** random bucket and a
** random slot offset (fastrand), so the order differs from range to range,
** even for tiny maps. It walks the bucket array current at its start
** (it->buckets, it->B). If the map is growing and that array is the new
** one, a bucket whose old bucket is not yet evacuated is read from the old
** bucket instead, keeping only the entries that will land in the bucket
** being visited (checkBucket); entries already evacuated are looked up
** again in the live map, so entries deleted since are skipped and updated
** ones show their new elem. Hence Go's guarantees: each entry present for
** the whole iteration is produced exactly once; one deleted before it is
** reached is not produced; one added during the iteration may or may not
** be. While an iterator may be using old buckets (oldIterator), evacuation
** leaves their cells in place.
**
** Keys that are not equal to themselves (NaN floats) get random hashes:
** every insert makes a new entry, lookups never find them, and when one is
** evacuated during an iteration the X/Y choice comes from its tophash's low
** bit so the iterator can tell where it went.
**
** Keys or elems larger than 128 bytes are stored in their own allocation,
** the bucket holding a pointer (indirectkey / indirectelem).
**
** The hashWriting flag is set during assign/delete/clear; a read or write
** that finds it set reports a concurrent write (fatal, not a panic), as Go
** does; it becomes meaningful with goroutines (issue 5).
**
** Allocation: bucket arrays are untyped (pointer-free) allocations until
** issue 6 gives each map type a bucket RType with its pointer bitmap.
*/
#include "map.h"

#include "malloc.h"
#include "rand.h"

#include <stdatomic.h>
#include <string.h>

const uintptr_t rt_hiter_size = sizeof(HIter);

/* maptype: the bucket layout of a map type, derived from its RType (Go's
** compiler stores these in the maptype descriptor; here they are cheap
** enough to derive on each call). */
typedef struct maptype {
  const RType *key, *elem;
  uintptr_t keysize, elemsize; /* size of a key/elem slot in a bucket */
  uintptr_t bucketsize;
  bool indirectkey, indirectelem;
} maptype;

static maptype maptypeof(const RType *mt) {
  maptype t;
  t.key = mt->key;
  t.elem = mt->elem;
  t.indirectkey = t.key->size > maxKeySize;
  t.indirectelem = t.elem->size > maxElemSize;
  t.keysize = t.indirectkey ? sizeof(void *) : t.key->size;
  t.elemsize = t.indirectelem ? sizeof(void *) : t.elem->size;
  uintptr_t ovf = (dataOffset + bucketCnt * (t.keysize + t.elemsize) + 7) & ~(uintptr_t)7;
  t.bucketsize = ovf + sizeof(void *);
  return t;
}

/* ---- properties of the key type (Go's compiler computes them) ---- */

/* keyhas: some scalar component of key type k has a kind in kindmask */
static bool keyhas(const RType *k, uint32_t kindmask) {
  if (k->tflag & TFLAG_REGMEM) /* plain memory: integers and pointers */
    return false;
  switch (k->kind & KIND_MASK) {
  case KIND_ARRAY:
    return keyhas(k->elem, kindmask);
  case KIND_STRUCT:
    for (int i = 0; i < k->nfields; i++)
      if (keyhas(k->fields[i].typ, kindmask))
        return true;
    return false;
  default:
    return (kindmask >> (k->kind & KIND_MASK)) & 1;
  }
}

#define KINDS_FLOAT (1u << KIND_FLOAT32 | 1u << KIND_FLOAT64)
#define KINDS_IFACE (1u << KIND_INTERFACE)

/* reflexivekey: k == k for every key (false with floats: NaN) */
static bool reflexivekey(const maptype *t) { return !keyhas(t->key, KINDS_FLOAT | KINDS_IFACE); }

/* needkeyupdate: an equal key may differ in bits (+0/-0, another string
** with the same bytes), so an assignment overwrites the stored key */
static bool needkeyupdate(const maptype *t) {
  return keyhas(t->key, KINDS_FLOAT | KINDS_IFACE | 1u << KIND_STRING);
}

/* hashMightPanic: hashing may panic (an interface holding a slice), so
** even operations on a nil or empty map must hash the key */
static bool hashMightPanic(const maptype *t) { return keyhas(t->key, KINDS_IFACE); }

/* ---- buckets ---- */

static uintptr_t bucketShift(uint8_t b) { return (uintptr_t)1 << b; }

static uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

static bmap *bucketat(const maptype *t, bmap *buckets, uintptr_t i) {
  return (bmap *)((uint8_t *)buckets + i * t->bucketsize);
}

static void *keyat(const maptype *t, bmap *b, uintptr_t i) {
  return (uint8_t *)b + dataOffset + i * t->keysize;
}

static void *elemat(const maptype *t, bmap *b, uintptr_t i) {
  return (uint8_t *)b + dataOffset + bucketCnt * t->keysize + i * t->elemsize;
}

static bmap **overflowp(const maptype *t, bmap *b) {
  return (bmap **)((uint8_t *)b + t->bucketsize - sizeof(void *));
}

static bmap *overflow(const maptype *t, bmap *b) { return *overflowp(t, b); }

/* the key or elem stored in a slot (following the pointer if indirect) */
static void *slotkey(const maptype *t, void *slot) {
  return t->indirectkey ? *(void **)slot : slot;
}

static void *slotelem(const maptype *t, void *slot) {
  return t->indirectelem ? *(void **)slot : slot;
}

static uint8_t tophash(uint64_t hash) {
  uint8_t top = (uint8_t)(hash >> 56);
  return top < minTopHash ? top + minTopHash : top;
}

static bool isEmpty(uint8_t x) { return x <= emptyOne; }

static bool evacuated(bmap *b) {
  uint8_t h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}

static uint64_t hashkey(const maptype *t, HMap *h, const void *key) {
  return rt_typehash(t->key, key, h->hash0);
}

/* ---- sizes and growth state ---- */

/* overLoadFactor: count entries in 2^B buckets is more than 6.5 per bucket */
static bool overLoadFactor(intptr_t count, uint8_t B) {
  return count > bucketCnt &&
         (uintptr_t)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

/* tooManyOverflowBuckets: about as many overflow buckets as buckets
** (counted up to 2^15) */
static bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15)
    B = 15;
  return noverflow >= (uint16_t)1 << (B & 15);
}

static bool growing(HMap *h) { return h->oldbuckets != NULL; }

static bool isSameSizeGrow(HMap *h) { return h->flags & sameSizeGrow; }

static uintptr_t noldbuckets(HMap *h) {
  uint8_t oldB = h->B;
  if (!isSameSizeGrow(h))
    oldB--;
  return bucketShift(oldB);
}

static uintptr_t oldbucketmask(HMap *h) { return noldbuckets(h) - 1; }

/* incrnoverflow: noverflow is exact while B < 16; above, it counts with
** probability 1/2^(B-15) so the uint16 approximates up to 2^15 */
static void incrnoverflow(HMap *h) {
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0)
    h->noverflow++;
}

/* newoverflow: chain a new overflow bucket after b, preferably one of the
** buckets preallocated by makeBucketArray */
static bmap *newoverflow(const maptype *t, HMap *h, bmap *b) {
  bmap *ovf;
  if (h->extra != NULL && h->extra->nextOverflow != NULL) {
    ovf = h->extra->nextOverflow;
    if (overflow(t, ovf) == NULL) {
      h->extra->nextOverflow = bucketat(t, ovf, 1);
    } else { /* the last preallocated one: its mark is cleared */
      *overflowp(t, ovf) = NULL;
      h->extra->nextOverflow = NULL;
    }
  } else {
    ovf = mallocgc(t->bucketsize, NULL, true);
  }
  incrnoverflow(h);
  *overflowp(t, b) = ovf;
  return ovf;
}

/* makeBucketArray: 2^b buckets, plus (for b >= 4) about 2^(b-4) overflow
** buckets allocated with them, up to what fills the rounded allocation.
** dirtyalloc: reuse (and clear) that array, which had the same shape. */
static bmap *makeBucketArray(const maptype *t, uint8_t b, bmap *dirtyalloc, bmap **nextOverflow) {
  uintptr_t base = bucketShift(b), nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    uintptr_t sz = t->bucketsize * nbuckets;
    uintptr_t up = rt_roundupsize(sz);
    if (up != sz)
      nbuckets = up / t->bucketsize;
  }
  bmap *buckets = dirtyalloc;
  if (buckets == NULL)
    buckets = mallocgc(t->bucketsize * nbuckets, NULL, true);
  else
    memset(buckets, 0, t->bucketsize * nbuckets);
  *nextOverflow = NULL;
  if (base != nbuckets) {
    *nextOverflow = bucketat(t, buckets, base);
    /* a non-nil overflow marks the last preallocated bucket */
    *overflowp(t, bucketat(t, buckets, nbuckets - 1)) = buckets;
  }
  return buckets;
}

static void setNextOverflow(HMap *h, bmap *nextOverflow) {
  if (nextOverflow == NULL)
    return;
  if (h->extra == NULL)
    h->extra = mallocgc(sizeof(mapextra), NULL, true);
  h->extra->nextOverflow = nextOverflow;
}

HMap *rt_makemap(const RType *mt, intptr_t hint) {
  maptype t = maptypeof(mt);
  unsigned __int128 mem = (unsigned __int128)(uint64_t)hint * t.bucketsize;
  if (hint < 0 || mem > maxAlloc) /* a negative hint is as good as none */
    hint = 0;
  HMap *h = mallocgc(sizeof(HMap), NULL, true);
  h->hash0 = fastrand();
  uint8_t B = 0;
  while (overLoadFactor(hint, B))
    B++;
  h->B = B;
  if (B != 0) { /* else buckets are allocated by the first assignment */
    bmap *nextOverflow;
    h->buckets = makeBucketArray(&t, B, NULL, &nextOverflow);
    setNextOverflow(h, nextOverflow);
  }
  return h;
}

/* ---- lookup ---- */

/* zeroVal: what m[k] reads for a missing key; never written */
static const uint8_t zeroVal[1024];

typedef struct zeroblock {
  uintptr_t size;
  uint8_t data[];
} zeroblock;
static _Atomic(zeroblock *) bigzero; /* for elems larger than zeroVal */

static void *zeroof(uintptr_t size) {
  if (size <= sizeof zeroVal)
    return (void *)zeroVal;
  zeroblock *z = atomic_load(&bigzero);
  if (z == NULL || z->size < size) {
    zeroblock *nz = mallocgc(sizeof(zeroblock) + size, NULL, true);
    nz->size = size;
    atomic_compare_exchange_strong(&bigzero, &z, nz); /* losing the race is fine */
    z = nz;
  }
  return z->data;
}

/* mapaccessK: the stored key and elem of key, or NULL; *elem set if found */
static void *mapaccessK(const maptype *t, HMap *h, const void *key, void **elem) {
  if (h == NULL || h->count == 0) {
    if (hashMightPanic(t)) /* hash(key) panics the same in an empty map */
      rt_typehash(t->key, key, 0);
    return NULL;
  }
  if (h->flags & hashWriting)
    rt_throw("concurrent map read and map write");
  uint64_t hash = hashkey(t, h, key);
  uintptr_t m = bucketMask(h->B);
  bmap *b = bucketat(t, h->buckets, hash & m);
  if (h->oldbuckets != NULL) {
    if (!isSameSizeGrow(h))
      m >>= 1; /* there used to be half as many buckets */
    bmap *oldb = bucketat(t, h->oldbuckets, hash & m);
    if (!evacuated(oldb))
      b = oldb;
  }
  uint8_t top = tophash(hash);
  for (; b != NULL; b = overflow(t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          return NULL;
        continue;
      }
      void *k = slotkey(t, keyat(t, b, i));
      if (rt_equal(t->key, key, k)) {
        *elem = slotelem(t, elemat(t, b, i));
        return k;
      }
    }
  }
  return NULL;
}

void *rt_mapaccess2(const RType *mt, HMap *h, const void *key, bool *ok) {
  maptype t = maptypeof(mt);
  void *elem;
  *ok = mapaccessK(&t, h, key, &elem) != NULL;
  return *ok ? elem : zeroof(t.elem->size);
}

void *rt_mapaccess1(const RType *mt, HMap *h, const void *key) {
  bool ok;
  return rt_mapaccess2(mt, h, key, &ok);
}

intptr_t rt_maplen(HMap *h) { return h ? h->count : 0; }

/* ---- growth ---- */

static void hashGrow(const maptype *t, HMap *h) {
  uint8_t bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) { /* grew for overflow buckets */
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  bmap *oldbuckets = h->buckets, *nextOverflow;
  bmap *newbuckets = makeBucketArray(t, h->B + bigger, NULL, &nextOverflow);
  /* iterators of the current buckets become iterators of the old ones */
  uint8_t flags = h->flags & ~(iterator | oldIterator);
  if (h->flags & iterator)
    flags |= oldIterator;
  h->B += bigger;
  h->flags = flags;
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;
  if (h->extra != NULL)
    h->extra->nextOverflow = NULL;
  setNextOverflow(h, nextOverflow);
}

static bool bucketEvacuated(const maptype *t, HMap *h, uintptr_t bucket) {
  return evacuated(bucketat(t, h->oldbuckets, bucket));
}

/* evacDst: where evacuate is writing in one destination bucket chain */
typedef struct evacDst {
  bmap *b;     /* current destination bucket */
  uintptr_t i; /* next free cell in b */
} evacDst;

static void advanceEvacuationMark(const maptype *t, HMap *h, uintptr_t newbit) {
  h->nevacuate++;
  /* skip buckets growWork already evacuated, looking at most 1024 ahead
  ** to bound the cost of one operation */
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit)
    stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate))
    h->nevacuate++;
  if (h->nevacuate == newbit) { /* growth done */
    h->oldbuckets = NULL;
    h->flags &= ~sameSizeGrow;
  }
}

/* evacuate: move the entries of old bucket oldbucket (and its chain) to
** the new bucket array: all to X (same index) when growing to the same
** size, else to X or Y (index + newbit) by hash bit newbit. */
static void evacuate(const maptype *t, HMap *h, uintptr_t oldbucket) {
  bmap *b = bucketat(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    evacDst xy[2] = {{bucketat(t, h->buckets, oldbucket), 0}, {NULL, 0}};
    if (!isSameSizeGrow(h))
      xy[1].b = bucketat(t, h->buckets, oldbucket + newbit);
    bool reflexive = reflexivekey(t);
    for (; b != NULL; b = overflow(t, b)) {
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        uint8_t top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash)
          rt_throw("bad map state");
        void *k = keyat(t, b, i), *k2 = slotkey(t, k);
        uint8_t useY = 0;
        if (!isSameSizeGrow(h)) {
          uint64_t hash = hashkey(t, h, k2);
          if ((h->flags & iterator) && !reflexive && !rt_equal(t->key, k2, k2)) {
            /* NaN: its hash is random, so no hash bit can be recomputed
            ** by an iterator; use the old tophash's low bit, and give it a
            ** fresh tophash */
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        b->tophash[i] = evacuatedX + useY;
        evacDst *dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
        }
        dst->b->tophash[dst->i] = top;
        memcpy(keyat(t, dst->b, dst->i), k, t->keysize); /* the pointer, if indirect */
        memcpy(elemat(t, dst->b, dst->i), elemat(t, b, i), t->elemsize);
        dst->i++;
      }
    }
    /* No iterator can read the old cells any more: clear them (keeping
    ** tophash, which holds the evacuation marks) so the collector (issue
    ** 6) does not keep their keys and elems alive. */
    if (!(h->flags & oldIterator)) {
      b = bucketat(t, h->oldbuckets, oldbucket);
      memset((uint8_t *)b + dataOffset, 0, t->bucketsize - dataOffset);
    }
  }
  if (oldbucket == h->nevacuate)
    advanceEvacuationMark(t, h, newbit);
}

/* growWork: evacuate the old bucket the caller is about to use, and one
** more to make progress */
static void growWork(const maptype *t, HMap *h, uintptr_t bucket) {
  evacuate(t, h, bucket & oldbucketmask(h));
  if (growing(h))
    evacuate(t, h, h->nevacuate);
}

/* ---- writes ---- */

/* checkNotWriting: called before hashing the key, so a hash that panics
** leaves the flag clear */
static void checkNotWriting(HMap *h) {
  if (h->flags & hashWriting)
    rt_throw("concurrent map writes");
}

static void endWriting(HMap *h) {
  if (!(h->flags & hashWriting))
    rt_throw("concurrent map writes");
  h->flags &= ~hashWriting;
}

void *rt_mapassign(const RType *mt, HMap *h, const void *key) {
  if (h == NULL)
    rt_panic_plain("assignment to entry in nil map");
  maptype t = maptypeof(mt);
  checkNotWriting(h);
  uint64_t hash = hashkey(&t, h, key);
  h->flags ^= hashWriting;
  if (h->buckets == NULL)
    h->buckets = mallocgc(t.bucketsize, NULL, true);
  uint8_t top = tophash(hash);
  void *elem;
again:;
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(&t, h, bucket);
  bmap *b = bucketat(&t, h->buckets, bucket);
  uint8_t *inserti = NULL; /* first free cell seen */
  void *insertk = NULL;
  elem = NULL;
  for (;;) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && inserti == NULL) {
          inserti = &b->tophash[i];
          insertk = keyat(&t, b, i);
          elem = elemat(&t, b, i);
        }
        if (b->tophash[i] == emptyRest)
          goto notfound;
        continue;
      }
      void *k = slotkey(&t, keyat(&t, b, i));
      if (!rt_equal(t.key, key, k))
        continue;
      /* the key is present: update it */
      if (needkeyupdate(&t))
        memcpy(k, key, t.key->size);
      elem = elemat(&t, b, i);
      goto done;
    }
    bmap *ovf = overflow(&t, b);
    if (ovf == NULL)
      break;
    b = ovf;
  }
notfound:
  /* A new key. Growing invalidates everything found above: start again. */
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) ||
                      tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(&t, h);
    goto again;
  }
  if (inserti == NULL) { /* every cell of the chain is full */
    bmap *newb = newoverflow(&t, h, b);
    inserti = &newb->tophash[0];
    insertk = keyat(&t, newb, 0);
    elem = elemat(&t, newb, 0);
  }
  if (t.indirectkey) {
    void *kmem = mallocgc(t.key->size, t.key, true);
    *(void **)insertk = kmem;
    insertk = kmem;
  }
  if (t.indirectelem)
    *(void **)elem = mallocgc(t.elem->size, t.elem, true);
  memcpy(insertk, key, t.key->size);
  *inserti = top;
  h->count++;
done:
  endWriting(h);
  return slotelem(&t, elem);
}

void rt_mapdelete(const RType *mt, HMap *h, const void *key) {
  maptype t = maptypeof(mt);
  if (h == NULL || h->count == 0) {
    if (hashMightPanic(&t))
      rt_typehash(t.key, key, 0);
    return;
  }
  checkNotWriting(h);
  uint64_t hash = hashkey(&t, h, key);
  h->flags ^= hashWriting;
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(&t, h, bucket);
  bmap *b = bucketat(&t, h->buckets, bucket), *bOrig = b;
  uint8_t top = tophash(hash);
  for (; b != NULL; b = overflow(&t, b)) {
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          goto out;
        continue;
      }
      void *k = keyat(&t, b, i);
      if (!rt_equal(t.key, key, slotkey(&t, k)))
        continue;
      /* clear what may hold pointers; the cell's tophash marks it free */
      if (t.indirectkey)
        *(void **)k = NULL;
      else if (t.key->ptrdata != 0)
        memset(k, 0, t.key->size);
      memset(elemat(&t, b, i), 0, t.elemsize);
      b->tophash[i] = emptyOne;
      /* If the chain now ends in a run of emptyOne cells, turn the run into
      ** emptyRest, walking backwards (through earlier buckets of the
      ** chain), so later searches stop early. */
      bool last = i == bucketCnt - 1 ? overflow(&t, b) == NULL ||
                                           overflow(&t, b)->tophash[0] == emptyRest
                                     : b->tophash[i + 1] == emptyRest;
      while (last) {
        b->tophash[i] = emptyRest;
        if (i == 0) {
          if (b == bOrig)
            break;
          bmap *c = b; /* find the bucket before c in the chain */
          for (b = bOrig; overflow(&t, b) != c; b = overflow(&t, b))
            ;
          i = bucketCnt - 1;
        } else {
          i--;
        }
        last = b->tophash[i] == emptyOne;
      }
      h->count--;
      if (h->count == 0) /* a fresh seed makes collision attacks harder */
        h->hash0 = fastrand();
      goto out;
    }
  }
out:
  endWriting(h);
}

void rt_mapclear(const RType *mt, HMap *h) {
  if (h == NULL || h->count == 0)
    return;
  maptype t = maptypeof(mt);
  checkNotWriting(h);
  h->flags ^= hashWriting;
  h->flags &= ~sameSizeGrow;
  h->oldbuckets = NULL;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  if (h->extra != NULL)
    h->extra->nextOverflow = NULL;
  bmap *nextOverflow; /* same array, cleared, overflow buckets recovered */
  makeBucketArray(&t, h->B, h->buckets, &nextOverflow);
  setNextOverflow(h, nextOverflow);
  endWriting(h);
}

/* ---- iteration ---- */

/* noCheck: it->checkBucket value meaning "no filtering needed" */
#define noCheck ((uintptr_t)1 << (8 * sizeof(uintptr_t) - 1))

void rt_mapiterinit(const RType *mt, HMap *h, HIter *it) {
  memset(it, 0, sizeof *it);
  it->t = mt;
  if (h == NULL || h->count == 0)
    return;
  it->h = h;
  it->B = h->B;
  it->buckets = h->buckets;
  uint64_t r = h->B > 31 - bucketCntBits ? fastrand64() : fastrand();
  it->startBucket = r & bucketMask(h->B);
  it->offset = (uint8_t)(r >> h->B & (bucketCnt - 1));
  it->bucket = it->startBucket;
  /* remember there is an iterator (atomically: concurrent readers may be
  ** starting iterations too) */
  if ((h->flags & (iterator | oldIterator)) != (iterator | oldIterator))
    __atomic_fetch_or(&h->flags, iterator | oldIterator, __ATOMIC_RELAXED);
  rt_mapiternext(it);
}

/* iterkeep: whether the entry with key k in old bucket b (cell offi) moves
** to new bucket checkBucket, the one the iterator is visiting */
static bool iterkeep(const maptype *t, HIter *it, bmap *b, uintptr_t offi, void *k) {
  HMap *h = it->h;
  if (reflexivekey(t) || rt_equal(t->key, k, k))
    return (hashkey(t, h, k) & bucketMask(it->B)) == it->checkBucket;
  /* NaN: evacuate sends it by its tophash's low bit; do the same */
  return it->checkBucket >> (it->B - 1) == (uintptr_t)(b->tophash[offi] & 1);
}

void rt_mapiternext(HIter *it) {
  HMap *h = it->h;
  if (h == NULL)
    return;
  if (h->flags & hashWriting)
    rt_throw("concurrent map iteration and map write");
  maptype t = maptypeof(it->t);
  uintptr_t bucket = it->bucket;
  bmap *b = it->bptr;
  uintptr_t i = it->i;
  for (;;) {
    if (b == NULL) {
      if (bucket == it->startBucket && it->wrapped) { /* done */
        it->key = NULL;
        it->elem = NULL;
        return;
      }
      it->checkBucket = noCheck;
      b = bucketat(&t, it->buckets, bucket);
      if (growing(h) && it->B == h->B) {
        /* started during this growth: the new bucket may still be in its
        ** old bucket, which also holds entries bound for other buckets */
        bmap *oldb = bucketat(&t, h->oldbuckets, bucket & oldbucketmask(h));
        if (!evacuated(oldb)) {
          b = oldb;
          it->checkBucket = bucket;
        }
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
      uint8_t top = b->tophash[offi];
      if (isEmpty(top) || top == evacuatedEmpty)
        continue;
      void *k = slotkey(&t, keyat(&t, b, offi));
      void *e = elemat(&t, b, offi);
      if (it->checkBucket != noCheck && !isSameSizeGrow(h) && !iterkeep(&t, it, b, offi, k))
        continue;
      if ((top != evacuatedX && top != evacuatedY) ||
          !(reflexivekey(&t) || rt_equal(t.key, k, k))) {
        /* the entry is here (or is a NaN, which cannot be looked up) */
        it->key = k;
        it->elem = slotelem(&t, e);
      } else {
        /* the entry moved since the iteration began: look it up where it
        ** is now; it may have been deleted or given a new elem */
        void *re, *rk = mapaccessK(&t, h, k, &re);
        if (rk == NULL)
          continue;
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = (uint8_t)(i + 1);
      return;
    }
    b = overflow(&t, b);
    i = 0;
  }
}

void *rt_hiter_key(HIter *it) { return it->key; }

void *rt_hiter_elem(HIter *it) { return it->elem; }
