#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json), one room or several:
#
#   tools/mutation.sh                     # every room of the core: catalogs, calendar, deadlines, requests, evaluation, reporting, root
#   tools/mutation.sh deadlines           # one room
#   tools/mutation.sh json                # the package GovDisclosure.Policy.Json
#   tools/mutation.sh Deadlines/DeadlineRule.cs Calendar/Holiday.cs   # single files (paths under src/GovDisclosure.Policy)
#   tools/mutation.sh Json/JsonInput.cs   # a file of the JSON package (under src/GovDisclosure.Policy.Json)
#   tools/mutation.sh data                # the package GovDisclosure.Policy.Data; Data/RowReader.cs for one of its files
#   tools/mutation.sh excel               # the package GovDisclosure.Policy.Catalogs.Excel; Excel/Workbook.cs for one of its files
#   tools/mutation.sh documents           # the package GovDisclosure.Policy.Documents; Documents/TextForm.cs for one of its files
#   tools/mutation.sh tool                # the command-line tool GovDisclosure.Policy.Tool; Tool/Cli.cs for one of its files
#
# Rooms: catalogs calendar deadlines requests evaluation reporting, root (the files directly in src/GovDisclosure.Policy:
# the front door and the shared helpers), json and data. One run mutates one package: the core's rooms, json, or data. The report goes to artifacts/mutation/<rooms>/ (mutation-report.html and .json),
# and tools/mutation_scores.py prints each file's score there, with the equivalent mutants of
# tools/equivalent-mutants.tsv left out. It exits non-zero when a file scores under 90 %.
#
# Settings (tools/stryker-config.json): coverage is captured one test at a time ("perTestInIsolation"), so a mutant in
# code that runs once per process (the official calendar's tables, DisclosurePolicy.Default) is credited to every
# test that uses it; tests tagged Category=Slow are left out. Each mutant is tested on its own ("disable-mix-mutants"):
# mixed with others in one test session, with xUnit running test classes in parallel, a mutant can be switched on
# while another mutant's tests run, and real kills were reported as survivors. Not part of .ci/run: a full run takes most of an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

declare -A folders=([catalogs]=Catalogs [calendar]=Calendar [deadlines]=Deadlines [requests]=Requests [evaluation]=Evaluation [reporting]=Reporting
  [root]=. [json]=json [data]=data [excel]=excel [documents]=documents [tool]=tool)
# The add-on packages: the room's name, the prefix their files take here, and their project.
declare -A packages=([json]=GovDisclosure.Policy.Json [data]=GovDisclosure.Policy.Data [excel]=GovDisclosure.Policy.Catalogs.Excel [documents]=GovDisclosure.Policy.Documents
  [tool]=GovDisclosure.Policy.Tool)
declare -A prefixes=([Json]=json [Data]=data [Excel]=excel [Documents]=documents [Tool]=tool)
rooms=("$@")
[ ${#rooms[@]} -gt 0 ] || rooms=(catalogs calendar deadlines requests evaluation reporting root)

mutate=()
scored=()
project=GovDisclosure.Policy.csproj
for room in "${rooms[@]}"; do
  if [[ $room == */*.cs && -n "${prefixes[${room%%/*}]-}" ]]; then
    package=${packages[${prefixes[${room%%/*}]}]}
    if [ ! -f "src/$package/${room#*/}" ]; then
      echo "mutation.sh: no file src/$package/${room#*/}" >&2
      exit 2
    fi
    project=$package.csproj
    mutate+=(--mutate "${room#*/}")
    scored+=("--file=$room")
    continue
  fi
  if [[ $room == *.cs ]]; then
    if [ ! -f "src/GovDisclosure.Policy/$room" ]; then
      echo "mutation.sh: no file src/GovDisclosure.Policy/$room" >&2
      exit 2
    fi
    mutate+=(--mutate "$room")
    scored+=("--file=$room")
    continue
  fi
  if [ -n "${packages[$room]-}" ]; then
    project=${packages[$room]}.csproj
    mutate+=(--mutate "**/*.cs")
    scored+=("--room=$room")
    continue
  fi
  folder=${folders[$room]-}
  if [ -z "$folder" ]; then
    echo "mutation.sh: unknown room '$room'; rooms: ${!folders[*]}, or a .cs file under src/GovDisclosure.Policy" >&2
    exit 2
  fi
  if [ "$folder" = . ]; then
    mutate+=(--mutate "*.cs")   # the project folder's own files, not its rooms'
  else
    mutate+=(--mutate "$folder/**/*.cs")
  fi
  scored+=("--room=$room")
done

for room in json data excel documents tool; do
  prefix=$(case $room in json) echo Json ;; data) echo Data ;; documents) echo Documents ;; tool) echo Tool ;; *) echo Excel ;; esac)
  if [ "$project" = "${packages[$room]}.csproj" ] && printf '%s\n' "${scored[@]}" | grep -qv -e "^--room=$room\$" -e "^--file=$prefix/"; then
    echo "mutation.sh: one run mutates one package; run the ${packages[$room]} package's files apart from the others'" >&2
    exit 2
  fi
done

name=$(IFS=-; echo "${rooms[*]}" | tr '/' '_')
if [ ${#name} -gt 80 ]; then
  name="${name:0:60}-$(echo "$name" | sha1sum | cut -c1-8)"   # many files: a folder name the file system accepts
fi
output="$root/artifacts/mutation/$name"
rm -rf "$output"
mkdir -p "$output"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en
dotnet tool restore
(
  cd tests/GovDisclosure.Policy.Tests
  dotnet tool run dotnet-stryker --config-file "$root/tools/stryker-config.json" --project "$project" "${mutate[@]}" \
    --output "$output" --skip-version-check
)

report=$(find "$output" -name mutation-report.json | head -n 1)
cp "$report" "$output/mutation-report.json" 2>/dev/null || true
# What tools/quality_table.py needs to put this run in docs/quality.md: the commit, the day, the machine, what was mutated.
python3 - "$output/run.json" "$(git rev-parse --short HEAD)" "$(date -u +%Y-%m-%d)" "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "${scored[@]}" <<'PY'
import json, sys
path, commit, date, machine, *targets = sys.argv[1:]
json.dump({"commit": commit, "date": date, "machine": machine, "targets": targets}, open(path, "w"), indent=2)
PY
python3 tools/mutation_scores.py "$report" tools/equivalent-mutants.tsv "${scored[@]}" | tee "$output/scores.md"
