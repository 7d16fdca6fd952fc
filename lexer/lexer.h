/*
** lexer.h -- public interface of the lexer stage (lexer/).
**
** The lexer turns a SrcFile into Go tokens, inserting semicolons exactly as
** the Go spec says: after a line's last token when that token is an
** identifier, a literal, one of the keywords break continue fallthrough
** return, or one of ++ -- ) ] }; a newline inside a block comment counts, and
** so does end of file. An inserted semicolon carries lit "newline" (or "EOF"),
** a written one lit "semicolon", because gc's syntax errors tell them apart.
** An inserted semicolon's position is gc's, the one "unexpected newline"
** errors print: the newline character (after any comment that ends the
** line), the start of a block comment that spans lines, or the end of file.
**
** TOKENS is the one table of token facts; every other list follows it.
** Columns are 1-based byte offsets, as gc prints them.
*/
#ifndef SUBGO_LEXER_H
#define SUBGO_LEXER_H

#include "../base/base.h"

/* X(name, text): text is how gc's syntax errors print the token. */
#define TOKENS(X)                                                              \
  X(EOF, "EOF")                                                                \
  /* names and literals: errors print "name x" / "literal 42" */               \
  X(IDENT, "name")                                                             \
  X(INT, "literal")                                                            \
  X(FLOAT, "literal")                                                          \
  X(IMAG, "literal")                                                           \
  X(CHAR, "literal")                                                           \
  X(STRING, "literal")                                                         \
  /* operators */                                                              \
  X(ADD, "+")                                                                  \
  X(SUB, "-")                                                                  \
  X(MUL, "*")                                                                  \
  X(QUO, "/")                                                                  \
  X(REM, "%")                                                                  \
  X(AND, "&")                                                                  \
  X(OR, "|")                                                                   \
  X(XOR, "^")                                                                  \
  X(SHL, "<<")                                                                 \
  X(SHR, ">>")                                                                 \
  X(AND_NOT, "&^")                                                             \
  X(ADD_ASSIGN, "+=")                                                          \
  X(SUB_ASSIGN, "-=")                                                          \
  X(MUL_ASSIGN, "*=")                                                          \
  X(QUO_ASSIGN, "/=")                                                          \
  X(REM_ASSIGN, "%=")                                                          \
  X(AND_ASSIGN, "&=")                                                          \
  X(OR_ASSIGN, "|=")                                                           \
  X(XOR_ASSIGN, "^=")                                                          \
  X(SHL_ASSIGN, "<<=")                                                         \
  X(SHR_ASSIGN, ">>=")                                                         \
  X(AND_NOT_ASSIGN, "&^=")                                                     \
  X(LAND, "&&")                                                                \
  X(LOR, "||")                                                                 \
  X(ARROW, "<-")                                                               \
  X(INC, "++")                                                                 \
  X(DEC, "--")                                                                 \
  X(EQL, "==")                                                                 \
  X(LSS, "<")                                                                  \
  X(GTR, ">")                                                                  \
  X(ASSIGN, "=")                                                               \
  X(NOT, "!")                                                                  \
  X(NEQ, "!=")                                                                 \
  X(LEQ, "<=")                                                                 \
  X(GEQ, ">=")                                                                 \
  X(DEFINE, ":=")                                                              \
  X(ELLIPSIS, "...")                                                           \
  X(LPAREN, "(")                                                               \
  X(LBRACK, "[")                                                               \
  X(LBRACE, "{")                                                               \
  X(COMMA, "comma")                                                            \
  X(PERIOD, ".")                                                               \
  X(RPAREN, ")")                                                               \
  X(RBRACK, "]")                                                               \
  X(RBRACE, "}")                                                               \
  X(SEMICOLON, "semicolon")                                                    \
  X(COLON, ":")                                                                \
  X(TILDE, "~")                                                                \
  /* keywords (text is the keyword itself) */                                  \
  X(BREAK, "break")                                                            \
  X(CASE, "case")                                                              \
  X(CHAN, "chan")                                                              \
  X(CONST, "const")                                                            \
  X(CONTINUE, "continue")                                                      \
  X(DEFAULT, "default")                                                        \
  X(DEFER, "defer")                                                            \
  X(ELSE, "else")                                                              \
  X(FALLTHROUGH, "fallthrough")                                                \
  X(FOR, "for")                                                                \
  X(FUNC, "func")                                                              \
  X(GO, "go")                                                                  \
  X(GOTO, "goto")                                                              \
  X(IF, "if")                                                                  \
  X(IMPORT, "import")                                                          \
  X(INTERFACE, "interface")                                                    \
  X(MAP, "map")                                                                \
  X(PACKAGE, "package")                                                        \
  X(RANGE, "range")                                                            \
  X(RETURN, "return")                                                          \
  X(SELECT, "select")                                                          \
  X(STRUCT, "struct")                                                          \
  X(SWITCH, "switch")                                                          \
  X(TYPE, "type")                                                              \
  X(VAR, "var")

typedef enum TokKind {
#define TOK_ENUM(name, text) TK_##name,
  TOKENS(TOK_ENUM)
#undef TOK_ENUM
  TK_COUNT
} TokKind;

#define TK_FIRST_KEYWORD TK_BREAK

typedef struct Token {
  TokKind kind;
  Pos pos;
  /* IDENT: the interned name. Literals: the literal's source text exactly as
  ** written (NUL-terminated copy). SEMICOLON: "semicolon", "newline" or "EOF".
  ** Other tokens: NULL. */
  const char *lit;
  size_t len; /* strlen(lit) for names, byte length of literal text */
} Token;

typedef struct Lexer Lexer;

/* lex_open starts scanning src; literal texts are copied into arena, errors
** (invalid characters, bad escapes, unterminated literals...) go to diags with
** gc's wording. */
Lexer *lex_open(const SrcFile *src, Arena *arena, Diags *diags);
void lex_next(Lexer *lx, Token *tok); /* TK_EOF forever at the end */
void lex_close(Lexer *lx);

const char *tok_text(TokKind k); /* the TOKENS text column */
const char *tok_name(TokKind k); /* the TOKENS name column: "ADD", "IDENT" */
bool tok_is_keyword(TokKind k);

/* Literal values, for literals the lexer accepted (so already valid):
** lex_string_value decodes an interpreted "..." or raw `...` literal into its
** bytes (raw strings drop carriage returns as the spec says);
** lex_char_value returns a rune literal's value. */
void lex_string_value(const char *lit, size_t len, StrBuf *out);
int32_t lex_char_value(const char *lit, size_t len);

/* lex_dump prints src's tokens for `subgo dump tokens`, one line per token
** up to and including EOF:
**     LINE:COL<TAB>NAME<TAB>literal
** NAME is tok_name (IDENT, INT, ADD, SEMICOLON, BREAK...). literal is the
** token's lit: the name or the literal's source text; "newline", "EOF" or
** "semicolon" for a SEMICOLON; empty for operators, delimiters and keywords.
** In the literal, backslash, tab, newline and carriage return print as \\ \t
** \n \r, other control bytes as \xHH, all else (UTF-8 too) as is, so every
** token is one line. Errors go to diags; the caller flushes them.
** tests/lexer/gotokens.go prints Go's own tokens in this format. */
void lex_dump(const SrcFile *src, FILE *out, Diags *diags);

#endif
