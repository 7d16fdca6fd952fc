/*
** opcodes.h -- the VM's instruction set: ONE table (VM_OPCODES) from which
** the opcode enum, the names, the formats, the dispatch table and the
** listing are all generated. In the spirit of Lua 5.4's lopcodes.h.
**
** Instructions are fixed-width 64-bit words (Instr), little fields first:
**
**     63            40 39          24 23           8 7      0
**    +----------------+--------------+--------------+--------+
**    |   C (24 bits)  |  B (16 bits) |  A (16 bits) | op (8) |
**    +----------------+--------------+--------------+--------+
**    |          Bx (40 bits, B and C together)      |
**
** A, B are frame slot numbers (a frame has at most 65535 slots), C is a slot
** number, a byte offset, a count or a signed immediate / jump offset (sC,
** -2^23..2^23-1); Bx is an unsigned constant or proto index and sBx a signed
** 40-bit immediate or jump offset. sB is B read as a signed 16-bit
** immediate. Jump offsets are relative to the instruction after the jump.
** An opcode whose table entry says `+1` is followed by one extra 64-bit
** word X (a type descriptor pointer, a size, a helper's operand), as
** Lua's OP_EXTRAARG; the interpreter steps over it.
**
** Notation: R[A] is frame slot A (8 bytes, relative to the frame base); a
** value of n bytes occupies ceil(n/8) consecutive slots in Go's memory
** layout; a scalar narrower than 8 bytes is kept widened to 64 bits
** (signed integers sign-extended; unsigned, bool and float32 bit patterns
** zero-extended), as runtime.h's native slot convention says. So every
** integer op works on 64 bits and only narrow results need a SEXT/ZEXT
** ("wrap") afterwards. K[i] is the running proto's constant i. (T*)p reads
** memory as type T; ext() widens a narrow load as above.
**
** Calls (docs/vm.md): the caller places the arguments at R[A..] (A is the
** frame's call area) and the callee's frame starts there, so its params
** are its first slots; results come back at R[A..]. The 3 slots below A
** are the callee's frame header (return link, caller base, proto).
*/
#ifndef SUBGO_VM_OPCODES_H
#define SUBGO_VM_OPCODES_H

/* Formats: which fields an instruction uses (for the listing). */
#define VM_FORMATS(F)                                                          \
  F(ABC) F(ABsC) F(AsBsC) F(ABx) F(AsBx) F(sJ) F(A) F(AB) F(none)

/*
** X(name, format, extra words, semantics)
*/
#define VM_OPCODES(X)                                                          \
  /* ---- moves and constants ---- */                                         \
  X(MOVE, AB, 0, "R[A] := R[B]")                                              \
  X(MOVE2, AB, 0, "R[A..A+1] := R[B..B+1] (string, interface)")               \
  X(MOVE3, AB, 0, "R[A..A+2] := R[B..B+2] (slice)")                           \
  X(MOVEN, ABC, 0, "R[A..A+C) := R[B..B+C) (memmove)")                        \
  X(LOADI, AsBx, 0, "R[A] := sBx")                                            \
  X(LOADK, ABx, 0, "R[A] := K[Bx]")                                           \
  X(LOADK2, ABx, 0, "R[A..A+1] := K[Bx..Bx+1] (string constant)")             \
  X(ZERO, ABC, 0, "R[A..A+C) := 0")                                           \
  /* ---- integers (64-bit slots) ---- */                                     \
  X(ADD, ABC, 0, "R[A] := R[B] + R[C]")                                       \
  X(SUB, ABC, 0, "R[A] := R[B] - R[C]")                                       \
  X(MUL, ABC, 0, "R[A] := R[B] * R[C]")                                       \
  X(DIV, ABC, 0, "R[A] := R[B] / R[C] signed; 0 panics; MinInt64/-1 wraps")   \
  X(DIVU, ABC, 0, "R[A] := R[B] / R[C] unsigned; 0 panics")                   \
  X(REM, ABC, 0, "R[A] := R[B] % R[C] signed (sign of R[B]); 0 panics")       \
  X(REMU, ABC, 0, "R[A] := R[B] % R[C] unsigned; 0 panics")                   \
  X(AND, ABC, 0, "R[A] := R[B] & R[C]")                                       \
  X(OR, ABC, 0, "R[A] := R[B] | R[C]")                                        \
  X(XOR, ABC, 0, "R[A] := R[B] ^ R[C]")                                       \
  X(ANDNOT, ABC, 0, "R[A] := R[B] &^ R[C]")                                   \
  X(ADDI, ABsC, 0, "R[A] := R[B] + sC")                                       \
  X(NEG, AB, 0, "R[A] := -R[B]")                                              \
  X(COMPL, AB, 0, "R[A] := ^R[B]")                                            \
  X(NOT, AB, 0, "R[A] := !R[B] (bool)")                                       \
  X(SHL, ABC, 0, "R[A] := R[C] <u 64 ? R[B] << R[C] : 0")                     \
  X(SHLS, ABC, 0, "SHL with a signed count: R[C] < 0 panics")                 \
  X(SAR, ABC, 0, "R[A] := R[B] >> min(R[C], 63) arithmetic")                  \
  X(SARS, ABC, 0, "SAR with a signed count: R[C] < 0 panics")                 \
  X(SHR, ABC, 0, "R[A] := R[C] <u 64 ? R[B] >>u R[C] : 0")                    \
  X(SHRS, ABC, 0, "SHR with a signed count: R[C] < 0 panics")                 \
  X(SHLI, ABC, 0, "R[A] := R[B] << C (C < 64)")                               \
  X(SARI, ABC, 0, "R[A] := R[B] >> C arithmetic (C < 64)")                    \
  X(SHRI, ABC, 0, "R[A] := R[B] >>u C (C < 64)")                              \
  X(SEXT8, AB, 0, "R[A] := (int8)R[B] sign-extended (wrap to int8)")          \
  X(SEXT16, AB, 0, "R[A] := (int16)R[B] sign-extended")                       \
  X(SEXT32, AB, 0, "R[A] := (int32)R[B] sign-extended")                       \
  X(ZEXT8, AB, 0, "R[A] := (uint8)R[B] zero-extended (wrap to uint8)")        \
  X(ZEXT16, AB, 0, "R[A] := (uint16)R[B] zero-extended")                      \
  X(ZEXT32, AB, 0, "R[A] := (uint32)R[B] zero-extended")                      \
  X(EQ, ABC, 0, "R[A] := R[B] == R[C]")                                       \
  X(NE, ABC, 0, "R[A] := R[B] != R[C]")                                       \
  X(LT, ABC, 0, "R[A] := R[B] < R[C] signed")                                 \
  X(LE, ABC, 0, "R[A] := R[B] <= R[C] signed")                                \
  X(LTU, ABC, 0, "R[A] := R[B] < R[C] unsigned")                              \
  X(LEU, ABC, 0, "R[A] := R[B] <= R[C] unsigned")                             \
  /* ---- float64 ---- */                                                     \
  X(ADDF, ABC, 0, "R[A] := R[B] + R[C] (float64)")                            \
  X(SUBF, ABC, 0, "R[A] := R[B] - R[C] (float64)")                            \
  X(MULF, ABC, 0, "R[A] := R[B] * R[C] (float64)")                            \
  X(DIVF, ABC, 0, "R[A] := R[B] / R[C] (float64)")                            \
  X(NEGF, AB, 0, "R[A] := -R[B] (float64)")                                   \
  X(EQF, ABC, 0, "R[A] := R[B] == R[C] (float64)")                            \
  X(NEF, ABC, 0, "R[A] := R[B] != R[C] (float64; true for NaN)")              \
  X(LTF, ABC, 0, "R[A] := R[B] < R[C] (float64)")                             \
  X(LEF, ABC, 0, "R[A] := R[B] <= R[C] (float64)")                            \
  /* ---- float32 (bit patterns in the low 32 bits) ---- */                   \
  X(ADDF32, ABC, 0, "R[A] := R[B] + R[C] (float32)")                          \
  X(SUBF32, ABC, 0, "R[A] := R[B] - R[C] (float32)")                          \
  X(MULF32, ABC, 0, "R[A] := R[B] * R[C] (float32)")                          \
  X(DIVF32, ABC, 0, "R[A] := R[B] / R[C] (float32)")                          \
  X(NEGF32, AB, 0, "R[A] := -R[B] (float32)")                                 \
  X(EQF32, ABC, 0, "R[A] := R[B] == R[C] (float32)")                          \
  X(NEF32, ABC, 0, "R[A] := R[B] != R[C] (float32)")                          \
  X(LTF32, ABC, 0, "R[A] := R[B] < R[C] (float32)")                           \
  X(LEF32, ABC, 0, "R[A] := R[B] <= R[C] (float32)")                          \
  /* ---- numeric conversions (amd64 results for out-of-range floats) ---- */ \
  X(I2F, AB, 0, "R[A] := float64(int64 R[B])")                                \
  X(U2F, AB, 0, "R[A] := float64(uint64 R[B])")                               \
  X(F2I, AB, 0, "R[A] := int64(float64 R[B]) (NaN, overflow: MinInt64)")      \
  X(F2U, AB, 0, "R[A] := uint64(float64 R[B]) (as gc on amd64)")              \
  X(I2F32, AB, 0, "R[A] := float32(int64 R[B])")                              \
  X(U2F32, AB, 0, "R[A] := float32(uint64 R[B])")                             \
  X(F32TOF, AB, 0, "R[A] := float64(float32 R[B])")                           \
  X(FTOF32, AB, 0, "R[A] := float32(float64 R[B])")                           \
  /* ---- strings: R[B..B+1] and R[C..C+1] are {ptr, len} ---- */            \
  X(EQS, ABC, 0, "R[A] := string R[B] == string R[C]")                        \
  X(NES, ABC, 0, "R[A] := string R[B] != string R[C]")                        \
  X(LTS, ABC, 0, "R[A] := string R[B] < string R[C]")                         \
  X(LES, ABC, 0, "R[A] := string R[B] <= string R[C]")                        \
  X(EQV, ABC, 1, "R[A] := R[B..] == R[C..] as values of type X (may panic)")  \
  /* ---- jumps ---- */                                                       \
  X(JMP, sJ, 0, "pc += sBx")                                                  \
  X(JT, AsBx, 0, "if R[A] != 0 then pc += sBx")                               \
  X(JF, AsBx, 0, "if R[A] == 0 then pc += sBx")                               \
  X(JEQ, ABsC, 0, "if R[A] == R[B] then pc += sC")                            \
  X(JNE, ABsC, 0, "if R[A] != R[B] then pc += sC")                            \
  X(JLT, ABsC, 0, "if R[A] < R[B] (signed) then pc += sC")                    \
  X(JLE, ABsC, 0, "if R[A] <= R[B] (signed) then pc += sC")                   \
  X(JLTU, ABsC, 0, "if R[A] < R[B] (unsigned) then pc += sC")                 \
  X(JLEU, ABsC, 0, "if R[A] <= R[B] (unsigned) then pc += sC")                \
  X(JEQI, AsBsC, 0, "if R[A] == sB then pc += sC")                            \
  X(JNEI, AsBsC, 0, "if R[A] != sB then pc += sC")                            \
  X(JLTI, AsBsC, 0, "if R[A] < sB (signed) then pc += sC")                    \
  X(JLEI, AsBsC, 0, "if R[A] <= sB (signed) then pc += sC")                   \
  X(JGTI, AsBsC, 0, "if R[A] > sB (signed) then pc += sC")                    \
  X(JGEI, AsBsC, 0, "if R[A] >= sB (signed) then pc += sC")                   \
  X(JEQF, ABsC, 0, "if R[A] == R[B] (float64) then pc += sC")                 \
  X(JNEF, ABsC, 0, "if R[A] != R[B] (float64) then pc += sC")                 \
  X(JLTF, ABsC, 0, "if R[A] < R[B] (float64) then pc += sC")                  \
  X(JLEF, ABsC, 0, "if R[A] <= R[B] (float64) then pc += sC")                 \
  X(JNLTF, ABsC, 0, "if !(R[A] < R[B]) (float64) then pc += sC")              \
  X(JNLEF, ABsC, 0, "if !(R[A] <= R[B]) (float64) then pc += sC")             \
  /* ---- memory through a pointer R[B] (or R[A] for stores): nil panics ---- */ \
  X(LDI8, ABsC, 0, "R[A] := ext(*(int8*)(R[B] + sC))")                        \
  X(LDU8, ABsC, 0, "R[A] := ext(*(uint8*)(R[B] + sC))")                       \
  X(LDI16, ABsC, 0, "R[A] := ext(*(int16*)(R[B] + sC))")                      \
  X(LDU16, ABsC, 0, "R[A] := ext(*(uint16*)(R[B] + sC))")                     \
  X(LDI32, ABsC, 0, "R[A] := ext(*(int32*)(R[B] + sC))")                      \
  X(LDU32, ABsC, 0, "R[A] := ext(*(uint32*)(R[B] + sC))")                     \
  X(LD64, ABsC, 0, "R[A] := *(uint64*)(R[B] + sC)")                           \
  X(LDN, ABC, 1, "R[A..] := X bytes at R[B] + C")                             \
  X(ST8, ABsC, 0, "*(uint8*)(R[A] + sC) := R[B]")                             \
  X(ST16, ABsC, 0, "*(uint16*)(R[A] + sC) := R[B]")                           \
  X(ST32, ABsC, 0, "*(uint32*)(R[A] + sC) := R[B]")                           \
  X(ST64, ABsC, 0, "*(uint64*)(R[A] + sC) := R[B]")                           \
  X(STN, ABC, 1, "X bytes at R[A] + C := R[B..]")                             \
  X(ADDR, ABsC, 0, "R[A] := R[B] + sC; R[B] == nil panics (&p.field)")        \
  X(NILCHK, A, 0, "R[A] == nil panics")                                       \
  /* ---- fields of aggregates held in slots (C = byte offset) ---- */       \
  X(GETFI8, ABC, 0, "R[A] := ext(*(int8*)(&R[B] + C))")                       \
  X(GETFU8, ABC, 0, "R[A] := ext(*(uint8*)(&R[B] + C))")                      \
  X(GETFI16, ABC, 0, "R[A] := ext(*(int16*)(&R[B] + C))")                     \
  X(GETFU16, ABC, 0, "R[A] := ext(*(uint16*)(&R[B] + C))")                    \
  X(GETFI32, ABC, 0, "R[A] := ext(*(int32*)(&R[B] + C))")                     \
  X(GETFU32, ABC, 0, "R[A] := ext(*(uint32*)(&R[B] + C))")                    \
  X(GETF64, ABC, 0, "R[A] := *(uint64*)(&R[B] + C)")                          \
  X(GETFN, ABC, 1, "R[A..] := X bytes at &R[B] + C")                          \
  X(SETF8, ABC, 0, "*(uint8*)(&R[A] + C) := R[B]")                            \
  X(SETF16, ABC, 0, "*(uint16*)(&R[A] + C) := R[B]")                          \
  X(SETF32, ABC, 0, "*(uint32*)(&R[A] + C) := R[B]")                          \
  X(SETF64, ABC, 0, "*(uint64*)(&R[A] + C) := R[B]")                          \
  X(SETFN, ABC, 1, "X bytes at &R[A] + C := R[B..]")                          \
  /* ---- slices and strings: R[B..B+2] = {ptr, len, cap}; index checked ---- */ \
  X(IDXI8, ABC, 0, "R[A] := ext(((int8*)R[B])[R[C]]); R[C] >=u R[B+1] panics") \
  X(IDXU8, ABC, 0, "R[A] := ext(((uint8*)R[B])[R[C]]) (also string bytes)")   \
  X(IDXI16, ABC, 0, "R[A] := ext(((int16*)R[B])[R[C]])")                      \
  X(IDXU16, ABC, 0, "R[A] := ext(((uint16*)R[B])[R[C]])")                     \
  X(IDXI32, ABC, 0, "R[A] := ext(((int32*)R[B])[R[C]])")                      \
  X(IDXU32, ABC, 0, "R[A] := ext(((uint32*)R[B])[R[C]])")                     \
  X(IDX64, ABC, 0, "R[A] := ((uint64*)R[B])[R[C]]")                           \
  X(IDXN, ABC, 1, "R[A..] := element R[C] of slice R[B], elem type X")        \
  X(SETIDX8, ABC, 0, "((uint8*)R[A])[R[B]] := R[C]; R[B] >=u R[A+1] panics")  \
  X(SETIDX16, ABC, 0, "((uint16*)R[A])[R[B]] := R[C]")                        \
  X(SETIDX32, ABC, 0, "((uint32*)R[A])[R[B]] := R[C]")                        \
  X(SETIDX64, ABC, 0, "((uint64*)R[A])[R[B]] := R[C]")                        \
  X(IDXADDR, ABC, 1, "R[A] := R[B] + R[C] * X; R[C] >=u R[B+1] panics")       \
  /* ---- arrays: X = the array type (len, elem) ---- */                     \
  X(AIDX, ABC, 1, "R[A..] := element R[C] of the array in R[B..]")            \
  X(ASETIDX, ABC, 1, "element R[B] of the array in R[A..] := R[C..]")         \
  X(PIDXADDR, ABC, 1, "R[A] := &(*R[B])[R[C]], R[B] a *array (nil, then "   \
                       "bounds checked)")                                     \
  /* ---- allocation and interfaces ---- */                                  \
  X(NEW, A, 1, "R[A] := mallocgc(X.size, X, zeroed): new(X)")                 \
  X(IFACE, AB, 1, "R[A], R[A+1] := X, R[B] (X: type or itab; direct data)")   \
  X(ITYPE, AB, 0, "R[A] := R[B] == nil ? nil : ((Itab*)R[B])->type")          \
  /* ---- calls (frame header in R[A-3..A-1]; args, results at R[A..]) ---- */ \
  X(CALL, ABx, 0, "call proto Bx with its frame at R[A]")                     \
  X(CALLN, ABx, 0, "native Bx(g, &R[A])")                                     \
  X(CALLFUNC, ABC, 0, "call func value R[B] (nil panics) at R[A]; "           \
                      "R[A+C] := the closure (the callee's ctx)")             \
  X(CALLIFACE, ABC, 0, "call method C of interface R[B..B+1] (nil panics) "    \
                       "at R[A]; R[A] := the data word (receiver)")           \
  X(CALLH, ABC, 1, "helper B (vm/helpers.h) on slots R[A..], operand X")      \
  X(RET0, none, 0, "return")                                                  \
  X(RET1, A, 0, "R[0] := R[A]; return")                                       \
  X(RET2, A, 0, "R[0..1] := R[A..A+1]; return")                               \
  X(RETN, ABC, 0, "R[0..C) := R[A..A+C); return")                             \
  /* ---- defer, panic, recover (docs/vm.md) ---- */                         \
  X(DEFER, A, 0, "push func() R[A] on g's defer chain for this frame")        \
  X(DEFERRETURN, none, 0, "if this frame has a deferred call: pop it, call "  \
                          "it, then run this instruction again")              \
  X(RECOVER, ABC, 0, "R[A..A+1] := recover(), C=1: for the deferring frame")   \
  X(PANIC, A, 0, "panic(R[A..A+1])")                                          \
  X(SAFEPOINT, none, 0, "loop back-edge: stop for the scheduler if g.preempt")\
  X(UNREACHABLE, none, 0, "internal error if reached")

typedef enum VmOp {
#define VM_OP_ENUM(name, fmt, extra, doc) OP_##name,
  VM_OPCODES(VM_OP_ENUM)
#undef VM_OP_ENUM
  OP_COUNT
} VmOp;

typedef enum VmFormat {
#define VM_FMT_ENUM(name) FMT_##name,
  VM_FORMATS(VM_FMT_ENUM)
#undef VM_FMT_ENUM
  FMT_COUNT
} VmFormat;

/* ---- instruction encoding ---- */
typedef uint64_t Instr;

#define VM_MAXSLOT 0xffff
#define VM_MAXC 0xffffff
#define VM_MINSC (-(1 << 23))
#define VM_MAXSC ((1 << 23) - 1)
#define VM_MINSB (-(1 << 15))
#define VM_MAXSB ((1 << 15) - 1)

#define GET_OP(i) ((unsigned)((i) & 0xff))
#define GET_A(i) ((unsigned)((i) >> 8) & 0xffff)
#define GET_B(i) ((unsigned)((i) >> 24) & 0xffff)
#define GET_sB(i) ((int16_t)((i) >> 24))
#define GET_C(i) ((unsigned)((i) >> 40))
#define GET_sC(i) ((int64_t)(i) >> 40)
#define GET_Bx(i) ((uint64_t)(i) >> 24)
#define GET_sBx(i) ((int64_t)(i) >> 24)

#define MK_ABC(op, a, b, c)                                                    \
  ((Instr)(op) | (Instr)(a) << 8 | (Instr)((b) & 0xffff) << 24 |              \
   (Instr)((c) & 0xffffff) << 40)
#define MK_ABx(op, a, bx) ((Instr)(op) | (Instr)(a) << 8 | (Instr)(bx) << 24)

#endif
