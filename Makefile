# ganlite — build, serve and test the course.
#
#   make notebook    install what is missing, build the kernel, serve notebooks/ (localhost, token)
#   make test        everything CI checks (see the test target)
#
# Variables: HOST (127.0.0.1), PORT (8888) for `make notebook`; FUZZTIME (10s)
# per fuzz target; NB_TIMEOUT (900) seconds per notebook; GANLITE_QUICK is set
# by `make test` for learner notebooks only (see README.md).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

HOST ?= 127.0.0.1
PORT ?= 8888
FUZZTIME ?= 10s
NB_TIMEOUT ?= 900
PYTHON := /usr/bin/python3
GO ?= go

LEARNER_NBS = $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
SOLVED_SRC := build/solutions-src

export GOTOOLCHAIN := local

.PHONY: help deps deps-test deps-bench kernel check-bindings check-imports notebook test vet gotest fuzz \
	nbcheck notebooks-learner notebooks-solved smoke solutions bench clean

help:
	@echo "make notebook        serve the course on http://$(HOST):$(PORT) (installs Jupyter and builds the kernel first)"
	@echo "make test            go vet, go test, fuzz briefly, kernel + bindings check, nbgen -check,"
	@echo "                     run every notebook (learner and solved) through Jupyter, browser smoke test"
	@echo "make kernel          build the Go (ganlite) kernel and install its kernelspec"
	@echo "make solutions       execute the solved notebooks into solutions/*.ipynb"
	@echo "make deps            apt-get what 'make notebook' needs (deps-test: + Chromium/Node; deps-bench: + PyTorch)"
	@echo "make bench           performance benchmarks"
	@echo "make clean           remove build/ and the kernelspec"

# ---- dependencies -----------------------------------------------------------

deps:
	@tools/install-deps runtime

deps-test:
	@tools/install-deps test

deps-bench:
	@tools/install-deps bench

# Jupyter must be there before the kernelspec goes in; install it only if missing.
jupyter:
	@if [ ! -x /usr/bin/jupyter-notebook ] || ! $(PYTHON) -c 'import nbclient' 2>/dev/null; then tools/install-deps runtime; fi
.PHONY: jupyter

# ---- kernel -----------------------------------------------------------------

# Incremental: kernel/build.sh hashes the sources it binds and does nothing
# when they are unchanged.
kernel: jupyter
	@bash kernel/build.sh

check-bindings:
	@bash kernel/build.sh --check

# Every linked-in package imports in a fresh kernel, offline, in under 1 s.
check-imports: kernel
	$(PYTHON) kernel/check-imports

# ---- the course -------------------------------------------------------------

notebook: jupyter kernel
	@HOST=$(HOST) PORT=$(PORT) tools/serve-notebooks

# Execute the solved notebooks (generated from the lesson sources) and store
# them, with outputs, in solutions/.
solutions: kernel
	$(GO) run ./tools/nbgen
	$(PYTHON) tools/run-notebooks --solved --timeout $(NB_TIMEOUT) --output-dir solutions $(SOLVED_SRC)/[0-9][0-9]-*.ipynb

bench:
	@if [ -f bench/run.sh ]; then bash bench/run.sh; \
	elif [ -d bench ]; then $(GO) run ./bench; \
	else echo "bench: no bench/ yet"; fi

# ---- tests ------------------------------------------------------------------

test: vet gotest fuzz kernel check-bindings check-imports nbcheck notebooks-learner notebooks-solved smoke
	@echo "make test: all passed"

vet:
	$(GO) vet ./...

# The pure-Go path everywhere, then the core again on OpenBLAS (when it is
# installed), which includes the test that both train alike.
gotest:
	$(GO) test ./...
	@if pkg-config --exists openblas 2>/dev/null || ls /usr/lib/*/libopenblas.so /usr/lib/libopenblas.so >/dev/null 2>&1; then \
		echo "$(GO) test -tags openblas ./ganlite/..."; $(GO) test -tags openblas ./ganlite/...; \
	else echo "gotest: OpenBLAS not installed; skipping the -tags openblas run"; fi

# Every Fuzz target (go test -list, in packages whose tests declare one),
# FUZZTIME each (go test -fuzz takes one target per run). Go 1.26's fuzz
# coordinator can end a clean run with a bare "context deadline exceeded"
# (golang/go#75804, fixed in 1.27): that counts as a failure only if go also
# wrote a failing input to testdata/fuzz/<target>/. Temporary files go to
# /dev/shm when it exists: FuzzLoad writes every input to a file.
fuzz:
	@log=$$(mktemp); trap 'rm -f "$$log"' EXIT; n=0; \
	fuzztmp=$${TMPDIR:-/tmp}; [ -d /dev/shm ] && [ -w /dev/shm ] && fuzztmp=/dev/shm; \
	for pkg in $$($(GO) list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.Dir}} {{.ImportPath}}{{end}}' ./... | \
			while read -r dir ip; do grep -qs '^func Fuzz' "$$dir"/*_test.go && echo "$$ip"; done || true); do \
		dir=$$($(GO) list -f '{{.Dir}}' "$$pkg"); \
		for f in $$($(GO) test -list '^Fuzz' "$$pkg" | grep '^Fuzz' || true); do \
			n=$$((n+1)); \
			before=$$(ls "$$dir/testdata/fuzz/$$f" 2>/dev/null | sort); \
			if TMPDIR=$$fuzztmp $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) "$$pkg" >"$$log" 2>&1; then \
				echo "fuzz: ok  $$pkg $$f: $$(grep -o 'execs: [0-9]*' "$$log" | tail -n 1)"; \
			elif grep -q 'context deadline exceeded' "$$log" && \
				[ "$$(ls "$$dir/testdata/fuzz/$$f" 2>/dev/null | sort)" = "$$before" ]; then \
				echo "fuzz: ok  $$pkg $$f: $$(grep -o 'execs: [0-9]*' "$$log" | tail -n 1) (ignored Go's end-of-run 'context deadline exceeded', golang/go#75804: no failing input)"; \
			else \
				cat "$$log"; echo "fuzz: FAILED $$pkg $$f"; exit 1; \
			fi; \
		done; \
	done; echo "fuzz: $$n target(s), $(FUZZTIME) each"

# Notebooks and solutions agree with the lesson sources.
nbcheck:
	$(GO) run ./tools/nbgen -check

notebooks-learner: kernel
	GANLITE_QUICK=1 $(PYTHON) tools/run-notebooks --quick --timeout $(NB_TIMEOUT) $(LEARNER_NBS)

notebooks-solved: kernel
	$(GO) run ./tools/nbgen -out build/nbgen-learner
	$(PYTHON) tools/run-notebooks --solved --timeout $(NB_TIMEOUT) --output-dir build/solutions-run $(SOLVED_SRC)/[0-9][0-9]-*.ipynb

smoke: kernel
	@[ -d tools/smoke/node_modules/playwright-core ] || (cd tools/smoke && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
	node tools/smoke/smoke.js

clean:
	rm -rf build
	rm -rf "$$($(PYTHON) -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())' 2>/dev/null || echo $$HOME/.local/share/jupyter)/kernels/ganlite"
