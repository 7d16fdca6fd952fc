/*
** parser.h -- public interface of the parser stage (parser/).
**
** parse_file runs the bison LALR(1) grammar (parser/go.y) over the lexer's
** tokens and builds the ast.h tree. Syntax errors are reported to diags in
** gc's words ("syntax error: unexpected X, expecting Y" family) at gc's
** positions; the parser recovers at statement and declaration boundaries as
** gc does, so several syntax errors can be reported for one file.
** Generic type parameter lists parse and are rejected with
** "generics are not supported by subgo".
*/
#ifndef SUBGO_PARSER_H
#define SUBGO_PARSER_H

#include "ast.h"

/* Always returns a file (possibly partial); check diags->nerrors. */
AstFile *parse_file(const SrcFile *src, Diags *diags);
void parse_free(AstFile *f);

#endif
