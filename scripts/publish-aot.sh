#!/usr/bin/env bash
# Publishes sdkgen as a Native AOT executable, runs its demo, and prints the binary's size and start-up time.
# Not part of .ci/run: the native compile takes 3-11 minutes on 2 cores. Targets net10.0, like every other build.
#
#   scripts/publish-aot.sh [output-dir]
#
# Native AOT links with clang; on a fresh Debian machine this script installs it (and zlib) with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/aot}"

if ! command -v clang >/dev/null 2>&1; then
  echo "Installing clang and zlib1g-dev (needed by the Native AOT linker)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi

start=$(date +%s)
dotnet publish src/SdkGen.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out"
echo "Published in $(( $(date +%s) - start )) s"

demo_start=$(date +%s%N)
"$out/sdkgen" demo
echo "Demo: $(( ($(date +%s%N) - demo_start) / 1000000 )) ms wall"
size=$(stat -c %s "$out/sdkgen")
echo "Binary: $out/sdkgen, $(( size / 1024 / 1024 )) MiB ($size bytes)"

# Start-up: the median of 11 runs of a command that does nothing but parse its arguments.
times=()
for _ in $(seq 11); do
  t0=$(date +%s%N); "$out/sdkgen" --help >/dev/null; t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
echo "Start-up (sdkgen --help), median of 11: ${median} ms"
