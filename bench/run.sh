#!/bin/sh
# bench/run.sh — the body of "make bench" (issue 5).
#
# 1. ganlite (float64, OpenBLAS when installed) against PyTorch (float32 and
#    float64, bench/torch_gan.py) on the two workloads, alternating A B A B,
#    RUNS runs each, medians, min–max and ratios; the pure-Go fallback against
#    its matrix-multiply ceiling (bench/main.go).
# 2. go test -bench for one step of each workload, with allocs/op.
#
# Threads: 2 everywhere (the course machine has 2 cores): OPENBLAS_NUM_THREADS=2
# for ganlite's and torch's OpenBLAS, torch.set_num_threads(2), and
# OMP_WAIT_POLICY=PASSIVE so torch's idle OpenMP threads sleep instead of
# spinning and starving OpenBLAS. Override with THREADS=n, RUNS=n, SECONDS_PER_RUN=s.
set -eu
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
RUNS=${RUNS:-5}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
export OPENBLAS_NUM_THREADS="$THREADS"
export OMP_NUM_THREADS="$THREADS"
export OMP_WAIT_POLICY=PASSIVE
export GOMAXPROCS="${GOMAXPROCS:-$THREADS}"

TAGS=""
if ldconfig -p 2>/dev/null | grep -q 'libopenblas\.so'; then
	TAGS="-tags openblas"
else
	echo "bench: libopenblas not found (apt-get install libopenblas-dev); measuring pure Go only" >&2
fi
TORCH=""
if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
	echo "bench: $PYTHON cannot import torch (apt-get install python3-torch); skipping PyTorch" >&2
	TORCH="-no-torch"
fi

BIN=$(mktemp -d)/ganlite-bench
trap 'rm -rf "$(dirname "$BIN")"' EXIT
go build $TAGS -o "$BIN" ./bench
"$BIN" -runs "$RUNS" -seconds "$SECONDS_PER_RUN" -threads "$THREADS" -python "$PYTHON" $TORCH

echo
echo "== go test -bench (one GAN step per op; $TAGS${TAGS:+, }OPENBLAS_NUM_THREADS=$OPENBLAS_NUM_THREADS) =="
go test $TAGS -run '^$' -bench 'BenchmarkStep' -benchmem -count 1 ./ganlite | grep -E '^(Benchmark|ok|FAIL)'
if [ -n "$TAGS" ]; then
	echo "== go test -bench, pure Go (no tag) =="
	go test -run '^$' -bench 'BenchmarkStep' -benchmem -count 1 ./ganlite | grep -E '^(Benchmark|ok|FAIL)'
fi
