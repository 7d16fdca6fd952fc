/*
** helpers.h -- the table of slot-ABI helpers that CALLH A B X calls:
** helper B reads its arguments from slots R[A..] (laid out as a native's:
** each value in ceil(size/8) slots, narrow scalars widened) and writes its
** results from R[A] on, after reading every argument. X is the helper's
** operand: a type descriptor or a descriptor record (vm/helpers.c).
**
** Operations that are rare, or whose operands do not fit one instruction
** word, go through here instead of having an opcode each: map operations,
** append's growth, conversions between strings and slices, interfaces,
** closures, slicing. The hot paths (arithmetic, compares, loads, stores,
** indexing, calls) have opcodes (opcodes.h).
*/
#ifndef SUBGO_VM_HELPERS_H
#define SUBGO_VM_HELPERS_H

/* H(name, signature; X) */
#define VM_HELPERS(H)                                                          \
  /* ---- maps: X = the map type ---- */                                      \
  H(MAKEMAP, "(hint int) map")                                                \
  H(MAPACCESS1, "(m map, k key) elem")                                        \
  H(MAPACCESS2, "(m map, k key) (elem, ok bool)")                             \
  H(MAPASSIGN, "(m map, k key, v elem)")                                      \
  H(MAPDELETE, "(m map, k key)")                                              \
  H(MAPITERINIT, "(m map) *hiter")                                            \
  H(MAPITERNEXT, "(it *hiter) (key, elem, ok bool): advance, then yield")     \
  H(MAPLEN, "(m map) int; X unused")                                          \
  /* ---- slices and strings ---- */                                          \
  H(MAKESLICE, "(len, cap int) []E; X = the slice type")                      \
  H(GROWSLICE, "(s []E, newlen int) []E; X = the slice type")                 \
  H(SLICECOPY, "(dst, src []E) int; X = the slice type")                      \
  H(SLICECOPYSTR, "(dst []byte, src string) int")                             \
  H(SLICE, "(x, lo, hi, max) x[lo:hi:max]; X = a SliceDesc")                  \
  H(SLICE2ARRP, "(s []E) *[X]E; len(s) < X panics")                           \
  H(CONCAT, "(s0, ..., s{X-1} string) string")                                \
  H(INTSTRING, "(r int64) string")                                            \
  H(DECODERUNE, "(s string, k int) (r rune, next int)")                       \
  H(STR2BYTES, "(s string) []byte")                                           \
  H(BYTES2STR, "(b []byte) string")                                           \
  H(STR2RUNES, "(s string) []rune")                                           \
  H(RUNES2STR, "(r []rune) string")                                           \
  /* ---- interfaces ---- */                                                  \
  H(CONVT, "(v T) interface{}: box v; X = T")                                 \
  H(CONVTI, "(v T) I: box v; X = the itab of (I, T)")                         \
  H(CONVE2I, "(e interface{}) I: X = I (nil stays nil)")                      \
  H(CONVI2I, "(i J) I: X = I (nil stays nil)")                                \
  H(ASSERT, "(x interface) (v T[, ok bool]); X = an AssertDesc")              \
  /* ---- closures ---- */                                                    \
  H(MAKECLOSURE, "(captures...) func; X = a ClosureDesc")                     \
  /* ---- goroutines and channels (X = the chan type unless said) ---- */      \
  H(GO, "(f func(), callee func): go f(); a nil callee is fatal; X unused")  \
  H(MAKECHAN, "(size int) chan")                                              \
  H(CHANSEND, "(c chan, v elem); may park")                                   \
  H(CHANRECV, "(c chan) (elem, ok bool); may park")                           \
  H(CLOSECHAN, "(c chan); X unused")                                          \
  H(CHANLEN, "(c chan) int; X unused")                                        \
  H(CHANCAP, "(c chan) int; X unused")                                        \
  H(SELECT, "(cases...) (chosen int, recvOK bool, recvd...); X = a "          \
            "SelectDesc; may park")                                           \
  /* ---- builtin print and println ---- */                                   \
  H(PRINTBOOL, "(bool)")                                                      \
  H(PRINTINT, "(int64)")                                                      \
  H(PRINTUINT, "(uint64)")                                                    \
  H(PRINTFLOAT, "(float64)")                                                  \
  H(PRINTSTRING, "(string)")                                                  \
  H(PRINTPOINTER, "(pointer word)")                                           \
  H(PRINTEFACE, "(interface value)")                                          \
  H(PRINTSP, "()")                                                            \
  H(PRINTNL, "()")

typedef enum VmHelperId {
#define VM_HELPER_ENUM(name, sig) H_##name,
  VM_HELPERS(VM_HELPER_ENUM)
#undef VM_HELPER_ENUM
  H_COUNT
} VmHelperId;

/* X of SLICE: what is sliced and which bounds are present. The operands
** sit in the slots in order: x, then lo, hi, max for those present. */
typedef struct SliceDesc {
  uint8_t kind;        /* SLICE_STRING, SLICE_SLICE, SLICE_ARRAYPTR */
  bool lo, hi, max;    /* bound present */
  bool lo_signed, hi_signed, max_signed; /* bound's type is signed */
  uintptr_t esize;     /* element size (1 for strings) */
  intptr_t arraylen;   /* SLICE_ARRAYPTR: the array's length */
} SliceDesc;
enum { SLICE_STRING, SLICE_SLICE, SLICE_ARRAYPTR };

/* X of ASSERT: x.(T) */
typedef struct AssertDesc {
  const RType *target;   /* T */
  const RType *inter;    /* x's static interface type */
  bool src_iface;        /* x is a non-empty interface (word 0 is an itab) */
  bool target_iface;     /* T is an interface type */
  bool commaok;          /* v, ok := x.(T) */
  int vslots;            /* slots of a T value */
} AssertDesc;

/* X of MAKECLOSURE: the closure's layout. Capture i is read from slot
** slot[i] (captures sit in order, each widened to whole slots) and stored
** at byte offset off[i] of the object, size[i] bytes. */
typedef struct ClosureDesc {
  struct Proto *fn;
  const RType *type;     /* the object's layout for the collector */
  int n;
  int *slot;
  int64_t *off, *size;
} ClosureDesc;

/* X of SELECT: the cases in source order (the default case left out).
** Case k's channel is in slot chanslot, a send's value from slot valslot;
** results: chosen (-1: default) in slot 0, recvOK in slot 1, and a
** receive case's value from its resslot, written when it is chosen. */
typedef struct SelectCase {
  bool send;
  const RType *elem;
  int chanslot, valslot, resslot;
} SelectCase;
typedef struct SelectDesc {
  bool block;            /* no default case */
  int ncases;
  SelectCase cases[];
} SelectDesc;

#endif
