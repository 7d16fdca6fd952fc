/*
** lex_internal.h -- what the lexer's own files share (not for other stages).
**
** Division of labour: the flex rules in scan.l only find where each raw token
** ends (longest match; every rule for an unterminated literal is also an
** accepting pattern, so flex never backs up more than a byte or two and long
** inputs scan in linear time). Everything that needs judgement -- number
** syntax, escapes, UTF-8, Unicode identifiers -- is done by small C functions
** that re-walk the matched bytes the way gc's scanner reads them and report
** gc's messages at gc's positions.
**
** Position bookkeeping: `off` is the offset of the first byte flex has not
** matched yet, `line`/`line_start` describe the line containing `off`. Every
** rule runs lex_advance first (YY_USER_ACTION); the only rules whose text may
** hold a newline (the newline itself, block comments, raw strings) then call
** lex_newlines. So a token's start position is always exact and cheap.
*/
#ifndef SUBGO_LEX_INTERNAL_H
#define SUBGO_LEX_INTERNAL_H

#include "lexer.h"

/* Raw scanner results beyond TokKind: a newline, or a block comment that
** spans lines (gc treats both alike for semicolon insertion). */
enum { LEX_NEWLINE = TK_COUNT + 1 };

struct Lexer {
  const SrcFile *src;
  Arena *arena;
  Diags *diags;
  void *scanner; /* flex's yyscan_t */
  size_t off;    /* first byte flex has not matched */
  int32_t line;  /* line of off */
  size_t line_start;
  size_t tok_off, tok_len; /* the raw token matched last */
  Pos tok_pos;
  bool nlsemi; /* a newline or EOF now means ';' */
  bool done;   /* flex reached the end; it is not called again */
};

/* scan.l's actions */
void lex_advance(Lexer *lx, size_t len);
void lex_newlines(Lexer *lx);
void lex_errorf(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* literal.c: validators; each reports gc's errors and returns the kind */
TokKind lex_number(Lexer *lx);
TokKind lex_string(Lexer *lx);
TokKind lex_raw_string(Lexer *lx);
TokKind lex_rune(Lexer *lx);
TokKind lex_unicode_ident(Lexer *lx);
void lex_comment(Lexer *lx); /* bad bytes and "comment not terminated" */
void lex_stray_byte(Lexer *lx); /* NUL, invalid UTF-8, BOM, or invalid char */

/* utf8.c: Go's view of Unicode */
enum { LEX_BAD_RUNE = -2 }; /* invalid encoding; its width is 1 */
int32_t lex_decode(const unsigned char *p, const unsigned char *end, int *width);
size_t lex_encode(char buf[4], int32_t r);
bool lex_is_letter(int32_t r); /* unicode.IsLetter or '_' */
bool lex_is_digit(int32_t r);  /* unicode.IsDigit (Nd) */
bool lex_is_print(int32_t r);  /* strconv.IsPrint */
/* Go's fmt verbs used in gc's messages: %#U ("U+0040 '@'") and %q of a rune
** ("'\\n'"); buf needs 32 bytes. */
const char *lex_fmt_U(char buf[32], int32_t r);
const char *lex_fmt_q(char buf[32], int32_t r);

typedef struct LexRange {
  int32_t lo, hi;
} LexRange;
extern const LexRange lex_letter_ranges[], lex_digit_ranges[],
    lex_print_ranges[];
extern const int lex_letter_nranges, lex_digit_nranges, lex_print_nranges;

#endif
