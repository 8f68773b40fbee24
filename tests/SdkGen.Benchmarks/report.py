#!/usr/bin/env python3
"""Turns the raw outputs run.sh collected (RAW dir) into results.md. Usage: report.py RAW OUT.md"""
import glob
import os
import re
import statistics
import sys

raw, out = sys.argv[1], sys.argv[2]


def read(name, default=""):
    path = os.path.join(raw, name)
    return open(path, encoding="utf-8").read() if os.path.exists(path) else default


def kv(text):
    result = {}
    for line in text.splitlines():
        if "=" in line:
            k, v = line.split("=", 1)
            result[k.strip()] = v.strip()
    return result


figures = kv(read("figures.txt"))
machine = kv(read("machine.txt"))


def fnum(key):
    try:
        return float(figures[key])
    except (KeyError, ValueError):
        return None


def ms(value):
    if value is None:
        return "n/a"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def gib(kb):
    return f"{kb / 1024 / 1024:.2f} GiB" if kb >= 1024 * 1024 else f"{kb / 1024:.0f} MiB"


def verdict(ok):
    return "met" if ok else "**missed**"


# ---- build (item 3)
def time_v(path):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    user = re.search(r"User time \(seconds\): ([\d.]+)", text)
    system = re.search(r"System time \(seconds\): ([\d.]+)", text)
    time_v.cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
    seconds = None
    if wall:
        parts = [float(p) for p in wall.group(1).split(":")]
        seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    return seconds, int(rss.group(1)) if rss else None


def build(label, index):
    stem = os.path.join(raw, f"build-{label}-{index}")
    wall, tree_rss = time_v(stem + ".time")
    cpu = time_v.cpu
    csc = int(open(stem + ".csc").read().strip() or 0) if os.path.exists(stem + ".csc") else 0
    log = open(stem + ".log", encoding="utf-8", errors="replace").read() if os.path.exists(stem + ".log") else ""
    rc = open(stem + ".rc").read().strip() if os.path.exists(stem + ".rc") else "?"
    warnings = re.findall(r"^\s*(\d+) Warning\(s\)", log, re.M)
    errors = re.findall(r"^\s*(\d+) Error\(s\)", log, re.M)
    gen = re.findall(r"^\s*([\d.]+)\s+\d+\s+SdkGen\.Generator\.OpenApiClientGenerator", log, re.M)
    gen_total = re.findall(r"Total generator execution time: ([\d.]+) seconds", log)
    sdkgen_warnings = len(set(re.findall(r"warning (SDKGEN\d+)[^\[]*", log)))
    return {
        "wall": wall, "cpu": cpu, "tree_rss": tree_rss, "csc": csc, "rc": rc,
        "warnings": int(warnings[-1]) if warnings else None, "errors": int(errors[-1]) if errors else None,
        "generator": float(gen[-1]) if gen else (float(gen_total[-1]) if gen_total else None),
        "sdkgen_warning_ids": sdkgen_warnings,
    }


builds = {"first": [build("first", 0)] if os.path.exists(os.path.join(raw, "build-first-0.time")) else []}
builds["rebuild"] = [build("rebuild", i) for i in range(1, 10) if os.path.exists(os.path.join(raw, f"build-rebuild-{i}.time"))]
builds["baseline"] = [build("baseline", 1)] if os.path.exists(os.path.join(raw, "build-baseline-1.time")) else []


def build_row(name, runs):
    if not runs:
        return f"| {name} | n/a | | | | | |"
    wall = statistics.median([r["wall"] for r in runs if r["wall"] is not None])
    csc = max(r["csc"] for r in runs)
    tree = max(r["tree_rss"] or 0 for r in runs)
    last = runs[-1]
    gen = last["generator"]
    cpu = statistics.median([r["cpu"] for r in runs if r["cpu"] is not None]) if any(r["cpu"] is not None for r in runs) else None
    return (f"| {name} | {wall:.1f} s | {f'{cpu:.1f} s' if cpu is not None else 'n/a'} | {gib(csc) if csc else 'n/a'} | {gib(tree)} | "
            f"{last['errors']} errors, {last['warnings']} warnings (exit {last['rc']}) | {f'{gen:.2f} s' if gen is not None else 'n/a'} |")


# ---- whole-process comparison (item 4)
compare = {}
for line in read("compare.tsv").splitlines():
    parts = line.split("\t")
    if len(parts) < 7:
        continue
    if len(parts) >= 9:  # tool spec i wall rss user sys rc files
        tool, spec, _, wall, rss, user, system, rc, files = parts[:9]
        cpu = float(user) + float(system)
    else:
        tool, spec, _, wall, rss, rc, files = parts[:7]
        cpu = float("nan")
    compare.setdefault(spec, {}).setdefault(tool, []).append((float(wall), int(rss), int(rc), int(files), cpu))

compile_rows = {}
for line in read("nswag-compile.tsv").splitlines():
    parts = line.split("\t") + ["", "", "", ""]
    compile_rows[parts[0]] = parts[1:5]

compare_lines = ["| spec | sdkgen generate (median wall) | NSwag CLI (median wall) | NSwag ÷ sdkgen (wall) | CPU sdkgen / NSwag (median) | NSwag ÷ sdkgen (CPU) | runs | sdkgen output | peak RSS sdkgen / NSwag | NSwag output compiles? |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
cpu_ratios = {}
ratios = {}
for spec, tools in compare.items():
    s = tools.get("sdkgen", [])
    n = tools.get("nswag", [])
    if not s or not n:
        continue
    sm = statistics.median(x[0] for x in s)
    nm = statistics.median(x[0] for x in n)
    sc = statistics.median(x[4] for x in s)
    nc = statistics.median(x[4] for x in n)
    ratios[spec] = nm / sm
    cpu_ratios[spec] = nc / sc if sc == sc and sc > 0 else float("nan")
    s_ok = all(x[2] == 0 for x in s)
    out_desc = f"{s[-1][3]} files" if s_ok else f"**exit {s[-1][2]}** (rejected)"
    c = compile_rows.get(spec)
    took = ""
    if c is not None and c[3].strip():
        wall_kb = c[3].split()
        took = f" (build {float(wall_kb[0]):.0f} s, {gib(int(wall_kb[1]))})" if len(wall_kb) == 2 else ""
    if c is None:
        compiles = "not checked"
    elif c[0] == "0":
        compiles = "yes" + took
    else:
        compiles = f"**no**{took}: {c[1].strip()}" + (f" — `{c[2].strip()}`" if c[2].strip() else "")
    compare_lines.append(
        f"| {spec} | {sm:.2f} s | {nm:.2f} s | **{nm / sm:.2f}×** | {sc:.2f} s / {nc:.2f} s | **{cpu_ratios[spec]:.2f}×** | {len(s)}+{len(n)} | {out_desc} | "
        f"{gib(max(x[1] for x in s))} / {gib(max(x[1] for x in n))} | {compiles} |")

# ---- targets
gh_warm = fnum("driverWarm.github-json.ms")
gh_cold = fnum("driverCold.github-json.ms")
unrelated = fnum("incremental.unrelated.medianMs")
unrelated_cached = figures.get("incremental.unrelated.allCached")
hand_ns, gen_ns, nswag_ns = fnum("percall.HandWritten.ns"), fnum("percall.Generated.ns"), fnum("percall.NSwag.ns")
hand_b, gen_b, nswag_b = fnum("percall.HandWritten.bytes"), fnum("percall.Generated.bytes"), fnum("percall.NSwag.bytes")
rebuild = builds["rebuild"]
build_wall = statistics.median([r["wall"] for r in rebuild]) if rebuild else None
build_csc = max(r["csc"] for r in rebuild) if rebuild else None
build_tree = max(r["tree_rss"] or 0 for r in rebuild) if rebuild else None
build_errors = rebuild[-1]["errors"] if rebuild else None

targets = ["| target | figure | verdict |", "| --- | --- | --- |"]
if gh_warm is not None:
    targets.append(f"| GitHub spec in-process (driver run, JSON) ≤ 1 s warm | {ms(gh_warm)} warm, {ms(gh_cold)} cold | {verdict(gh_warm <= 1000)} ({gh_warm / 1000:.1f}× the target) |")
if "github-json" in ratios:
    r = ratios["github-json"]
    rc_ = cpu_ratios.get("github-json", float("nan"))
    targets.append(f"| `sdkgen generate` ≥ 3× faster than NSwag's CLI (GitHub JSON) | NSwag ÷ sdkgen = {r:.2f}× wall, {rc_:.2f}× CPU | {verdict(r >= 3)} |")
    vendor = [ratios[v] for v in ("bandwidth", "twilio", "genesys", "signalwire") if v in ratios]
    vendor_cpu = [cpu_ratios[v] for v in ("bandwidth", "twilio", "genesys", "signalwire") if v in cpu_ratios]
    if vendor:
        targets.append(f"| … on the four vendor specs | {min(vendor):.2f}× – {max(vendor):.2f}× wall, {min(vendor_cpu):.2f}× – {max(vendor_cpu):.2f}× CPU | {verdict(min(vendor) >= 3)} |")
if unrelated is not None:
    targets.append(f"| unrelated-edit rerun ≤ 10 ms, every step cached | {ms(unrelated)}; all cached: {unrelated_cached} | {verdict(unrelated <= 10 and unrelated_cached == 'yes')} |")
if hand_ns and gen_ns:
    t, a = gen_ns / hand_ns, gen_b / hand_b if hand_b else float("nan")
    targets.append(f"| per call within 1.25× of hand-written (time) | {gen_ns / 1000:.2f} µs vs {hand_ns / 1000:.2f} µs = {t:.2f}× | {verdict(t <= 1.25)} |")
    targets.append(f"| per call within 1.25× of hand-written (allocations) | {gen_b:.0f} B vs {hand_b:.0f} B = {a:.2f}× | {verdict(a <= 1.25)} |")
    if nswag_ns:
        targets.append(f"| per call below NSwag (time, allocations) | {gen_ns / 1000:.2f} µs / {gen_b:.0f} B vs NSwag {nswag_ns / 1000:.2f} µs / {nswag_b:.0f} B | {verdict(gen_ns < nswag_ns and gen_b < nswag_b)} |")
if build_wall is not None:
    build_cpu = statistics.median([r["cpu"] for r in rebuild if r["cpu"] is not None]) if any(r["cpu"] is not None for r in rebuild) else None
    targets.append(f"| `dotnet build` with GitHub's spec < 30 s | {build_wall:.1f} s wall, {build_cpu or 0:.1f} s CPU (rebuild after a spec edit) | {verdict(build_wall < 30)} |")
    targets.append(f"| compiler peak memory < 2 GiB | csc {gib(build_csc)}; whole build tree max RSS {gib(build_tree)} | {verdict(0 < max(build_csc or 0, build_tree or 0) < 2 * 1024 * 1024)} |")
    targets.append(f"| compiles with zero errors | {build_errors} errors | {verdict(build_errors == 0)} |")


def table_rows(name):
    return read(name).strip()


doc = f"""# SdkGen benchmarks

Produced by `tests/SdkGen.Benchmarks/run.sh{' --quick' if machine.get('quick') == '1' else ''}` on {machine.get('date', '?')} (commit {machine.get('commit', '?')}); its last invocation ran sections {machine.get('sections', '1,2,3,4,5')} in {int(machine.get('duration', '0')) // 60} min (all sections take about an hour here).
Inputs not in the repository are fetched into `tests/SdkGen.Benchmarks/.data/`.

**Machine:** {machine.get('nproc')} cores ({machine.get('cpu')}), {machine.get('memory')} memory, {machine.get('os')}, .NET SDK {machine.get('dotnet')}.
In-process figures host the generator with Microsoft.CodeAnalysis.CSharp {machine.get('roslyn_host')} (NuGet, JIT); the build uses the SDK's own compiler.
Comparison: NSwag {machine.get('nswag')} (npm `nswag`), GitHub's spec from `@octokit/openapi@{machine.get('octokit')}` (`api.github.com.json`, 1,223 operations).
Noise: two cores shared with whatever else runs (load averages {machine.get('load', '?')}); other builds on the machine show up directly in these numbers.

## Targets

{chr(10).join(targets)}

## 1. Generator in-process: stages and the driver run

Warm = median of the rounds after the first; each cell is time · bytes allocated. parse = text → JSON tree + line map
(`SpecTextReader.Read`), read = OpenAPI object model (`SpecParser.ReadOpenApi`), model = records (`SpecParser.MapDocument`),
emit = C# text (`DocumentEmitter.Emit`). "C# parse of output" is what the compiler does next with the generated text
(not part of the generator run). Driver = a fresh `CSharpGeneratorDriver.RunGenerators` (everything, including `AddSource`).
github-json/-yaml: GitHub's spec with its two duplicate path templates renamed (see run.sh); github-json-asis: as published
(rejected after read, so no model/emit); github-json-reachable: a projection, the fixed copy without the component schemas
no operation references (mostly webhook payloads), i.e. what emitting only reachable schemas would cost.

| spec | size | parse | read | model | emit | stages total | C# parse of output | driver run | output | diagnostics |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
{table_rows('stages.warm.md')}

Cold (first round in a fresh process, JIT included; stages first, then the driver):

| spec | parse | read | model | emit | stages total | C# parse of output | driver run |
| --- | --- | --- | --- | --- | --- | --- | --- |
{table_rows('stages.cold.md')}

Driver run alone in a fresh process (what a cold compiler process pays; Roslyn from NuGet is not ReadyToRun, the SDK's is):

| spec | driver run | generated trees | working set after |
| --- | --- | --- | --- |
{table_rows('stages.driver-cold.md')}

Allocations by type per stage, GitHub JSON (runtime AllocationTick samples; `stage-allocs`):

{read('stage-allocs.md').strip()}

## 2. Incremental reruns

{read('incremental.md').strip()}

## 3. `dotnet build` of GitHub's spec

A throwaway project in /tmp: GitHub's spec (fixed copy) as `AdditionalFiles`, the generator as a `ProjectReference`
analyzer, `SdkGen.Runtime`, and the generator's build props/targets. `-p:UseSharedCompilation=false` so the compiler
runs in the measured process tree. "csc peak" is the compiler process's own peak RSS (VmHWM, sampled every 0.2 s);
"tree max RSS" is `/usr/bin/time -v`'s maximum resident set size (largest process of the build: csc or MSBuild).
The generator time is the compiler's own report (`-p:ReportAnalyzer=true`).

| build | wall | CPU (user+sys, all processes) | csc peak | tree max RSS | result | generator time (compiler's report) |
| --- | --- | --- | --- | --- | --- | --- |
{build_row('first build (restore, generator, runtime, consumer)', builds['first'])}
{build_row(f'rebuild after touching the spec (median of {len(rebuild)})', rebuild)}
{build_row('same project without the spec (baseline)', builds['baseline'])}

## 4. Whole process: `sdkgen generate` vs NSwag's CLI

Alternating runs (sdkgen, NSwag, sdkgen, …); wall time of the whole process including start-up and writing files.
"NSwag output compiles?" compiles NSwag's file alone in a net10.0 class library.

{chr(10).join(compare_lines)}

## 5. Per-call overhead of the generated client

Pausing a Twilio recording (`POST …/Recordings/Twilio.CURRENT.json`, `Status=paused&PauseBehavior=silence`) over an
in-memory `HttpMessageHandler` that copies the request body out and answers the documented CallRecording example.
NSwag's client had to be patched to compile (see section 4) and sends a different request (below).

{read('percall.md').strip()}

Allocations by type (runtime AllocationTick samples over 100,000 calls, scaled to the measured bytes per call):

{read('percall-allocs.md').strip()}

## Commands

```
{read('commands.txt').strip()}
```
"""
open(out, "w", encoding="utf-8").write(doc)
print(f"wrote {out}")
