#!/usr/bin/env bash
# Benchmarks of SdkGen: generator stages and driver runs, incremental reruns, a real `dotnet build` of GitHub's
# spec beside the same build of NSwag's output, `sdkgen generate` against NSwag's CLI, and the per-call overhead.
# Fetches its large inputs into tests/SdkGen.Benchmarks/.data/ (not committed) and writes results.md beside this file.
#
#   tests/SdkGen.Benchmarks/run.sh [--quick] [--only 1,2,3,4,5] [--build-spec github|twilio|...]
#
# --quick:      fewer rounds everywhere; the figures are noisier.
# --only:       run only these sections (1 stages, 2 incremental, 3 dotnet build vs NSwag's output, 4 sdkgen vs
#               NSwag's CLI, 5 per call). results.md then holds only those sections, all from this run: figures are
#               never carried over from an earlier run.
# --build-spec: the spec section 3 builds (default github; a vendor spec such as twilio makes a quick check of the
#               script itself, and results.md says which spec it was).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DATA="$HERE/.data"
RAW="$DATA/results"
SCRATCH="${SDKGEN_BENCH_SCRATCH:-/tmp/sdkgen-bench}"
QUICK=0
ONLY=1,2,3,4,5
BUILD_SPEC=github
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) ONLY="$2"; shift ;;
    --build-spec) BUILD_SPEC="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
want() { [[ ",$ONLY," == *",$1,"* ]]; }

if [[ $QUICK == 1 ]]; then
  VENDOR_ROUNDS=8; GITHUB_ROUNDS=2; INCREMENTAL_ROUNDS=6; COMPARE_RUNS=3; GITHUB_COMPARE_RUNS=2; BUILD_RUNS=1; PERCALL=(--quick); PAIRED_ROUNDS=20
else
  VENDOR_ROUNDS=25; GITHUB_ROUNDS=4; INCREMENTAL_ROUNDS=20; COMPARE_RUNS=5; GITHUB_COMPARE_RUNS=5; BUILD_RUNS=5; PERCALL=(); PAIRED_ROUNDS=200
fi

OCTOKIT_VERSION=23.0.2
NSWAG_VERSION=14
VENDORS=(bandwidth twilio genesys signalwire)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n=== %s\n' "$*" >&2; }
started=$(date +%s)
date_start=$(date -u +%Y-%m-%dT%H:%MZ)
# The commit measured, taken before anything is built; "-dirty" when the working tree has uncommitted changes.
commit_start=$(git -C "$REPO" describe --always --dirty 2>/dev/null || echo unknown)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$DATA" "$SCRATCH"
rm -rf "$RAW"   # results.md is written from this run's figures only
mkdir -p "$RAW"
export SDKGEN_BENCH_FIGURES="$RAW/figures.txt"
touch "$SDKGEN_BENCH_FIGURES"
COMMANDS="$RAW/commands.txt"
: > "$COMMANDS.setup"
cmd() { printf '%s\n' "$*" >> "$COMMANDS.${SECTION:-setup}"; }
section() { SECTION=$1; : > "$COMMANDS.$1"; log "$2"; }

# ---------------------------------------------------------------------------------------------------------------
log "Inputs (idempotent)"
GITHUB="$DATA/github"
mkdir -p "$GITHUB"
if [[ ! -f "$GITHUB/api.github.com.json" ]]; then
  (cd "$DATA" && npm pack --silent "@octokit/openapi@$OCTOKIT_VERSION" >/dev/null)
  tar -xzf "$DATA/octokit-openapi-$OCTOKIT_VERSION.tgz" -C "$GITHUB" --strip-components=2 package/generated/api.github.com.json
  rm -f "$DATA/octokit-openapi-$OCTOKIT_VERSION.tgz"
fi
cmd "npm pack @octokit/openapi@$OCTOKIT_VERSION; tar -xzf octokit-openapi-$OCTOKIT_VERSION.tgz package/generated/api.github.com.json"
# OpenAPI forbids two path templates that differ only in parameter names; GitHub's spec has two such pairs
# (/orgs|users/{x}/attestations/{attestation_id} beside .../{subject_digest}) and SdkGen rejects it (SDKGEN002).
# The figures use a copy with the two DELETE paths renamed (.../attestations/by-id/{attestation_id}); same size and
# operation count. The as-published file is measured too, as github-json-asis.
if [[ ! -f "$GITHUB/api.github.com.fixed.json" || ! -f "$GITHUB/api.github.com.fixed.yaml" || ! -f "$GITHUB/api.github.com.reachable.json" ]]; then
  python3 - "$GITHUB" <<'PY'
import json, sys, yaml
d = sys.argv[1]
doc = json.load(open(f"{d}/api.github.com.json", encoding="utf-8"))
doc["paths"] = {(k.replace("/attestations/{attestation_id}", "/attestations/by-id/{attestation_id}")): v for k, v in doc["paths"].items()}
json.dump(doc, open(f"{d}/api.github.com.fixed.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
yaml.dump(doc, open(f"{d}/api.github.com.fixed.yaml", "w", encoding="utf-8"), Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
          sort_keys=False, allow_unicode=True, width=1 << 30)
# A projection, not a real input: the fixed copy without the component schemas no operation references (mostly
# webhook payloads), i.e. what SdkGen would produce if it emitted only reachable schemas.
def refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                found.add(v)
            else:
                refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)
seen, todo = set(), set()
refs(doc["paths"], todo)
while todo:
    ref = todo.pop()
    if ref in seen or not ref.startswith("#/"):
        continue
    seen.add(ref)
    node = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    found = set(); refs(node, found); todo |= found - seen
schemas = doc["components"]["schemas"]
doc["components"]["schemas"] = {k: v for k, v in schemas.items() if "#/components/schemas/" + k in seen}
doc.pop("x-webhooks", None)
json.dump(doc, open(f"{d}/api.github.com.reachable.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(f"reachable copy: {len(doc['components']['schemas'])} of {len(schemas)} component schemas kept", file=sys.stderr)
PY
fi
cmd "python3 (PyYAML $(python3 -c 'import yaml; print(yaml.__version__)')): rename the two duplicate attestation path templates -> api.github.com.fixed.json, yaml.dump -> api.github.com.fixed.yaml; drop unreferenced component schemas -> api.github.com.reachable.json"

if [[ ! -f "$DATA/node_modules/nswag/package.json" ]]; then
  (cd "$DATA" && npm install --silent --no-audit --no-fund --no-save --prefix "$DATA" "nswag@$NSWAG_VERSION" >/dev/null)
fi
NSWAG_BIN="$(ls -d "$DATA"/node_modules/nswag/bin/binaries/Net100 2>/dev/null || ls -d "$DATA"/node_modules/nswag/bin/binaries/Net* | sort -V | tail -1)"
NSWAG_DLL="$NSWAG_BIN/dotnet-nswag.dll"
NSWAG_VERSION_FULL="$(python3 -c "import json;print(json.load(open('$DATA/node_modules/nswag/package.json'))['version'])")"
cmd "npm install nswag@$NSWAG_VERSION  (got $NSWAG_VERSION_FULL; CLI: dotnet ${NSWAG_DLL#$HERE/})"

# ---------------------------------------------------------------------------------------------------------------
log "NSwag client for specs/twilio.yaml (per-call benchmark)"
mkdir -p "$DATA/nswag" "$DATA/nswag-raw"
dotnet "$NSWAG_DLL" openapi2csclient /input:"$REPO/specs/twilio.yaml" /output:"$DATA/nswag-raw/twilio.cs" \
  /namespace:SdkGen.Benchmarks.NSwag.Twilio /className:TwilioNSwagClient /JsonLibrary:SystemTextJson >/dev/null
# NSwag writes `status_ == 4XX` for the spec's 4XX/5XX response ranges, which is not C#; the benchmark copy is
# patched to `status_ / 100 == 4` and compiled with warnings off. The unpatched output is what the compile check uses.
{
  printf '// Generated by NSwag %s from specs/twilio.yaml; patched by run.sh: "status_ == 4XX" (not C#) -> "status_ / 100 == 4".\n#nullable disable\n#pragma warning disable\n' "$NSWAG_VERSION_FULL"
  sed -E 's/status_ == ([1-5])XX/status_ \/ 100 == \1/g' "$DATA/nswag-raw/twilio.cs"
} > "$DATA/nswag/TwilioNSwagClient.cs.tmp"
if ! cmp -s "$DATA/nswag/TwilioNSwagClient.cs.tmp" "$DATA/nswag/TwilioNSwagClient.cs" 2>/dev/null; then
  mv "$DATA/nswag/TwilioNSwagClient.cs.tmp" "$DATA/nswag/TwilioNSwagClient.cs"
else
  rm -f "$DATA/nswag/TwilioNSwagClient.cs.tmp"
fi
cmd "dotnet dotnet-nswag.dll openapi2csclient /input:specs/twilio.yaml /output:.data/nswag-raw/twilio.cs /namespace:SdkGen.Benchmarks.NSwag.Twilio /className:TwilioNSwagClient /JsonLibrary:SystemTextJson"

# ---------------------------------------------------------------------------------------------------------------
log "Build (Release): benchmarks and the sdkgen CLI"
dotnet build "$HERE/SdkGen.Benchmarks.csproj" -c Release -nologo -v q -clp:ErrorsOnly
dotnet build "$REPO/src/SdkGen.Cli/SdkGen.Cli.csproj" -c Release -nologo -v q -clp:ErrorsOnly
BENCH=(dotnet "$HERE/bin/Release/net10.0/SdkGen.Benchmarks.dll")
SDKGEN_DLL="$REPO/src/SdkGen.Cli/bin/Release/net10.0/sdkgen.dll"
cmd "dotnet build tests/SdkGen.Benchmarks/SdkGen.Benchmarks.csproj -c Release; dotnet build src/SdkGen.Cli/SdkGen.Cli.csproj -c Release"

# ---------------------------------------------------------------------------------------------------------------
if want 1; then
section 1 "1. Generator stages and driver runs"
rm -f "$RAW"/stages.*.md
"${BENCH[@]}" stages "${VENDORS[@]}" --rounds "$VENDOR_ROUNDS" --out "$RAW/stages"
for spec in github-json github-yaml; do
  "${BENCH[@]}" stages "$spec" --rounds "$GITHUB_ROUNDS" --out "$RAW/stages"
  "${BENCH[@]}" driver-cold "$spec" --out "$RAW/stages"
done
"${BENCH[@]}" stages github-json-reachable --rounds "$GITHUB_ROUNDS" --out "$RAW/stages"
"${BENCH[@]}" stages github-json-asis --rounds 2 --out "$RAW/stages" || true
"${BENCH[@]}" stage-allocs github-json --out "$RAW/stage-allocs.md"
cmd "dotnet SdkGen.Benchmarks.dll stages ${VENDORS[*]} --rounds $VENDOR_ROUNDS; stages github-json|github-yaml|github-json-reachable --rounds $GITHUB_ROUNDS; driver-cold github-json|github-yaml; stages github-json-asis --rounds 2; stage-allocs github-json"
fi

# ---------------------------------------------------------------------------------------------------------------
if want 2; then
section 2 "2. Incremental reruns"
"${BENCH[@]}" incremental --rounds "$INCREMENTAL_ROUNDS" --out "$RAW/incremental.md"
cmd "dotnet SdkGen.Benchmarks.dll incremental --rounds $INCREMENTAL_ROUNDS"
fi

# ---------------------------------------------------------------------------------------------------------------
if want 3; then
section 3 "3. dotnet build: GitHub's spec through the generator vs NSwag's output as plain source"
rm -f "$RAW"/build-*
# The spec built (github by default; --build-spec twilio makes a cheap run while working on this script).
if [[ $BUILD_SPEC == github ]]; then
  BUILD_INPUT="$GITHUB/api.github.com.fixed.json"; BUILD_NS=Bench.GitHub; BUILD_CLIENT=GitHubClient
else
  BUILD_INPUT="$REPO/specs/$BUILD_SPEC.yaml"; BUILD_NS="Bench.$BUILD_SPEC"; BUILD_CLIENT=BenchClient
fi
printf 'spec=%s\nfile=%s\n' "$BUILD_SPEC" "${BUILD_INPUT#$REPO/}" > "$RAW/build-spec.txt"
# NSwag's client for the same spec, patched only as far as it needs to compile (nswag_patch.py says what it did).
NSWAG_BUILD_RAW="$DATA/nswag-raw/build-$BUILD_SPEC.cs"
if [[ ! -s "$NSWAG_BUILD_RAW" || "$BUILD_INPUT" -nt "$NSWAG_BUILD_RAW" ]]; then
  dotnet "$NSWAG_DLL" openapi2csclient /input:"$BUILD_INPUT" /output:"$NSWAG_BUILD_RAW" \
    /namespace:"$BUILD_NS.NSwag" /className:"$BUILD_CLIENT" /JsonLibrary:SystemTextJson >/dev/null
fi
BUILD_DIR="$SCRATCH/build-sdkgen"
NSWAG_DIR="$SCRATCH/build-nswag"
BASE_DIR="$SCRATCH/build-baseline"
rm -rf "$BUILD_DIR" "$NSWAG_DIR" "$BASE_DIR"; mkdir -p "$BUILD_DIR" "$NSWAG_DIR" "$BASE_DIR"
: > "$RAW/build-nswag-patches.txt"
python3 "$HERE/nswag_patch.py" "$NSWAG_BUILD_RAW" "$NSWAG_DIR/NSwagClient.cs" "$RAW/build-nswag-patches.txt" "$BUILD_SPEC"
python3 - "$NSWAG_DIR/NSwagClient.cs" > "$RAW/build-nswag-size.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
print(f"chars={len(text)}\nlines={text.count(chr(10))}")
PY
# Three projects alike in everything but the client: the generator's props/targets and analyzer reference, SdkGen.Runtime,
# net10.0, Nullable on, one hand-written file (Placeholder.cs, the "unrelated edit"). sdkgen adds the spec as
# AdditionalFiles; nswag adds NSwag's output as a plain .cs file; baseline adds nothing.
write_consumer() { # dir, kind (sdkgen|nswag|baseline)
  local spec_item=""
  if [[ $2 == sdkgen ]]; then
    spec_item="<AdditionalFiles Include=\"$BUILD_INPUT\" SdkGenNamespace=\"$BUILD_NS\" SdkGenClientName=\"$BUILD_CLIENT\" />"
  fi
  cat > "$1/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$REPO/generator/SdkGen.Generator/build/SdkGen.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/generator/SdkGen.Generator/SdkGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$REPO/src/SdkGen.Runtime/SdkGen.Runtime.csproj" />
    $spec_item
  </ItemGroup>
  <Import Project="$REPO/generator/SdkGen.Generator/build/SdkGen.Generator.targets" />
</Project>
XML
  echo 'namespace Consumer { public static class Placeholder { } }' > "$1/Placeholder.cs"
}
write_consumer "$BUILD_DIR" sdkgen
write_consumer "$NSWAG_DIR" nswag
write_consumer "$BASE_DIR" baseline

# Peak RSS of the compiler process itself (VmHWM of csc.dll), sampled while the build runs. Only compilers started by
# this build count (they inherit SDKGEN_BENCH_BUILD); other builds on the machine are not this one's.
watch_csc() { # build pid, tag, output file
  local max=0 pid hwm
  while kill -0 "$1" 2>/dev/null; do
    for pid in $(pgrep -f 'Roslyn/bincore/csc( |\.dll)' || true); do
      grep -qzx "SDKGEN_BENCH_BUILD=$2" "/proc/$pid/environ" 2>/dev/null || continue
      hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [[ -n "$hwm" && "$hwm" -gt "$max" ]] && max=$hwm
    done
    sleep 0.2
  done
  echo "$max" > "$3"
}
measured_build() { # dir, label, index
  local out="$RAW/build-$2-$3" tag="$2-$3-$$"
  cat /proc/loadavg > "$out.load"
  SDKGEN_BENCH_BUILD="$tag" /usr/bin/time -v -o "$out.time" dotnet build "$1/Consumer.csproj" -c Release -nologo -v d -nodeReuse:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true > "$out.log" 2>&1 &
  local pid=$!
  watch_csc "$pid" "$tag" "$out.csc" &
  local watcher=$!
  local rc=0
  wait "$pid" || rc=$?
  wait "$watcher" || true
  echo "$rc" > "$out.rc"
  log "  $2 $3: exit $rc, $(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out.time") wall"
}
# First builds restore and build the generator and the runtime, then the consumer. Then, alternating so that load
# from elsewhere falls on both: touch Placeholder.cs (an unrelated edit) and rebuild each; last, touch the spec
# (SdkGen's input changes, so the generator's output does) and rebuild.
dotnet build-server shutdown >/dev/null 2>&1 || true
measured_build "$BUILD_DIR" sdkgen-first 0
measured_build "$NSWAG_DIR" nswag-first 0
for i in $(seq 1 "$BUILD_RUNS"); do
  touch "$BUILD_DIR/Placeholder.cs"; measured_build "$BUILD_DIR" sdkgen-unrelated "$i"
  touch "$NSWAG_DIR/Placeholder.cs"; measured_build "$NSWAG_DIR" nswag-unrelated "$i"
done
touch "$BUILD_INPUT"   # the spec is a compile input: CoreCompile runs again
measured_build "$BUILD_DIR" sdkgen-spec 1
measured_build "$BASE_DIR" baseline-first 0
touch "$BASE_DIR/Placeholder.cs"
measured_build "$BASE_DIR" baseline-unrelated 1
cmd "NSwag's client for the build: dotnet dotnet-nswag.dll openapi2csclient /input:${BUILD_INPUT#$REPO/} /namespace:$BUILD_NS.NSwag /className:$BUILD_CLIENT /JsonLibrary:SystemTextJson; python3 nswag_patch.py (only what it needs to compile)"
cmd "cd $SCRATCH/build-{sdkgen,nswag,baseline} && /usr/bin/time -v dotnet build -c Release -v d -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true   (first builds; then touch Placeholder.cs and rebuild, sdkgen and nswag alternating, x$BUILD_RUNS; then touch the spec and rebuild sdkgen; csc peak = VmHWM of this build's compiler process sampled every 0.2 s)"
fi

# ---------------------------------------------------------------------------------------------------------------
if want 4; then
section 4 "4. sdkgen generate vs NSwag, alternating"
COMPARE="$SCRATCH/compare"
rm -rf "$COMPARE"; mkdir -p "$COMPARE"
: > "$RAW/compare.tsv"; : > "$RAW/chars.tsv"
run_timed() { # tool spec input run-index
  local tool=$1 spec=$2 input=$3 i=$4 out="$COMPARE/$1/$2" rc=0 ns="Bench.${2//-/_}" 
  rm -rf "$out"; mkdir -p "$out"
  if [[ $tool == sdkgen ]]; then
    /usr/bin/time -f '%e %M %U %S' -o "$COMPARE/t" dotnet "$SDKGEN_DLL" generate "$input" -o "$out" --namespace "$ns" --client-name BenchClient \
      > "$COMPARE/$tool-$spec.log" 2>&1 || rc=$?
  else
    /usr/bin/time -f '%e %M %U %S' -o "$COMPARE/t" dotnet "$NSWAG_DLL" openapi2csclient /input:"$input" /output:"$out/BenchClient.cs" \
      /namespace:"$ns" /className:BenchClient /JsonLibrary:SystemTextJson > "$COMPARE/$tool-$spec.log" 2>&1 || rc=$?
  fi
  local files bytes
  files=$(find "$out" -type f | wc -l); bytes=$(du -sb "$out" | cut -f1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$spec" "$i" "$(tail -1 "$COMPARE/t" | tr ' ' '\t')" "$rc" "$files" >> "$RAW/compare.tsv"
  echo "$bytes" > "$COMPARE/$tool-$spec.bytes"
  if [[ $i == 1 && $rc == 0 ]]; then # generated characters (not bytes), the same count for both tools
    python3 - "$tool" "$spec" "$out" >> "$RAW/chars.tsv" <<'PY'
import os, sys
tool, spec, out = sys.argv[1:4]
chars = lines = files = 0
for root, _, names in os.walk(out):
    for name in names:
        text = open(os.path.join(root, name), encoding="utf-8").read()
        chars += len(text); lines += text.count("\n"); files += 1
print(f"{tool}\t{spec}\t{chars}\t{lines}\t{files}")
PY
  fi
}
declare -A INPUTS=([github-json]="$GITHUB/api.github.com.fixed.json" [github-yaml]="$GITHUB/api.github.com.fixed.yaml" [github-json-asis]="$GITHUB/api.github.com.json")
for v in "${VENDORS[@]}"; do INPUTS[$v]="$REPO/specs/$v.yaml"; done
for spec in "${VENDORS[@]}" github-json github-yaml github-json-asis; do
  n=$COMPARE_RUNS
  [[ $spec == github-json || $spec == github-yaml ]] && n=$GITHUB_COMPARE_RUNS
  [[ $spec == github-json-asis ]] && n=1
  for i in $(seq 1 "$n"); do
    run_timed sdkgen "$spec" "${INPUTS[$spec]}" "$i"
    run_timed nswag "$spec" "${INPUTS[$spec]}" "$i"
  done
done
cmd "dotnet src/SdkGen.Cli/bin/Release/net10.0/sdkgen.dll generate SPEC -o DIR --namespace Bench.X --client-name BenchClient"
cmd "dotnet $(basename "$(dirname "$NSWAG_BIN")")/$(basename "$NSWAG_BIN")/dotnet-nswag.dll openapi2csclient /input:SPEC /output:DIR/BenchClient.cs /namespace:Bench.X /className:BenchClient /JsonLibrary:SystemTextJson"
cmd "(alternating sdkgen, nswag; $COMPARE_RUNS runs per vendor spec, $GITHUB_COMPARE_RUNS per GitHub spec; /usr/bin/time -f '%e %M %U %S': wall, max RSS, user and system CPU)"

log "4b. Does NSwag's output compile?"
: > "$RAW/nswag-compile.tsv"
compile_alone() { # dir with BenchClient.cs -> "rc<TAB>count errors<TAB>first error<TAB>wall kB"
  cat > "$1/NSwagOutput.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
  local rc=0 errors count first
  /usr/bin/time -f '%e %M' -o "$1/time" dotnet build "$1/NSwagOutput.csproj" -c Release -nologo -v q -clp:NoSummary > "$1/build.log" 2>&1 || rc=$?
  errors=$(grep -E ': error [A-Z]+[0-9]+' "$1/build.log" | sed -E 's/^.*: error ([A-Z]+[0-9]+).*$/\1/' | sort | uniq -c | sort -rn | awk '{printf "%s×%s ", $2, $1}' || true)
  count=$(grep -cE ': error [A-Z]+[0-9]+' "$1/build.log" || true)
  first=$(grep -m1 -E ': error ' "$1/build.log" | sed -E "s|^$1/||; s/ \[.*$//" | cut -c1-160 || true)
  printf '%s\t%s\t%s\t%s' "$rc" "${count:-0} ${errors}" "$first" "$(tail -1 "$1/time")"
}
for spec in "${VENDORS[@]}" github-json; do   # (github-json-asis gives NSwag the same schemas; one GitHub build is enough)
  dir="$SCRATCH/nswag-compile/$spec"
  rm -rf "$dir"; mkdir -p "$dir/patched"
  cp "$COMPARE/nswag/$spec/BenchClient.cs" "$dir/" 2>/dev/null || { printf '%s\tno output\t\t\n' "$spec" >> "$RAW/nswag-compile.tsv"; continue; }
  as_generated=$(compile_alone "$dir")
  after_patch=""
  if [[ ${as_generated%%$'\t'*} != 0 ]]; then # the same file after nswag_patch.py, as section 3 builds it
    python3 "$HERE/nswag_patch.py" "$dir/BenchClient.cs" "$dir/patched/BenchClient.cs" "$RAW/nswag-compile-patches.txt" "$spec" 2>/dev/null
    after_patch=$(compile_alone "$dir/patched")
  fi
  printf '%s\t%s\t%s\n' "$spec" "$as_generated" "$after_patch" >> "$RAW/nswag-compile.tsv"
done
cmd "NSwag output compiled alone: a net10.0 class library (Nullable and ImplicitUsings off), /usr/bin/time dotnet build -c Release; when it fails, again after python3 nswag_patch.py"
fi

# ---------------------------------------------------------------------------------------------------------------
if want 5; then
section 5 "5. Per-call overhead (BenchmarkDotNet)"
"${BENCH[@]}" percall "${PERCALL[@]}" --out "$RAW/percall.md"
"${BENCH[@]}" percall-allocs --calls 100000 --out "$RAW/percall-allocs.md"
"${BENCH[@]}" percall-paired --rounds "$PAIRED_ROUNDS" --out "$RAW/percall-paired.md"
cmd "dotnet SdkGen.Benchmarks.dll percall ${PERCALL[*]}   (BenchmarkDotNet $(grep -o 'BenchmarkDotNet" Version="[^"]*' "$REPO/Directory.Packages.props" | sed 's/.*"//'), in-process toolchain, launchCount 1, warmup $([[ $QUICK == 1 ]] && echo 1 || echo 5), iterations $([[ $QUICK == 1 ]] && echo 5 || echo 40) of 250 ms after an interleaved warm-up of every client, MemoryDiagnoser)"
cmd "dotnet SdkGen.Benchmarks.dll percall-allocs --calls 100000   (AllocationTick samples by type)"
cmd "dotnet SdkGen.Benchmarks.dll percall-paired --rounds $PAIRED_ROUNDS   (2,000 calls per client per batch, thread CPU time)"
fi

# ---------------------------------------------------------------------------------------------------------------
log "Report"
SECTION=
cat "$COMMANDS".setup "$COMMANDS".[1-5] > "$COMMANDS" 2>/dev/null || true
cat > "$RAW/machine.txt" <<EOF
nproc=$(nproc)
cpu=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
memory=$(free -h | awk '/^Mem:/ {print $2}')
memory_available_end=$(free -h | awk '/^Mem:/ {print $7}')
dotnet=$(dotnet --version)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
roslyn_host=$(grep -o 'Microsoft.CodeAnalysis.CSharp" Version="[^"]*' "$REPO/Directory.Packages.props" | sed 's/.*"//')
nswag=$NSWAG_VERSION_FULL
octokit=$OCTOKIT_VERSION
quick=$QUICK
sections=$ONLY
duration=$(( $(date +%s) - started ))
load=$load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end
date=$(date -u +%Y-%m-%dT%H:%MZ)
date_start=$date_start
build_spec=$BUILD_SPEC
commit=$commit_start
EOF
python3 "$HERE/report.py" "$RAW" "$HERE/results.md"
echo "Wrote $HERE/results.md ($(( $(date +%s) - started )) s)"
