/*
** subgo.c -- the command line, mirroring `go`:
**   subgo run [-backend=vm|llvm] file.go... [-- args]
**   subgo build [-o exe] file.go...
**   subgo escape [-m=1|2] file.go...
**   subgo dump tokens|ast|types|ir|bc|llvm file.go...
**   subgo version | help
** Exit codes as Go's: 0 ok, 1 compile errors (file:LINE:COL: msg on stderr),
** 2 usage errors and run-time failures.
*/
#include "../ir/ir.h"
#include "../vm/vm.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The front end walks trees recursively, and Go programs may nest 10,000
** levels deep. gc survives that because a goroutine's stack grows up to 1 GB;
** subgo gets the same headroom by running the command on a thread whose
** stack is reserved that big (pages are committed only when touched). */
enum { COMPILER_STACK = 1 << 30 };

static const char usage_text[] =
    "subgo is a teaching compiler and runtime for a subset of Go 1.19.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tsubgo <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\trun      compile and run Go program files (bytecode VM)\n"
    "\tbuild    compile a native executable through LLVM\n"
    "\tescape   print escape-analysis decisions like go build -gcflags='-m -l'\n"
    "\tdump     print a compiler stage's view: tokens, ast, types, ir, bc\n"
    "\tversion  print subgo version\n"
    "\thelp     print this help\n"
    "\n"
    "Examples:\n"
    "\n"
    "\tsubgo run hello.go\n"
    "\tsubgo run prog.go -- arg1 arg2\n"
    "\tsubgo dump tokens hello.go\n"
    "\tsubgo dump ir hello.go\n"
    "\tsubgo dump bc hello.go\n"
    "\tSUBGO_TRACE=1 subgo run hello.go   (trace every VM instruction)\n";

static int usage(FILE *out, int code) {
  fputs(usage_text, out);
  return code;
}

/* load_files reads and parses every file; returns false (errors printed)
** if a file is missing or does not parse. */
static bool load_files(int n, char **paths, AstFile **files, Diags *d) {
  for (int i = 0; i < n; i++) {
    SrcFile *src = src_read(paths[i]);
    if (!src) {
      fprintf(stderr, "open %s: %s\n", paths[i], strerror(errno));
      return false;
    }
    files[i] = parse_file(src, d);
  }
  diag_flush(d);
  return d->nerrors == 0;
}

static int cmd_dump(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: subgo dump tokens|ast|types file.go...\n");
    return 2;
  }
  const char *what = argv[0];
  int n = argc - 1;
  char **paths = argv + 1;
  Diags d;
  diag_init(&d, stderr);
  if (strcmp(what, "tokens") == 0) {
    for (int i = 0; i < n; i++) {
      SrcFile *src = src_read(paths[i]);
      if (!src) {
        fprintf(stderr, "open %s: %s\n", paths[i], strerror(errno));
        return 1;
      }
      lex_dump(src, stdout, &d);
    }
    diag_flush(&d);
    return d.nerrors ? 1 : 0;
  }
  if (strcmp(what, "ast") != 0 && strcmp(what, "types") != 0 && strcmp(what, "ir") != 0 &&
      strcmp(what, "bc") != 0) {
    fprintf(stderr, "subgo dump: unknown stage %s (tokens, ast, types, ir, bc)\n", what);
    return 2;
  }
  AstFile **files = xcalloc((size_t)n, sizeof *files);
  if (!load_files(n, paths, files, &d)) return 1;
  if (strcmp(what, "ast") == 0) {
    for (int i = 0; i < n; i++) ast_dump(files[i], stdout);
    return 0;
  }
  Package *pkg = types_check(files, n, &d);
  diag_flush(&d);
  if (d.nerrors) return 1;
  if (strcmp(what, "ir") == 0) {
    IrProgram *p = ir_build(pkg, &d); /* verified by ir_build */
    diag_flush(&d);
    if (!p) return 1;
    ir_print(p, pkg, stdout);
    return 0;
  }
  if (strcmp(what, "bc") == 0) {
    IrProgram *p = ir_build(pkg, &d);
    diag_flush(&d);
    if (!p) return 1;
    return vm_dump(p, pkg, &d, stdout);
  }
  types_dump(pkg, stdout);
  return 0;
}

/* the program name os.Args[0] shows: the first file's name without .go
** (go run shows a temporary executable named after it) */
static const char *prog_name(const char *file) {
  const char *slash = strrchr(file, '/');
  const char *base = slash ? slash + 1 : file;
  size_t n = strlen(base);
  if (n > 3 && strcmp(base + n - 3, ".go") == 0) n -= 3;
  return xstrndup(base, n);
}

static bool is_go_file(const char *arg) {
  size_t n = strlen(arg);
  return n > 3 && strcmp(arg + n - 3, ".go") == 0;
}

/* subgo run [-backend=vm|llvm] file.go... [--] [args]: as `go run`, the
** arguments after the .go files go to the program (os.Args[1:]). */
static int cmd_run(int argc, char **argv) {
  const char *backend = "vm";
  while (argc > 0 && argv[0][0] == '-' && strcmp(argv[0], "--") != 0) {
    if (strncmp(argv[0], "-backend=", 9) == 0) {
      backend = argv[0] + 9;
    } else {
      fprintf(stderr, "subgo run: unknown flag %s\n", argv[0]);
      return 2;
    }
    argc--, argv++;
  }
  int n = 0;
  while (n < argc && is_go_file(argv[n])) n++;
  if (n == 0) {
    fprintf(stderr, "subgo run: no Go files listed\n");
    return 2;
  }
  if (strcmp(backend, "vm") != 0) {
    fprintf(stderr, "subgo run: -backend=%s is not available: this build of subgo runs "
            "programs on its bytecode VM (-backend=vm)\n", backend);
    return 2;
  }
  int nargs = argc - n;
  char **args = argv + n;
  if (nargs > 0 && strcmp(args[0], "--") == 0) nargs--, args++;
  Diags d;
  diag_init(&d, stderr);
  AstFile **files = xcalloc((size_t)n, sizeof *files);
  if (!load_files(n, argv, files, &d)) return 1;
  Package *pkg = types_check(files, n, &d);
  diag_flush(&d);
  if (d.nerrors) return 1;
  IrProgram *p = ir_build(pkg, &d);
  diag_flush(&d);
  if (!p) return 1;
  return vm_run(p, &d, prog_name(argv[0]), nargs, args);
}

/* build and escape check the program first, so compile errors are
** reported as gc reports them (exit 1); the stages behind the checker do not
** exist yet, and saying so plainly beats printing anything that looks like
** output. */
static int cmd_not_yet(const char *what, int argc, char **argv) {
  int n = 0;
  while (n < argc && strcmp(argv[n], "--") != 0) n++;
  while (n > 0 && argv[0][0] == '-') argc--, argv++, n--; /* flags */
  if (n == 0) {
    fprintf(stderr, "subgo %s: no Go files listed\n", what);
    return 2;
  }
  Diags d;
  diag_init(&d, stderr);
  AstFile **files = xcalloc((size_t)n, sizeof *files);
  if (!load_files(n, argv, files, &d)) return 1;
  types_check(files, n, &d);
  diag_flush(&d);
  if (d.nerrors) return 1;
  const char *missing = strcmp(what, "build") == 0
                            ? "the LLVM back end is not written yet (subgo run uses the VM)"
                            : "escape analysis is not written yet";
  fprintf(stderr, "subgo %s: cannot %s yet: %s; see docs/STATUS.md\n", what, what, missing);
  return 2;
}

static int subgo_main(int argc, char **argv) {
  if (argc < 2) return usage(stderr, 2);
  const char *cmd = argv[1];
  if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 ||
      strcmp(cmd, "--help") == 0)
    return usage(stdout, 0);
  if (strcmp(cmd, "version") == 0) {
    printf("subgo version %s (a subset of %s)\n", SUBGO_VERSION, SUBGO_GO_VERSION);
    return 0;
  }
  if (strcmp(cmd, "dump") == 0) return cmd_dump(argc - 2, argv + 2);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 2, argv + 2);
  if (strcmp(cmd, "build") == 0 ||
      strcmp(cmd, "escape") == 0)
    return cmd_not_yet(cmd, argc - 2, argv + 2);
  fprintf(stderr, "subgo %s: unknown command\nRun 'subgo help' for usage.\n", cmd);
  return 2;
}

typedef struct MainArgs {
  int argc;
  char **argv;
  int status;
} MainArgs;

static void *main_thread(void *p) {
  MainArgs *a = p;
  a->status = subgo_main(a->argc, a->argv);
  return NULL;
}

int main(int argc, char **argv) {
  MainArgs a = {argc, argv, 0};
  pthread_attr_t attr;
  pthread_t t;
  if (pthread_attr_init(&attr) == 0 &&
      pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
      pthread_create(&t, &attr, main_thread, &a) == 0) {
    pthread_join(t, NULL);
    return a.status;
  }
  return subgo_main(argc, argv); /* no big thread: run on the main stack */
}
