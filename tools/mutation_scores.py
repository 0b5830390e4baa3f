#!/usr/bin/env python3
"""Per-file mutation scores from a Stryker.NET JSON report, with the listed equivalent mutants left out.

usage: mutation_scores.py mutation-report.json equivalent-mutants.tsv [--room=calendar ...] [--file=Calendar/Holiday.cs ...]

Score = detected / (detected + survived + no coverage), where detected = killed + timed out; compile errors and
ignored mutants do not count. A surviving mutant listed in the equivalents file (file, mutator, replacement,
source line, why) is left out of both sides; a listed mutant that a test kills still counts as killed. A listing is
matched by file, mutator, replacement and the trimmed source line, so that an edit elsewhere in the file keeps it
matched and an edit of that line asks for it to be judged again. Prints a Markdown table and every survivor not
listed; exits 1 when a file scores under 90 %.
"""
import csv
import json
import sys

BAR = 90.0
FOLDERS = {"catalogs": "Catalogs/", "calendar": "Calendar/", "deadlines": "Deadlines/", "requests": "Requests/", "evaluation": "Evaluation/",
           "reporting": "Reporting/", "json": "Json/", "data": "Data/", "excel": "Excel/", "documents": "Documents/", "tool": "Tool/", "root": ""}


def in_scope(relative, folders):
    """A file is scored when it lies in one of the folders; the root room ("") is the files directly in the project folder."""
    return any(relative.startswith(folder) if folder else "/" not in relative for folder in folders)


def targets(arguments):
    """The folders or files a run mutated, from its --room= and --file= arguments, as named today; every room when none is given."""
    def named(argument):
        kind, value = argument.split("=", 1)
        if kind == "--room":
            return FOLDERS.get(value) or {"serialization": "Json/"}[value]   # runs before 0.9 named the JSON room so
        return MOVED.get(value, value)
    return [named(a) for a in arguments if a.startswith(("--room=", "--file="))] or list(FOLDERS.values())


# Files that moved since a run (0.7 put every root-namespace type in the root folder): a run's rows and equivalent mutants are
# reported under the file's path today.
MOVED = {
    **{f"Catalog/{name}": name for name in ("Audience.cs", "Cadence.cs", "Channel.cs", "DeadlineRule.cs", "DeadlineTrigger.cs", "DeadlineUnit.cs",
                                           "DisclosureItem.cs", "EntrySubject.cs", "ItemKind.cs", "ItemSchedule.cs", "ObligationKey.cs", "ScheduleEntry.cs")},
    **{f"Scope/{name}": name for name in ("AdministrativeLevel.cs", "Body.cs", "BodyObligations.cs", "BodyRole.cs", "BodyType.cs", "GoverningRegime.cs",
                                         "ObligationLevel.cs", "ScopeRule.cs")},
    **{f"Calendar/{name}": name for name in ("ChinaWorkingDayCalendar.cs", "ChinaTime.cs", "WorkingDayCalendarExtensions.cs", "IWorkingDayCalendar.cs")},
    "Deadlines/Deadline.cs": "Deadline.cs",
    "Calendar/Data/EmbeddedHolidayData.cs": "Calendar/EmbeddedHolidayData.cs",
    "Evaluation/EvaluationEngine.Stream.cs": "Evaluation/EvaluationEngine.Core.cs",
    # 0.9 moved the Serialization room into the package GovDisclosure.Policy.Json, its files under "Json/".
    **{f"Serialization/{name}": f"Json/{name}" for name in ("HolidayNoticeJson.cs", "JsonFields.cs", "JsonInput.cs", "ObligationKeyJsonConverter.cs",
        "PolicyEnumJsonConverter.cs", "PolicyJson.AnnualReports.cs", "PolicyJson.Catalogs.cs", "PolicyJson.Profiles.cs", "PolicyJson.RegisterWriter.cs",
        "PolicyJson.ReportReaders.cs", "PolicyJson.cs", "PolicyJsonException.cs", "ReasonJsonConverter.cs", "RecordScratch.cs", "RegionalNoticeJson.cs",
        "RegisterReader.Records.cs", "RegisterReader.Supervision.cs", "RegisterReader.cs", "RepeatedProperties.cs", "Reports.cs", "Utf8Lookup.cs")},
    "Serialization/AnnualReportHtml.cs": "Reporting/AnnualReportHtml.cs",
}


def relative_path(path):
    """A report's file as the tables name it: under src/GovDisclosure.Policy, or "Json/…", "Data/…", "Excel/…" and "Documents/…" for the add-on packages'."""
    path = path.replace("\\", "/")
    for package, prefix in (("Json", "Json/"), ("Data", "Data/"), ("Catalogs.Excel", "Excel/"), ("Documents", "Documents/"), ("Tool", "Tool/")):
        if f"src/GovDisclosure.Policy.{package}/" in path:
            return prefix + path.split(f"src/GovDisclosure.Policy.{package}/")[-1]
    return path.split("src/GovDisclosure.Policy/")[-1]


def score(report, equivalents, folders):
    """Each scored file's counts, the survivors not listed as equivalent, and the listed mutants this run found."""
    used = set()
    rows, survivors = [], []
    for path, data in sorted(report["files"].items()):
        relative = MOVED.get(relative_path(path), relative_path(path))
        if not in_scope(relative, folders):
            continue
        lines = data["source"].split("\n")
        counts = {"detected": 0, "survived": 0, "nocoverage": 0, "equivalent": 0}
        for mutant in data["mutants"]:
            status = mutant["status"]
            line_text = source_line(lines, mutant["location"]["start"]["line"])
            key = (relative, mutant["mutatorName"], one_line(mutant.get("replacement", ""), None), line_text)
            if status in ("CompileError", "Ignored"):
                continue
            if status in ("Killed", "Timeout"):
                counts["detected"] += 1
                continue
            if key in equivalents:
                used.add(key)
                counts["equivalent"] += 1
            else:
                counts["survived" if status == "Survived" else "nocoverage"] += 1
                line = mutant["location"]["start"]["line"]
                survivors.append(f"- {relative}:{line} {status}, {mutant['mutatorName']}: "
                                 f"`{one_line(mutant.get('replacement', ''))}` in `{one_line(source_line(lines, line))}`")
        counted = counts["detected"] + counts["survived"] + counts["nocoverage"]
        if counted:
            rows.append((relative, 100.0 * counts["detected"] / counted, counts))
    return rows, survivors, used


def main(argv):
    report_path, equivalents_path = argv[1], argv[2]
    folders = targets(argv[3:])   # only what was mutated is scored
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    equivalents = read_equivalents(equivalents_path)
    rows, survivors, used = score(report, equivalents, folders)
    failing = [relative for relative, value, _ in rows if value < BAR]

    print("| File | Score | Detected | Survived | No coverage | Equivalent |")
    print("|---|---:|---:|---:|---:|---:|")
    for relative, value, c in rows:
        print(f"| {relative} | {value:.1f} % | {c['detected']} | {c['survived']} | {c['nocoverage']} | {c['equivalent']} |")
    totals = {k: sum(c[k] for _, _, c in rows) for k in ("detected", "survived", "nocoverage", "equivalent")}
    counted = totals["detected"] + totals["survived"] + totals["nocoverage"]
    if counted:
        print(f"| **all** | {100.0 * totals['detected'] / counted:.1f} % | {totals['detected']} | {totals['survived']} | "
              f"{totals['nocoverage']} | {totals['equivalent']} |")
    if survivors:
        print("\nSurvivors (kill them with a test, or list them as equivalent with a reason):")
        print("\n".join(survivors))
    stale = [key for key in equivalents if key not in used and in_scope(key[0], folders)]
    if stale:
        print("\nListed as equivalent but not found in this run (the code changed; update the list):")
        print("\n".join(f"- {k[0]} {k[1]}: `{k[2]}` in `{k[3]}`" for k in stale))
    if failing:
        print(f"\nUnder {BAR:.0f} %: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


def read_equivalents(path):
    equivalents = {}
    with open(path, encoding="utf-8", newline="") as f:
        for number, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 5 or not row[4].strip():
                sys.exit(f"{path}:{number}: expected five tab-separated columns (file, mutator, replacement, source line, why), got {len(row)}")
            equivalents[(row[0], row[1], row[2], row[3])] = row[4]
    return equivalents


def source_line(lines, number):
    """The trimmed line a mutant starts on; a line that only opens a block is joined with the next, which says which block."""
    text = lines[number - 1].strip()
    return f"{text} {lines[number].strip()}" if text == "{" and number < len(lines) else text


def one_line(text, limit=140):
    text = " ".join(text.split())
    return text if limit is None else text[:limit]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
