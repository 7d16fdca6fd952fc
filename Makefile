# Makefile -- the README's two commands, `make run` and `make test`, plus
# helpers. It only installs what is missing, then drives CMake and ctest.
#
#   make run        set-up, build, then the showcase (scripts/showcase.sh)
#   make test       set-up, build, then the whole ctest suite (2 jobs)
#   make test-asan  the same suite with ASan + UBSan, in build-asan/
#   make test-tsan  the runtime's tests and the stress programs (ctest label
#                   tsan) with ThreadSanitizer, in build-tsan/
#   make stress     the scheduler stress programs at full size, 50 times each
#                   (STRESS_ITERATIONS=50), stopping at the first failure
#   make fuzz       10 minutes of libFuzzer on the front end (FUZZ_SECONDS=600)
#   make bench      the front-end benchmark against gofmt and go vet, then the
#                   VM benchmarks against gc and lua5.4, then the scheduler
#                   benchmarks against gc (bench/README.md)
#   make clean      remove the build directories

# Debian 12 packages set-up installs (also listed in README.md).
PACKAGES := cmake make gcc clang flex bison llvm-14-dev libxxhash-dev \
            libgmp-dev libclang-rt-14-dev golang-go golang-1.19-src python3 \
            lua5.4

# clang, so the libFuzzer target can be built alongside everything else.
CC := clang
JOBS ?= 2
BUILD := build
BUILD_ASAN := build-asan
BUILD_TSAN := build-tsan
STRESS_ITERATIONS ?= 50
FUZZ_SECONDS ?= 600
# Sanitized runs: a sanitizer report aborts (exit 134, never mistaken for a
# compile error's exit 1); no leak check, since a compilation's memory lives
# until exit by design, as in gc.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
                 UBSAN_OPTIONS=abort_on_error=1:print_stacktrace=1
# ThreadSanitizer: the first race report ends the process (exit 66), which
# also catches processes that leave through _exit (subgo, the runtime's
# tests); suppressions only for races shown benign (the file says why).
# Interpreting under TSan is slow: programs get 10 minutes.
TSAN_ENV := TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$(CURDIR)/tests/stress/tsan.supp \
            RUN_TIMEOUT=600

.PHONY: run test test-asan test-tsan stress fuzz bench clean setup build build-asan \
        build-tsan

run: build
	scripts/showcase.sh $(BUILD)/subgo

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

test-asan: build-asan
	$(SANITIZER_ENV) ctest --test-dir $(BUILD_ASAN) --output-on-failure -j$(JOBS)

test-tsan: build-tsan
	$(TSAN_ENV) ctest --test-dir $(BUILD_TSAN) -L tsan --output-on-failure -j$(JOBS)

stress: build
	tests/stress/run_stress.sh $(BUILD)/subgo $(STRESS_ITERATIONS)

fuzz: build
	tests/fuzz/run_fuzz.sh $(BUILD)/tests/fuzz/fuzz_frontend $(FUZZ_SECONDS) $(BUILD)/fuzz

bench: build
	bench/frontend/bench.py $(BUILD)/subgo
	bench/vm/bench.py $(BUILD)/subgo
	bench/sched/bench.py $(BUILD)/subgo

setup:
	scripts/setup.sh $(PACKAGES)

build: setup
	CC=$(CC) cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

build-asan: setup
	CC=$(CC) cmake -S . -B $(BUILD_ASAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSUBGO_SANITIZE=ON
	cmake --build $(BUILD_ASAN) -j$(JOBS)

# gcc: with clang the libFuzzer target would mix ASan into a TSan build
build-tsan: setup
	CC=gcc cmake -S . -B $(BUILD_TSAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUBGO_TSAN=ON
	cmake --build $(BUILD_TSAN) -j$(JOBS)

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_TSAN)
