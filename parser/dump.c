/*
** dump.c -- `subgo dump ast`: the tree, one node per line.
**
** Each line is `LINE:COL Kind detail`, children indented two spaces more and
** prefixed by their role (`cond: `, `body: `...) where a node has children
** of several roles. The walk keeps its own stack instead of recursing, so a
** tree of any depth prints without exhausting the C stack; indentation stops
** growing at DUMP_MAX_INDENT levels (deeper lines say their depth instead),
** so the output stays linear in the size of the tree.
*/
#include "ast.h"

enum { DUMP_MAX_INDENT = 32 };

typedef struct Item {
  const Node *n;
  const char *role; /* NULL: no label */
  int depth;
} Item;

typedef VEC(Item) Items;

static void add(Items *out, const char *role, const Node *n) {
  if (n) vec_push(out, ((Item){n, role, 0}));
}

static void add_list(Items *out, const char *role, NodeList l) {
  for (int i = 0; i < l.len; i++) add(out, role, l.items[i]);
}

/* children lists n's children in source order, with their roles. */
static void children(const Node *n, Items *out) {
  switch (n->kind) {
  case N_COMPOSITELIT:
    add(out, "type", n->compositelit.type);
    add_list(out, "elt", n->compositelit.elts);
    break;
  case N_FUNCLIT:
    add(out, "type", n->funclit.type);
    add(out, "body", n->funclit.body);
    break;
  case N_PAREN: add(out, NULL, n->paren.x); break;
  case N_SELECTOR:
    add(out, "x", n->selector.x);
    add(out, "sel", n->selector.sel);
    break;
  case N_INDEX:
    add(out, "x", n->index.x);
    add_list(out, "index", n->index.indices);
    break;
  case N_SLICE:
    add(out, "x", n->slice.x);
    add(out, "lo", n->slice.lo);
    add(out, "hi", n->slice.hi);
    add(out, "max", n->slice.max);
    break;
  case N_TYPEASSERT:
    add(out, "x", n->typeassert.x);
    add(out, "type", n->typeassert.type);
    break;
  case N_CALL:
    add(out, "fun", n->call.fun);
    add_list(out, "arg", n->call.args);
    break;
  case N_STAR: add(out, NULL, n->star.x); break;
  case N_UNARY: add(out, NULL, n->unary.x); break;
  case N_BINARY:
    add(out, "x", n->binary.x);
    add(out, "y", n->binary.y);
    break;
  case N_KEYVALUE:
    add(out, "key", n->keyvalue.key);
    add(out, "value", n->keyvalue.value);
    break;
  case N_ARRAYTYPE:
    add(out, "len", n->arraytype.len);
    add(out, "elt", n->arraytype.elt);
    break;
  case N_STRUCTTYPE: add_list(out, NULL, n->structtype.fields); break;
  case N_FUNCTYPE:
    add_list(out, "param", n->functype.params);
    add_list(out, "result", n->functype.results);
    break;
  case N_INTERFACETYPE: add_list(out, NULL, n->interfacetype.methods); break;
  case N_MAPTYPE:
    add(out, "key", n->maptype.key);
    add(out, "value", n->maptype.value);
    break;
  case N_CHANTYPE: add(out, NULL, n->chantype.value); break;
  case N_ELLIPSIS: add(out, NULL, n->ellipsis.elt); break;
  case N_FIELD:
    add_list(out, "name", n->field.names);
    add(out, "type", n->field.type);
    add(out, "tag", n->field.tag);
    break;
  case N_DECLSTMT: add(out, NULL, n->declstmt.decl); break;
  case N_LABELEDSTMT:
    add(out, "label", n->labeledstmt.label);
    add(out, "stmt", n->labeledstmt.stmt);
    break;
  case N_EXPRSTMT: add(out, NULL, n->exprstmt.x); break;
  case N_SENDSTMT:
    add(out, "chan", n->sendstmt.chan);
    add(out, "value", n->sendstmt.value);
    break;
  case N_INCDECSTMT: add(out, NULL, n->incdecstmt.x); break;
  case N_ASSIGNSTMT:
    add_list(out, "lhs", n->assignstmt.lhs);
    add_list(out, "rhs", n->assignstmt.rhs);
    break;
  case N_GOSTMT: add(out, NULL, n->gostmt.call); break;
  case N_DEFERSTMT: add(out, NULL, n->deferstmt.call); break;
  case N_RETURNSTMT: add_list(out, NULL, n->returnstmt.results); break;
  case N_BRANCHSTMT: add(out, "label", n->branchstmt.label); break;
  case N_BLOCKSTMT: add_list(out, NULL, n->blockstmt.stmts); break;
  case N_IFSTMT:
    add(out, "init", n->ifstmt.init);
    add(out, "cond", n->ifstmt.cond);
    add(out, "body", n->ifstmt.body);
    add(out, "else", n->ifstmt.els);
    break;
  case N_CASECLAUSE:
    add_list(out, "case", n->caseclause.list);
    add_list(out, NULL, n->caseclause.body);
    break;
  case N_SWITCHSTMT:
    add(out, "init", n->switchstmt.init);
    add(out, "tag", n->switchstmt.tag);
    add(out, "body", n->switchstmt.body);
    break;
  case N_TYPESWITCHSTMT:
    add(out, "init", n->typeswitchstmt.init);
    add(out, "assign", n->typeswitchstmt.assign);
    add(out, "body", n->typeswitchstmt.body);
    break;
  case N_COMMCLAUSE:
    add(out, "comm", n->commclause.comm);
    add_list(out, NULL, n->commclause.body);
    break;
  case N_SELECTSTMT: add(out, "body", n->selectstmt.body); break;
  case N_FORSTMT:
    add(out, "init", n->forstmt.init);
    add(out, "cond", n->forstmt.cond);
    add(out, "post", n->forstmt.post);
    add(out, "body", n->forstmt.body);
    break;
  case N_RANGESTMT:
    add(out, "key", n->rangestmt.key);
    add(out, "value", n->rangestmt.value);
    add(out, "x", n->rangestmt.x);
    add(out, "body", n->rangestmt.body);
    break;
  case N_IMPORTSPEC:
    add(out, "name", n->importspec.name);
    add(out, "path", n->importspec.path);
    break;
  case N_VALUESPEC:
    add_list(out, "name", n->valuespec.names);
    add(out, "type", n->valuespec.type);
    add_list(out, "value", n->valuespec.values);
    break;
  case N_TYPESPEC:
    add(out, "name", n->typespec.name);
    add(out, "type", n->typespec.type);
    break;
  case N_GENDECL: add_list(out, NULL, n->gendecl.specs); break;
  case N_FUNCDECL:
    add(out, "recv", n->funcdecl.recv);
    add(out, "name", n->funcdecl.name);
    add(out, "type", n->funcdecl.type);
    add(out, "body", n->funcdecl.body);
    break;
  default: break;
  }
}

static const char *chan_dir(ChanDir d) {
  return d == CHAN_SEND ? "chan<-" : d == CHAN_RECV ? "<-chan" : "chan";
}

/* detail prints what a node holds besides its children. */
static void detail(const Node *n, FILE *out) {
  switch (n->kind) {
  case N_IDENT: fprintf(out, " %s", n->ident.name); break;
  case N_BASICLIT:
    fprintf(out, " %s %.*s", tok_name(n->basiclit.kind), (int)n->basiclit.len,
            n->basiclit.lit);
    break;
  case N_UNARY: fprintf(out, " %s", tok_text(n->unary.op)); break;
  case N_BINARY: fprintf(out, " %s", tok_text(n->binary.op)); break;
  case N_SLICE: if (n->slice.slice3) fputs(" 3-index", out); break;
  case N_TYPEASSERT: if (!n->typeassert.type) fputs(" (type)", out); break;
  case N_CALL: if (n->call.ellipsis.line) fputs(" ...", out); break;
  case N_CHANTYPE: fprintf(out, " %s", chan_dir(n->chantype.dir)); break;
  case N_EMPTYSTMT: if (n->emptystmt.implicit) fputs(" implicit", out); break;
  case N_INCDECSTMT: fprintf(out, " %s", tok_text(n->incdecstmt.tok)); break;
  case N_ASSIGNSTMT: fprintf(out, " %s", tok_text(n->assignstmt.tok)); break;
  case N_BRANCHSTMT: fprintf(out, " %s", tok_text(n->branchstmt.tok)); break;
  case N_CASECLAUSE: if (n->caseclause.is_default) fputs(" default", out); break;
  case N_COMMCLAUSE: if (n->commclause.is_default) fputs(" default", out); break;
  case N_RANGESTMT:
    if (n->rangestmt.tok != TK_EOF) fprintf(out, " %s", tok_text(n->rangestmt.tok));
    break;
  case N_VALUESPEC:
    if (n->valuespec.iota || n->valuespec.implicit) fprintf(out, " iota=%d", n->valuespec.iota);
    if (n->valuespec.implicit) fputs(" implicit", out);
    break;
  case N_TYPESPEC: if (n->typespec.alias) fputs(" alias", out); break;
  case N_GENDECL: fprintf(out, " %s", tok_text(n->gendecl.tok)); break;
  case N_FUNCDECL: if (!n->funcdecl.body) fputs(" (no body)", out); break;
  default: break;
  }
}

void ast_dump(const AstFile *f, FILE *out) {
  fprintf(out, "File %s: package %s\n", f->src->path,
          f->pkgname ? f->pkgname->ident.name : "?");
  Items stack = {0}, kids = {0};
  for (int i = f->decls.len - 1; i >= 0; i--)
    vec_push(&stack, ((Item){f->decls.items[i], NULL, 1}));
  while (stack.len) {
    Item it = stack.items[--stack.len];
    if (it.depth <= DUMP_MAX_INDENT)
      fprintf(out, "%*s", it.depth * 2, "");
    else
      fprintf(out, "%*s[depth %d] ", DUMP_MAX_INDENT * 2, "", it.depth);
    if (it.role) fprintf(out, "%s: ", it.role);
    fprintf(out, "%d:%d %s", it.n->pos.line, it.n->pos.col, ast_kind_name(it.n->kind));
    detail(it.n, out);
    fputc('\n', out);
    kids.len = 0;
    children(it.n, &kids);
    for (int i = kids.len - 1; i >= 0; i--) {
      kids.items[i].depth = it.depth + 1;
      vec_push(&stack, kids.items[i]);
    }
  }
  vec_free(&stack);
  vec_free(&kids);
}
