#!/usr/bin/env bash
# Downloads real-world OpenAPI documents for the RealWorld tests
# (tests/SdkGen.Generator.Tests/Robustness/RealWorldSpecTests.cs) into tests/real-world-specs/ (git-ignored).
#
#   scripts/fetch-real-world-specs.sh            # fetch (skips files already present)
#   scripts/fetch-real-world-specs.sh --force    # fetch again
#   scripts/fetch-real-world-specs.sh --corpus   # check the checked-in corpus (tests/SdkGen.Generator.Tests/Corpus,
#                                                # run in CI) against its npm packages; --corpus --update replaces
#                                                # the files that differ
#   dotnet test tests/SdkGen.Generator.Tests --filter Category=RealWorld
#
# Everything comes from the npm registry through `npm pack` (no other host is contacted):
#   @octokit/openapi@23.0.2  -> github/api.github.com.json   GitHub's REST API, OpenAPI 3.0.3, ~13 MB
#                               github/api.github.com.yaml   the same document converted to YAML (python3 + PyYAML)
#   @twilio-alpha/mcp@0.7.0  -> twilio/twilio_api_v2010.json Twilio's full 2010 API, ~2 MB, from twilio-oai/spec/json/
# Override the versions with OCTOKIT_OPENAPI_VERSION / TWILIO_MCP_VERSION.
set -euo pipefail

OCTOKIT_OPENAPI_VERSION="${OCTOKIT_OPENAPI_VERSION:-23.0.2}"
TWILIO_MCP_VERSION="${TWILIO_MCP_VERSION:-0.7.0}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/tests/real-world-specs"
force=0
corpus=0
update=0
for argument in "$@"; do
  case "$argument" in
    --force) force=1 ;;
    --corpus) corpus=1 ;;
    --update) update=1 ;;
    *) echo "error: unknown option $argument" >&2; exit 2 ;;
  esac
done

for tool in npm tar python3; do
  command -v "$tool" >/dev/null || { echo "error: $tool is required" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest/github" "$dest/twilio"

# npm pack <spec>: downloads the package tarball into $work and prints its file name.
pack() {
  (cd "$work" && npm pack "$1" --silent 2>/dev/null | tail -n 1)
}

# extract <tarball> <path inside the package> <destination>
extract() {
  local tarball="$1" inner="$2" target="$3"
  tar -xzf "$work/$tarball" -C "$work" "package/$inner"
  mv "$work/package/$inner" "$target"
  echo "  $target ($(du -h "$target" | cut -f1))"
}

# The corpus: file under Corpus/, package@version, path inside the package (kept in step with Corpus/README.md and
# tests/SdkGen.Generator.Tests/Robustness/CorpusDocument.cs).
if [[ $corpus == 1 ]]; then
  corpus_dir="$root/tests/SdkGen.Generator.Tests/Corpus"
  differ=0
  while read -r file package inner; do
    tarball="$(pack "$package")"
    rm -rf "$work/package"
    tar -xzf "$work/$tarball" -C "$work" "package/$inner"
    if cmp -s "$work/package/$inner" "$corpus_dir/$file"; then
      echo "  same:    $file ($package)"
    elif [[ $update == 1 ]]; then
      cp "$work/package/$inner" "$corpus_dir/$file"
      echo "  updated: $file ($package): run the Corpus tests with SDKGEN_ACCEPT_SNAPSHOTS=1 and update the README table"
    else
      echo "  differs: $file ($package)"
      differ=1
    fi
  done <<'CORPUS'
blockfrost/openapi.yaml @blockfrost/openapi@0.1.93 openapi.yaml
rclone/openapi.yaml rclone-openapi@1.75.0 openapi.yaml
readme/readme.json @readme/oas-examples@8.2.2 3.1/json/readme.json
readme/train-travel.json @readme/oas-examples@8.2.2 3.1/json/train-travel.json
readme/uspto.json @readme/oas-examples@8.2.2 3.0/json/uspto.json
readme/petstore-swagger-2.0.json @readme/oas-examples@8.2.2 2.0/json/petstore.json
figma/openapi.yaml @figma/rest-api-spec@0.43.0 openapi/openapi.yaml
twilio/twilio_studio_v2.json @twilio-alpha/mcp@0.7.0 twilio-oai/spec/json/twilio_studio_v2.json
CORPUS
  exit "$differ"
fi

github_json="$dest/github/api.github.com.json"
if [[ $force == 1 || ! -s "$github_json" ]]; then
  echo "Fetching @octokit/openapi@$OCTOKIT_OPENAPI_VERSION…"
  tarball="$(pack "@octokit/openapi@$OCTOKIT_OPENAPI_VERSION")"
  extract "$tarball" generated/api.github.com.json "$github_json"
else
  echo "  $github_json is already there"
fi

github_yaml="$dest/github/api.github.com.yaml"
if [[ $force == 1 || ! -s "$github_yaml" || "$github_yaml" -ot "$github_json" ]]; then
  echo "Converting GitHub's document to YAML…"
  python3 - "$github_json" "$github_yaml" <<'PY'
import json, sys
import yaml

try:
    Dumper = yaml.CSafeDumper  # libyaml: ~10x faster on a 13 MB document
except AttributeError:
    Dumper = yaml.SafeDumper

with open(sys.argv[1], encoding="utf-8") as source:
    document = json.load(source)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    yaml.dump(document, target, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=False)
PY
  echo "  $github_yaml ($(du -h "$github_yaml" | cut -f1))"
fi

twilio_json="$dest/twilio/twilio_api_v2010.json"
if [[ $force == 1 || ! -s "$twilio_json" ]]; then
  echo "Fetching @twilio-alpha/mcp@$TWILIO_MCP_VERSION…"
  tarball="$(pack "@twilio-alpha/mcp@$TWILIO_MCP_VERSION")"
  extract "$tarball" twilio-oai/spec/json/twilio_api_v2010.json "$twilio_json"
else
  echo "  $twilio_json is already there"
fi

echo "Done. Run: dotnet test tests/SdkGen.Generator.Tests --filter Category=RealWorld"
