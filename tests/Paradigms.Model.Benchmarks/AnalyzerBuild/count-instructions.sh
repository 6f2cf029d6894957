#!/usr/bin/env bash
# Counts the instructions of one cold compile of the consumer in $1, cut to Models0.cs … Models{N-1}.cs
# for N = $2 (default 500), once with Paradigms.Model.Analyzers and once with the baseline analyzer that
# does nothing (tests/Paradigms.Model.Benchmarks.Baseline), side by side, and prints both and the difference.
# Callgrind counts every instruction the compiler process executes, so the count does not move with the
# machine's load. A concurrent compile is still not repeatable to the instruction, as its threads race (docs/performance.md),
# and adding /parallel- to csc.rsp makes it serial. The runtime compiles every method
# optimized at its first call (DOTNET_TieredCompilation=0); under valgrind the tiering delays, which are
# kept in real time, would otherwise change what runs from one run to the next.
# Needs valgrind, the Release builds of both analyzers, and $1/csc.rsp: the Csc command line of the
# consumer's build without the leading csc path (docs/performance.md, "In the real compiler").
# A 50-file pair takes about 8 minutes on two cores; the 500 files about 13 serial, about 30 concurrent.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="$(cd "$1" && pwd)"
files="${2:-500}"
baseline="$repo/tests/Paradigms.Model.Benchmarks.Baseline/bin/Release/netstandard2.0/Paradigms.Model.Benchmarks.Baseline.dll"
csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(cd "$dir" && dotnet --version)/Roslyn/bincore/csc.dll"
out="$(mktemp -d)"

# One argument per line: the consumer's files from Models$files.cs on are left out, the outputs go to $out, and
# /noconfig, which csc ignores in a response file (CS2023), is passed on the command line instead.
# (The command line is split at spaces; csc.rsp holds no path with a space when the consumer's folder has none.)
write_rsp() {
  tr ' ' '\n' < "$dir/csc.rsp" | awk -v files="$files" -v out="$out/$1" -v analyzer="$2" '
    /^\/noconfig$/ { next }
    /^Models[0-9]+\.cs$/ { if (substr($0, 7) + 0 >= files) next }
    /^\/out:/ { $0 = "/out:" out ".dll" }
    /^\/refout:/ { $0 = "/refout:" out ".ref.dll" }
    /^\/analyzer:.*Paradigms\.Model\.Analyzers\.dll$/ { $0 = "/analyzer:" analyzer }
    NF { print }' > "$out/$1.rsp"
}

# The heap limit lets the compiler's server GC start under valgrind; write-xor-execute off lets valgrind follow the JIT's code.
count() {
  (cd "$dir" && DOTNET_TieredCompilation=0 DOTNET_GCHeapHardLimit=0x100000000 DOTNET_EnableWriteXorExecute=0 \
    valgrind --tool=callgrind --callgrind-out-file="$out/$1.cg" dotnet exec "$csc" /noconfig "@$out/$1.rsp") > "$out/$1.log" 2>&1
}

write_rsp analyzer "$repo/analyzers/Paradigms.Model.Analyzers/bin/Release/netstandard2.0/Paradigms.Model.Analyzers.dll"
write_rsp baseline "$baseline"
count analyzer & count baseline & wait
with=$(grep -o 'refs: *[0-9,]*' "$out/analyzer.log" | tr -d ', ' | cut -d: -f2)
without=$(grep -o 'refs: *[0-9,]*' "$out/baseline.log" | tr -d ', ' | cut -d: -f2)
awk -v a="$with" -v b="$without" -v n="$files" -v out="$out" 'BEGIN {
  printf "%d files: %.0f M instructions with the analyzer, %.0f M with the baseline, added %+.0f M (%+.2f %%); logs in %s\n",
    n, a / 1e6, b / 1e6, (a - b) / 1e6, 100 * (a - b) / b, out }'
