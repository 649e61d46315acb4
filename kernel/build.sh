#!/usr/bin/env bash
# kernel/build.sh — build the course's Jupyter kernel, "Go (ganlite)".
#
#   kernel/build.sh            build (or confirm up to date) and install the kernelspec
#   kernel/build.sh --stamp    print the stamp the current sources would produce
#   kernel/build.sh --check    exit 1 if the built kernel is stale vs the sources
#   kernel/build.sh --list     print the packages linked into the kernel
#
# What it does (see kernel/README.md for the why):
#  1. fetches pinned gophernotes, gomacro and x/tools from the Go module proxy
#     (or the local module cache) and copies gophernotes to
#     build/kernel/gopath/src/github.com/gopherdata/gophernotes, gomacro to
#     build/kernel/gomacro; applies kernel/patches/<module>/*.patch;
#  2. pins gomacro, x/tools, `godebug gotypesalias=0`, and
#     `replace github.com/ganlite/ganlite => <this repo>` in gophernotes' go.mod;
#  3. writes gomacro bindings ("import _b" files) into gophernotes' imports/
#     for every package under ./ganlite ./lessons ./solutions (found with
#     go list; cmd/, internal/ and main packages excluded) plus $EXTRA_PKGS,
#     with GOPROXY=off, using kernel/genbind;
#  4. go builds the kernel (-tags openblas when OpenBLAS is installed) into
#     build/kernel/bin/gophernotes-ganlite and installs the kernelspec "ganlite".
# A stamp (hash of the bound packages' source files inside this module, go.mod,
# go.sum, the Go version, build tags, pinned versions, this script, genbind and
# the patches) makes a no-change run cheap.
set -euo pipefail

GOPHERNOTES_VERSION=v0.7.5
GOMACRO_VERSION=v0.0.0-20240506194242-2ff796e3da10
XTOOLS_VERSION=v0.30.0
MODULE=github.com/ganlite/ganlite

# Third-party packages linked into the kernel besides this module's own.
EXTRA_PKGS=(
	gonum.org/v1/gonum/mat
	gonum.org/v1/gonum/stat
	gonum.org/v1/gonum/floats
	gonum.org/v1/plot
	gonum.org/v1/plot/plotter
	gonum.org/v1/plot/vg
	gonum.org/v1/plot/vg/draw
	gonum.org/v1/plot/vg/vgimg
)

KDIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$KDIR/.." && pwd)
B=$ROOT/build/kernel
GN=$B/gopath/src/github.com/gopherdata/gophernotes
KERNEL_BIN=$B/bin/gophernotes-ganlite
STAMP_FILE=$B/stamp

export GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:-}"
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE

T0=$(date +%s)
log() { printf "kernel: [%3ds] %s\n" "$(($(date +%s) - T0))" "$*" >&2; }
die() { printf 'kernel: error: %s\n' "$*" >&2; exit 1; }

# Build tags: OpenBLAS when its library is installed (KERNEL_TAGS overrides).
if [ -n "${KERNEL_TAGS+x}" ]; then
	TAGS=$KERNEL_TAGS
elif pkg-config --exists openblas 2>/dev/null || [ -e /usr/lib/x86_64-linux-gnu/libopenblas.so ] || [ -e /usr/lib/libopenblas.so ]; then
	TAGS=openblas
else
	TAGS=
fi
if [[ " $TAGS " == *" openblas "* ]]; then
	export CGO_LDFLAGS="${CGO_LDFLAGS:-} -lopenblas"
fi

# The packages to bind: this module's (discovered, so new lessons are picked
# up automatically) and the extras; math/rand/v2 only if gomacro lacks it.
bound_packages() {
	local patterns=() d
	for d in ganlite lessons solutions; do
		[ -d "$ROOT/$d" ] && patterns+=("./$d/...")
	done
	if [ ${#patterns[@]} -gt 0 ]; then
		(cd "$ROOT" && go list -e -tags "$TAGS" \
			-f '{{if and .GoFiles (ne .Name "main")}}{{.ImportPath}}{{end}}' "${patterns[@]}") |
			grep -v -E '/(internal|cmd)(/|$)' || true
	fi
	printf '%s\n' "${EXTRA_PKGS[@]}"
	local gomacro_dir
	gomacro_dir=$(gomod_dir github.com/cosmos72/gomacro "$GOMACRO_VERSION")
	[ -f "$gomacro_dir/imports/math_rand_v2.go" ] || echo math/rand/v2
}

# gomod_dir PATH VERSION: the module's folder in the module cache (downloads it if needed).
gomod_dir() {
	local dir="$GOMODCACHE/$(echo "$1" | sed 's/[A-Z]/!\L&/g')@$2"
	if [ ! -d "$dir" ]; then
		(cd "$ROOT" && go mod download -json "$1@$2" >/dev/null) || die "cannot download $1@$2"
	fi
	echo "$dir"
}

compute_stamp() {
	local pkgs=("$@")
	{
		echo "gophernotes=$GOPHERNOTES_VERSION gomacro=$GOMACRO_VERSION x/tools=$XTOOLS_VERSION"
		go version
		echo "tags=$TAGS cgo_ldflags=${CGO_LDFLAGS:-}"
		printf 'pkg %s\n' "${pkgs[@]}"
		sha256sum "$KDIR/build.sh" "$KDIR/genbind/main.go" "$KDIR"/patches/*/*.patch "$ROOT/go.mod" "$ROOT/go.sum"
		# Every file that goes into the compiled code of the bound packages
		# and of their dependencies inside this module.
		(cd "$ROOT" && go list -e -deps -tags "$TAGS" -f '{{if and .Module (eq .Module.Path "'"$MODULE"'")}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .CgoFiles}}{{$d}}/{{.}}
{{end}}{{range .CFiles}}{{$d}}/{{.}}
{{end}}{{range .HFiles}}{{$d}}/{{.}}
{{end}}{{range .SFiles}}{{$d}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}
{{end}}{{end}}' "${pkgs[@]}") | sort -u | xargs -r -d '\n' sha256sum
	} | sha256sum | cut -d' ' -f1
}

# kernel_data_dir: where Jupyter (for /usr/bin/python3) looks for user kernelspecs.
kernel_data_dir() {
	if [ -n "${JUPYTER_DATA_DIR:-}" ]; then
		echo "$JUPYTER_DATA_DIR"
	elif [ -x /usr/bin/python3 ] && d=$(/usr/bin/python3 -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())' 2>/dev/null); then
		echo "$d"
	else
		echo "${XDG_DATA_HOME:-$HOME/.local/share}/jupyter"
	fi
}

install_kernelspec() {
	local dir
	dir="$(kernel_data_dir)/kernels/ganlite"
	mkdir -p "$dir"
	cp "$GN/kernel/logo-32x32.png" "$GN/kernel/logo-64x64.png" "$dir/" 2>/dev/null || true
	# The kernel's own env: gomacro looks for packages it has not linked in
	# through GOPATH/GOMODCACHE; GOPROXY=off keeps it off the network.
	cat >"$dir/kernel.json" <<EOF
{
  "argv": ["$KERNEL_BIN", "{connection_file}"],
  "display_name": "Go (ganlite)",
  "language": "go",
  "name": "ganlite",
  "env": {
    "GOPATH": "$B/gopath",
    "GOMODCACHE": "$GOMODCACHE",
    "GOPROXY": "off",
    "GOFLAGS": "-mod=mod",
    "GOTOOLCHAIN": "local",
    "GOMACRO_EXPORT_INDEX": "$B/export-index.txt"
  }
}
EOF
	log "kernelspec installed: $dir/kernel.json"
}

# ---- main -------------------------------------------------------------------

mapfile -t PKGS < <(bound_packages | awk 'NF && !seen[$0]++')

case "${1:-}" in
--list)
	printf '%s\n' "${PKGS[@]}"
	exit 0
	;;
--stamp)
	compute_stamp "${PKGS[@]}"
	exit 0
	;;
--check)
	want=$(compute_stamp "${PKGS[@]}")
	have=$(cat "$STAMP_FILE" 2>/dev/null || true)
	if [ ! -x "$KERNEL_BIN" ] || [ "$want" != "$have" ]; then
		die "the built kernel's bindings are stale (or missing) for the current sources: run 'make kernel'"
	fi
	log "bindings up to date (${#PKGS[@]} packages, stamp ${want:0:12})"
	exit 0
	;;
"") ;;
*) die "unknown argument $1" ;;
esac

mkdir -p "$B"
exec 9>"$B/.lock"
flock 9 # one build at a time (parallel make test runs share build/)

start=$(date +%s)
stamp=$(compute_stamp "${PKGS[@]}")
if [ -x "$KERNEL_BIN" ] && [ "$(cat "$STAMP_FILE" 2>/dev/null || true)" = "$stamp" ]; then
	log "up to date (${#PKGS[@]} packages bound, stamp ${stamp:0:12})"
	install_kernelspec
	exit 0
fi
log "building (tags: ${TAGS:-none}); packages bound:"
printf '  %s\n' "${PKGS[@]}" >&2

# 1. Pinned sources, fresh copies, patched.
gn_src=$(gomod_dir github.com/gopherdata/gophernotes "$GOPHERNOTES_VERSION")
gm_src=$(gomod_dir github.com/cosmos72/gomacro "$GOMACRO_VERSION")
gomod_dir golang.org/x/tools "$XTOOLS_VERSION" >/dev/null
rm -rf "$B/gopath" "$B/gomacro"
mkdir -p "$(dirname "$GN")"
cp -r "$gn_src" "$GN"
cp -r "$gm_src" "$B/gomacro"
chmod -R u+w "$B/gopath" "$B/gomacro"
rm -rf "$GN/examples" "$GN/fixtures" "$GN/paper" "$GN/files" "$GN"/Dockerfile* "$GN"/Gopkg.*
for p in "$KDIR"/patches/gophernotes/*.patch; do
	patch -s -p1 -d "$GN" <"$p" || die "patch $p failed"
done
for p in "$KDIR"/patches/gomacro/*.patch; do
	patch -s -p1 -d "$B/gomacro" <"$p" || die "patch $p failed"
done

# 2. go.mod: pins, godebug, replaces, and the modules of the bound packages at
# the versions this repo's go.mod selects.
cd "$GN"
mod_reqs=()
while read -r m; do
	[ -n "$m" ] && mod_reqs+=("-require=$m")
done < <(cd "$ROOT" && go list -e -f '{{with .Module}}{{if and (ne .Path "'"$MODULE"'") .Version}}{{.Path}}@{{.Version}}{{end}}{{end}}' "${PKGS[@]}" | sort -u)
go mod edit -go=1.26.0 \
	-require=github.com/cosmos72/gomacro@"$GOMACRO_VERSION" \
	-require=golang.org/x/tools@"$XTOOLS_VERSION" \
	-require="$MODULE"@v0.0.0-00010101000000-000000000000 \
	-replace="$MODULE"="$ROOT" \
	-replace=github.com/cosmos72/gomacro="$B/gomacro" \
	-replace=golang.org/x/tools=golang.org/x/tools@"$XTOOLS_VERSION" \
	-godebug=gotypesalias=0 \
	"${mod_reqs[@]}"
# Blank imports keep every bound package's module required while tidying.
{
	echo "// Code generated by kernel/build.sh. DO NOT EDIT."
	echo
	echo "package imports"
	echo
	echo "import ("
	printf '\t_ "%s"\n' "${PKGS[@]}"
	echo ")"
} >imports/zz_ganlite_deps.go
mkdir -p internal/genbind
cp "$KDIR/genbind/main.go" internal/genbind/main.go
GOFLAGS="${GOFLAGS//-mod=mod/}" go mod tidy || die "go mod tidy failed in $GN"
rm imports/zz_ganlite_deps.go # the bindings import the packages from now on

# 3. Bindings, offline. A shim "go" turns gomacro's "go get" into a no-op
# (every module is pinned above; "go get" would ask the proxy for upgrades).
mkdir -p "$B/shim/bin"
cat >"$B/shim/bin/go" <<EOF
#!/bin/sh
[ "\$1" = get ] && exit 0
exec "$(go env GOROOT)/bin/go" "\$@"
EOF
chmod +x "$B/shim/bin/go"
# genbind links only gomacro and its standard-library bindings (imports/ holds
# no course bindings yet), so it is rebuilt only when those inputs change.
genbind_stamp=$({
	echo "$GOPHERNOTES_VERSION $GOMACRO_VERSION $XTOOLS_VERSION tags=$TAGS"
	go version
	cat "$KDIR/genbind/main.go" "$KDIR"/patches/*/*.patch
} | sha256sum | cut -d' ' -f1)
if [ -x "$B/genbind" ] && [ "$(cat "$B/genbind.stamp" 2>/dev/null || true)" = "$genbind_stamp" ]; then
	log "genbind up to date"
else
	log "building genbind"
	go build -tags "$TAGS" -o "$B/genbind" ./internal/genbind/main.go
	echo "$genbind_stamp" >"$B/genbind.stamp"
fi
log "generating bindings (GOPROXY=off)"
cp go.mod "$B/go.mod.pinned"
(cd "$B" && env GOPATH="$B/gopath" GOPROXY=off GOFLAGS=-mod=mod GENBIND_GOROOT="$B/shim" \
	"$B/genbind" "${PKGS[@]}") 2>&1 | grep -v -E '^// (debug|warning): (running "go get|created files in|redefined identifier: _b|skipping import of .*generic)' >&2 || true
for pkg in "${PKGS[@]}"; do
	f=$(echo "$pkg" | sed -E 's/[^A-Za-z0-9_]/_/g; s/^./\L&/').go
	[ -s "imports/$f" ] || die "genbind wrote no bindings for $pkg (imports/$f)"
done
cmp -s go.mod "$B/go.mod.pinned" || die "generating bindings changed $GN/go.mod (see diff with $B/go.mod.pinned)"
log "$(ls imports | grep -c -v -E '^(README.md|a_package.go)$') binding files"

# 4. The kernel.
log "building kernel"
mkdir -p "$B/bin"
go build -tags "$TAGS" -o "$KERNEL_BIN.tmp" .
mv "$KERNEL_BIN.tmp" "$KERNEL_BIN"
# Where the standard library's export data is (all in the build cache already:
# the kernel links those packages), for gomacro's importer; see
# patches/gomacro/0002-export-data-index.patch.
go list -export -deps -tags "$TAGS" -f '{{if .Standard}}{{.ImportPath}} {{.Export}}{{end}}' . >"$B/export-index.txt.tmp"
mv "$B/export-index.txt.tmp" "$B/export-index.txt"
echo "$stamp" >"$STAMP_FILE"
install_kernelspec
log "built in $(($(date +%s) - start)) s: $KERNEL_BIN"
