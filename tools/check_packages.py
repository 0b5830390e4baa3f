#!/usr/bin/env python3
"""Checks the packed packages (.ci/run calls this after dotnet pack).

For each package: the lib/ folders it must hold (and the files it must carry besides), a dependency group for each of them, only the dependencies its
group may have, NuGet's exclude="Build,Analyzers" on every dependency edge (so no dependency's analyzer or source
generator reaches a consumer), no analyzers/ folder of its own, no MSBuild file but the core's one targets file,
and nothing of Microsoft.CodeAnalysis.
Prints one line per package and exits 1 when any problem is found.
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

CORE = {"NodaTime", "Ardalis.SmartEnum", "Sylvan.Data.Csv"}
# The framework's own packages, for the netstandard2.0 build only.
NETSTANDARD_FRAMEWORK = {"System.Memory", "Microsoft.Bcl.HashCode"}
# The JSON package: the core, System.Text.Json (a package on netstandard2.0) and NodaTime's converters for it.
JSON = {"GovDisclosure.Policy", "NodaTime.Serialization.SystemTextJson"}

# package id -> {target framework as the nuspec writes it: (lib folder, allowed dependencies)}
RULES = {
    "GovDisclosure.Policy": {
        "net8.0": ("lib/net8.0", CORE),
        ".NETStandard2.0": ("lib/netstandard2.0", CORE | NETSTANDARD_FRAMEWORK),
    },
    "GovDisclosure.Policy.Json": {
        "net8.0": ("lib/net8.0", JSON),
        ".NETStandard2.0": ("lib/netstandard2.0", JSON | {"System.Text.Json", "System.Memory"}),
    },
    "GovDisclosure.Policy.ICalendar": {
        "net8.0": ("lib/net8.0", CORE | {"GovDisclosure.Policy", "Ical.Net"}),
    },
    # The database package: the core alone; ADO.NET's abstractions are the framework's (netstandard2.0 included). No provider.
    "GovDisclosure.Policy.Data": {
        "net8.0": ("lib/net8.0", {"GovDisclosure.Policy"}),
        ".NETStandard2.0": ("lib/netstandard2.0", {"GovDisclosure.Policy"}),
    },
    # The spreadsheet package: the core and ExcelDataReader; netstandard2.0 adds the code-page encodings .NET 8 has built in.
    "GovDisclosure.Policy.Catalogs.Excel": {
        "net8.0": ("lib/net8.0", {"GovDisclosure.Policy", "ExcelDataReader"}),
        ".NETStandard2.0": ("lib/netstandard2.0", {"GovDisclosure.Policy", "ExcelDataReader", "System.Text.Encoding.CodePages"}),
    },
    # The documents package: the core, AngleSharp, the Open XML SDK and PdfPig (SmartEnum for its closed set of problems); netstandard2.0
    # adds the code-page encodings .NET 8 has built in.
    "GovDisclosure.Policy.Documents": {
        "net8.0": ("lib/net8.0", {"GovDisclosure.Policy", "Ardalis.SmartEnum", "AngleSharp", "DocumentFormat.OpenXml", "PdfPig"}),
        ".NETStandard2.0": ("lib/netstandard2.0", {"GovDisclosure.Policy", "Ardalis.SmartEnum", "AngleSharp", "DocumentFormat.OpenXml", "PdfPig",
                                                    "System.Text.Encoding.CodePages"}),
    },
}

# The command-line tool: a .NET tool package (packageType DotnetTool) carrying the tool and every assembly it needs under tools/net8.0/any,
# the libraries' own among them, with no dependency of its own.
TOOL = "GovDisclosure.Policy.Tool"
TOOL_FOLDER = "tools/net8.0/any"
TOOL_FILES = ["DotnetToolSettings.xml", "govdisclosure.dll", "govdisclosure.runtimeconfig.json", "GovDisclosure.Policy.dll",
              "GovDisclosure.Policy.Json.dll", "GovDisclosure.Policy.Data.dll", "GovDisclosure.Policy.Documents.dll", "System.CommandLine.dll",
              "UglyToad.PdfPig.dll", "Microsoft.Data.Sqlite.dll"]

# Files a package must carry besides its assemblies.
REQUIRED_FILES = {
    "GovDisclosure.Policy.Data": ["schema/sqlite.sql", "schema/postgresql.sql", "PACKAGE.md"],
    "GovDisclosure.Policy.Catalogs.Excel": ["PACKAGE.md"],
    "GovDisclosure.Policy.Documents": ["PACKAGE.md"],
}


def check(nupkg: Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(nupkg) as archive:
        names = archive.namelist()
        nuspec_name = next(name for name in names if name.endswith(".nuspec"))
        root = ET.fromstring(archive.read(nuspec_name))
    ns = {"n": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {"n": ""}
    package_id = root.find("n:metadata/n:id", ns).text
    if package_id == TOOL:
        return check_tool(root, ns, names)
    rules = RULES.get(package_id)
    if rules is None:
        return [f"{package_id}: no rules for this package in tools/check_packages.py"]

    if any(name.lower().startswith("analyzers/") for name in names):
        problems.append(f"{package_id}: holds an analyzers/ folder; the package must stay Roslyn-free")
    # The only MSBuild file a package may carry: the JSON package's, which keeps System.Text.Json's generator out of consumers.
    allowed_build = {f"build/{package_id}.targets", f"buildTransitive/{package_id}.targets"} if package_id == "GovDisclosure.Policy.Json" else set()
    for name in names:
        if name.split("/")[0].lower() in ("build", "buildtransitive", "buildmultitargeting") and name not in allowed_build:
            problems.append(f"{package_id}: carries {name}; only {' and '.join(sorted(allowed_build)) or 'no build file'} may be packed")
    if "microsoft.codeanalysis" in archive_text(nupkg).lower():
        problems.append(f"{package_id}: references Microsoft.CodeAnalysis")

    lib_folders = sorted({"/".join(name.split("/")[:2]) for name in names if name.startswith("lib/")})
    expected_folders = sorted(folder for folder, _ in rules.values())
    if lib_folders != expected_folders:
        problems.append(f"{package_id}: lib folders {lib_folders}, expected {expected_folders}")
    for folder in expected_folders:
        if f"{folder}/{package_id}.dll" not in names:
            problems.append(f"{package_id}: {folder}/{package_id}.dll is missing")

    for required in REQUIRED_FILES.get(package_id, []):
        if required not in names:
            problems.append(f"{package_id}: {required} is missing")

    groups = root.findall("n:metadata/n:dependencies/n:group", ns)
    seen = sorted(group.get("targetFramework") for group in groups)
    if seen != sorted(rules):
        problems.append(f"{package_id}: dependency groups {seen}, expected {sorted(rules)}")
    summary = []
    for group in groups:
        framework = group.get("targetFramework")
        allowed = rules.get(framework, (None, set()))[1]
        dependencies = group.findall("n:dependency", ns)
        summary.append(f"{framework}: {' '.join(sorted(d.get('id') for d in dependencies))}")
        for dependency in dependencies:
            name = dependency.get("id")
            if name not in allowed:
                problems.append(f"{package_id} ({framework}): depends on {name}, which is not allowed (allowed: {' '.join(sorted(allowed))})")
            excluded = {flag.strip() for flag in (dependency.get("exclude") or "").split(",")}
            if not {"Build", "Analyzers"} <= excluded:
                problems.append(f"{package_id} ({framework}): the edge to {name} does not exclude Build and Analyzers "
                                f"(exclude=\"{dependency.get('exclude') or ''}\"), so its analyzers would reach consumers")
    if not problems:
        print(f"pack: {package_id} OK: {'; '.join(summary)}")
    return problems


def check_tool(root, ns, names: list[str]) -> list[str]:
    problems = [f"{TOOL}: {TOOL_FOLDER}/{name} is missing" for name in TOOL_FILES if f"{TOOL_FOLDER}/{name}" not in names]
    types = [t.get("name") for t in root.findall("n:metadata/n:packageTypes/n:packageType", ns)]
    if types != ["DotnetTool"]:
        problems.append(f"{TOOL}: package types {types}, expected ['DotnetTool']")
    if root.findall("n:metadata/n:dependencies//n:dependency", ns):
        problems.append(f"{TOOL}: declares dependencies; a tool package carries what it needs")
    if "PACKAGE.md" not in names:
        problems.append(f"{TOOL}: PACKAGE.md is missing")
    for name in names:
        lowered = name.lower()
        if lowered.startswith("analyzers/") or "microsoft.codeanalysis" in lowered:
            problems.append(f"{TOOL}: carries {name}; the tool must stay Roslyn-free")
    if not problems:
        print(f"pack: {TOOL} OK: a .NET tool, command govdisclosure, {sum(name.endswith('.dll') for name in names)} assemblies")
    return problems


def archive_text(nupkg: Path) -> str:
    with zipfile.ZipFile(nupkg) as archive:
        return next(archive.read(name).decode("utf-8", "replace") for name in archive.namelist() if name.endswith(".nuspec"))


def main() -> int:
    folder = Path(sys.argv[1])
    packages = sorted(p for p in folder.glob("*.nupkg") if not p.name.endswith(".snupkg"))
    problems = [] if packages else [f"no package in {folder}"]
    found = set()
    for package in packages:
        found.add(re.sub(r"\.\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?\.nupkg$", "", package.name))
        problems += check(package)
    problems += [f"{missing} was not packed" for missing in sorted((set(RULES) | {TOOL}) - found)]
    for problem in problems:
        print(f"pack: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
