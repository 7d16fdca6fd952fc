# sizes.sh -- sourced by run_stress.sh and gen_golden.sh: the stress
# programs, and the arguments that make each small enough for the default
# ctest suite (run_stress.sh --short; goldens X.short.out). The full sizes
# are the programs' defaults.
programs=(spawn ring closerace mix)
declare -A short_args=([spawn]="10000" [ring]="100 20" [closerace]="20" [mix]="3")
# the repros of TSAN_NOTES.md's races: one size (X.out), run once by ctest
# with the GOMAXPROCS CMakeLists.txt gives them
repros=(tsan_newproc tsan_gfree)
