#!/usr/bin/env python3
"""Patches NSwag's C# output only as far as it takes to compile, and says what it changed.

Usage: nswag_patch.py RAW.cs OUT.cs NOTES.txt SOURCE-LABEL

Two defects of NSwag 14's output are known on the specs measured here; nothing else is touched:
  1. `status_ == 4XX` for OpenAPI's response ranges (4XX/5XX), which is not C#  ->  `status_ / 100 == 4`;
  2. types that methods and properties use but NSwag never declares (on GitHub's spec: Anonymous15, Conditions2,
     First_location_detected, Rules, Rules2, from oneOf/inline schemas) ->  an empty `public partial class X { }` in the
     file's namespace, so the client compiles; what such a value would hold is lost, which is NSwag's loss and not
     measured here.
NOTES.txt gets one line per patch actually applied (nothing when the output compiled as generated).
"""
import re
import sys

raw_path, out_path, notes_path, label = sys.argv[1:5]
text = open(raw_path, encoding="utf-8").read()
notes = []

text, ranges = re.subn(r"status_ == ([1-5])XX", r"status_ / 100 == \1", text)
if ranges:
    notes.append(f"{ranges} × `status_ == NXX` (not C#) rewritten as `status_ / 100 == N`")

# NSwag qualifies every BCL type (`using System = global::System;`), so an unqualified capitalised name in a type
# position (a generic argument or a property's type) must be a type of the file. Comments are left out.
code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
declared = set(re.findall(r"\b(?:class|enum|struct|interface|record)\s+([A-Za-z_]\w*)", code))
type_parameters = set(re.findall(r"\w<([A-Z]\w*)>\s*(?:\(|:|where\b|$)", code, re.M))
used = (set(re.findall(r"\w<([A-Z]\w*)\??>", code)) | set(re.findall(r"\w<[\w.]+,\s*([A-Z]\w*)\??>", code))
        | set(re.findall(r"\bpublic\s+(?:virtual\s+|override\s+|static\s+)*([A-Z]\w*)\??\s+\w+\s*\{\s*get;", code)))
missing = sorted(used - declared - type_parameters, key=lambda n: n.lower())
if missing:
    namespace = re.search(r"^namespace\s+([\w.]+)", text, re.M)
    uses = {name: len(re.findall(rf"\b{name}\b", code)) for name in missing}
    declarations = "\n".join(f"    public partial class {name} {{ }}" for name in missing)
    text += ("\n// Added by tests/SdkGen.Benchmarks/nswag_patch.py: types NSwag's output uses but never declares.\n"
             f"namespace {namespace.group(1) if namespace else 'Global'}\n{{\n{declarations}\n}}\n")
    notes.append("declared " + ", ".join(f"`{n}` (used {uses[n]}×)" for n in missing)
                 + " as empty classes: NSwag's output uses them and never declares them (CS0246)")

header = f"// NSwag output for {label}" + ("; patched by tests/SdkGen.Benchmarks/nswag_patch.py: " + "; ".join(notes) if notes else ", unpatched") + "\n"
open(out_path, "w", encoding="utf-8").write(header + text)
with open(notes_path, "a", encoding="utf-8") as f:
    for note in notes:
        f.write(f"{label}\t{note}\n")
print(header.strip(), file=sys.stderr)
