/*
** ast.c -- node constructors and small queries on the tree.
**
** Everything is allocated in the file's arena so a whole tree dies with one
** arena_free; that includes the items arrays of NodeLists, which therefore
** grow by copying into a fresh arena block (the old block is simply left
** behind: doubling keeps the waste below the list's final size).
*/
#include "ast.h"

#include <string.h>

Node *ast_new(Arena *a, NodeKind kind, Pos pos) {
  Node *n = arena_alloc(a, sizeof *n);
  n->kind = kind;
  n->pos = pos;
  return n;
}

Node *ast_ident(Arena *a, Pos pos, const char *name) {
  Node *n = ast_new(a, N_IDENT, pos);
  n->ident.name = intern_cstr(name);
  return n;
}

void ast_list_push(Arena *a, NodeList *list, Node *n) {
  if (list->len == list->cap) {
    int cap = list->cap ? list->cap * 2 : 4;
    Node **items = arena_alloc(a, sizeof *items * (size_t)cap);
    if (list->len) memcpy(items, list->items, sizeof *items * (size_t)list->len);
    list->items = items;
    list->cap = cap;
  }
  list->items[list->len++] = n;
}

const char *ast_kind_name(NodeKind k) {
  static const char *const names[N_COUNT] = {
#define NODE_NAME(kind, name) [N_##kind] = name,
      NODE_KINDS(NODE_NAME)
#undef NODE_NAME
  };
  return (unsigned)k < N_COUNT ? names[k] : "?";
}

Node *ast_unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->paren.x;
  return n;
}
