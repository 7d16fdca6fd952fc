/*
** map.h -- the layout of Go's hash map (hmap, bmap, hiter), private to the
** runtime except that generated code allocates rt_hiter_size bytes for an
** HIter. The algorithm is described atop map.c and in docs/runtime-map.md.
*/
#ifndef SUBGO_RUNTIME_MAP_H
#define SUBGO_RUNTIME_MAP_H

#include "runtime.h"

enum {
  bucketCntBits = 3,
  bucketCnt = 1 << bucketCntBits, /* key/elem pairs per bucket */

  /* maximum average load of a bucket that triggers growth: 6.5 */
  loadFactorNum = 13,
  loadFactorDen = 2,

  /* keys and elems larger than this are stored indirectly (a pointer in
  ** the bucket) so a bucket stays small */
  maxKeySize = 128,
  maxElemSize = 128,

  /* offset of the keys in a bmap: after tophash, at 8-byte alignment */
  dataOffset = bucketCnt,

  /* tophash values below minTopHash mark cell states */
  emptyRest = 0,      /* this cell and every later one (and overflow) is empty */
  emptyOne = 1,       /* this cell is empty */
  evacuatedX = 2,     /* entry moved to the first half of the larger table */
  evacuatedY = 3,     /* entry moved to the second half */
  evacuatedEmpty = 4, /* cell was empty when its bucket was evacuated */
  minTopHash = 5,     /* smallest tophash of a filled cell */

  /* hmap.flags */
  iterator = 1,     /* there may be an iterator using buckets */
  oldIterator = 2,  /* there may be an iterator using oldbuckets */
  hashWriting = 4,  /* a goroutine is writing to the map */
  sameSizeGrow = 8  /* the current growth is to a table of the same size */
};

/* A bucket. Only tophash is declared: the 8 keys, the 8 elems and the
** overflow pointer follow, at offsets that depend on the map type
** (keys together, then elems, to avoid padding between key/elem pairs):
**   tophash[8] | key0..key7 | elem0..elem7 | overflow *bmap */
typedef struct bmap {
  uint8_t tophash[bucketCnt];
} bmap;

typedef struct mapextra {
  /* preallocated overflow buckets (makeBucketArray): the next free one;
  ** the last one's overflow pointer is set (to the bucket array) to mark
  ** the end */
  bmap *nextOverflow;
} mapextra;

/* A Go map value points at an hmap. */
struct HMap {
  intptr_t count;     /* live entries: len(m). Must be first */
  uint8_t flags;
  uint8_t B;          /* log2 of the number of buckets */
  uint16_t noverflow; /* approximate number of overflow buckets */
  uint32_t hash0;     /* hash seed */
  bmap *buckets;      /* array of 2^B buckets; NULL if count == 0 and B == 0 */
  bmap *oldbuckets;   /* previous array, half the size, while growing */
  uintptr_t nevacuate; /* buckets below this are evacuated */
  mapextra *extra;
};

/* A hash iteration (for range): key and elem point at the current entry;
** key == NULL when the iteration is over. */
struct HIter {
  void *key;            /* must be first */
  void *elem;           /* must be second */
  const RType *t;       /* the map type */
  HMap *h;
  bmap *buckets;        /* bucket array when the iteration started */
  bmap *bptr;           /* current bucket */
  uintptr_t startBucket; /* bucket the iteration started at */
  uint8_t offset;       /* slot offset the iteration starts each bucket at */
  bool wrapped;         /* already wrapped from the last bucket to the first */
  uint8_t B;
  uint8_t i;            /* next slot of bptr */
  uintptr_t bucket;     /* next bucket index */
  uintptr_t checkBucket; /* see mapiternext */
};

#endif
