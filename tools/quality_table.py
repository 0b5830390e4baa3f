#!/usr/bin/env python3
"""docs/quality.md from the mutation runs under artifacts/mutation/: each file's score from the newest run that mutated it.

usage: quality_table.py artifacts/mutation tools/equivalent-mutants.tsv docs/quality.md

Each run folder holds Stryker's mutation-report.json and the run.json that tools/mutation.sh writes (the commit, the date,
the machine and what was mutated). The table is written anew every time; nothing is appended by hand. A file no run in the folder mutated keeps its row from
the page as it stood, with the row of the run it came from, so that a run on one machine does not erase the others' results.
"""
import json
import os
import sys

import mutation_scores

HEADER = """# Quality: mutation scores

Mutation testing changes the library's code one small change at a time (a mutant) and runs the tests that cover it; a
test that fails has detected the mutant. A file's score is detected / (detected + survived + no coverage), with compile
errors left out and the mutants no test can tell apart (`tools/equivalent-mutants.tsv`, each with its reason) set aside.
Every file is held to 90 %. How to run it: [CONTRIBUTING.md](../CONTRIBUTING.md#mutation-testing).

This page is written by `tools/quality_table.py` from the runs below; do not edit it by hand.
"""


def main(argv):
    runs_folder, equivalents_path, output = argv[1], argv[2], argv[3]
    equivalents = mutation_scores.read_equivalents(equivalents_path)
    latest = {}
    runs = []
    for name in sorted(os.listdir(runs_folder)):
        folder = os.path.join(runs_folder, name)
        report_path = os.path.join(folder, "mutation-report.json")
        run_path = os.path.join(folder, "run.json")
        if not (os.path.isfile(report_path) and os.path.isfile(run_path)):
            continue
        with open(run_path, encoding="utf-8") as f:
            run = json.load(f)
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        rows, _, _ = mutation_scores.score(report, equivalents, mutation_scores.targets(run["targets"]))
        runs.append((run, rows))
        for relative, value, counts in rows:
            newer = (run["date"], run.get("order", 0)) >= (latest[relative][0]["date"], latest[relative][0].get("order", 0)) if relative in latest else True
            if newer:
                latest[relative] = (run, value, counts)
    kept_runs, kept_files = earlier_rows(output, set(latest))
    lines = [HEADER, "## Runs", "", "| Commit | Date | Machine | Mutated | Tests run | Mutants tested |", "|---|---|---|---|---|---:|"]
    for run, rows in sorted(runs, key=lambda item: (item[0]["date"], item[0].get("order", 0))):
        tested = sum(c["detected"] + c["survived"] + c["nocoverage"] for _, _, c in rows)
        mutated = ", ".join(target.split("=", 1)[1] for target in run["targets"]) or "every room"
        lines.append(f"| {run['commit']} | {run['date']} | {run['machine']} | {mutated} | {run.get('tests', 'all but Category=Slow')} | {tested:,} |")
    current_commits = {run["commit"] for run, _ in runs}
    lines += [row for commit, row in kept_runs if commit not in current_commits and any(f[1] == commit for f in kept_files.values())]
    lines += ["", "## Files", "", "| File | Score | Detected | Survived | No coverage | Equivalent | Commit |", "|---|---:|---:|---:|---:|---:|---|"]
    rows = {relative: f"| {relative} | {value:.1f} % | {c['detected']} | {c['survived']} | {c['nocoverage']} | {c['equivalent']} | {run['commit']} |"
            for relative, (run, value, c) in latest.items()}
    rows.update({relative: row for relative, (row, _) in kept_files.items()})
    lines += [rows[relative] for relative in sorted(rows)]
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


def earlier_rows(path, measured):
    """The page's run rows (commit, row) and its file rows (file: (row, commit)) for files not in measured."""
    if not os.path.isfile(path):
        return [], {}
    runs, files, section = [], {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("## "):
                section = line[3:]
            elif line.startswith("| ") and not line.startswith(("| Commit ", "| File ")):
                cells = [cell.strip() for cell in line.strip("|").split("|")]
                if section == "Runs":
                    runs.append((cells[0], line))
                elif section == "Files" and cells[0] not in mutation_scores.MOVED and cells[0] not in measured:
                    files[cells[0]] = (line, cells[-1])
    return runs, files


if __name__ == "__main__":
    sys.exit(main(sys.argv))
