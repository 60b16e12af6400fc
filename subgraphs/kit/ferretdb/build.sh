#!/usr/bin/env bash
# Builds the FerretDB launcher used by the embedded database default into .data/bin/pos-ferretdb.
# `go install github.com/FerretDB/FerretDB/cmd/ferretdb` yields a binary that panics at start,
# hence this launcher module (see main.go).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/.data/bin/pos-ferretdb"

if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  export PATH="/usr/local/go/bin:$PATH"
fi
command -v go >/dev/null 2>&1 || { echo "build.sh: go is not on PATH" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
# Build beside the target and rename, so a running starter never executes a half-written file.
partial="$out.partial-$$"
trap 'rm -f "$partial"' EXIT
(cd "$here" && GOFLAGS="${GOFLAGS:-} -buildvcs=false" go build -o "$partial" .)
mv -f "$partial" "$out"
echo "built $out"
