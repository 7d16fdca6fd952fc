# sizes.sh -- sourced by run_stress.sh and gen_golden.sh: the arguments
# that make each stress program small enough for the default ctest suite
# (run_stress.sh --short; goldens X.short.out). The full sizes are the
# programs' defaults.
declare -A short_args=([spawn]="10000" [ring]="100 20" [closerace]="20")
