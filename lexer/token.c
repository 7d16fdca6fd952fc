/*
** token.c -- the token table's columns, by kind.
**
** Both arrays are expanded from TOKENS in lexer.h, so they cannot drift from
** the enum; keywords are the enum's tail from TK_FIRST_KEYWORD on.
*/
#include "lexer.h"

static const char *const tok_texts[TK_COUNT] = {
#define TOK_TEXT(name, text) text,
    TOKENS(TOK_TEXT)
#undef TOK_TEXT
};

static const char *const tok_names[TK_COUNT] = {
#define TOK_NAME(name, text) #name,
    TOKENS(TOK_NAME)
#undef TOK_NAME
};

const char *tok_text(TokKind k) {
  return k >= 0 && k < TK_COUNT ? tok_texts[k] : "?";
}

const char *tok_name(TokKind k) {
  return k >= 0 && k < TK_COUNT ? tok_names[k] : "?";
}

bool tok_is_keyword(TokKind k) { return k >= TK_FIRST_KEYWORD && k < TK_COUNT; }
