#!/usr/bin/env bash
# Makes the annual-report fixtures the way offices make them: the library writes each report as a .docx (tools/FixtureMaker, with the
# Word-style web page county sites publish beside it), and LibreOffice Writer opens that .docx and saves it again as .docx, as a web page
# and as PDF. Usage: tools/make-fixtures.sh [output folder]; by default the committed folder, tests/GovDisclosure.Policy.Tests/Documents/Fixtures.
# Needs soffice (Debian: apt-get install libreoffice-writer-nogui). CI runs it into a scratch folder and compares the figures read from
# what it made with the reports they were made from (RegeneratedFixtureTests), not the bytes: LibreOffice stamps its files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-tests/GovDisclosure.Policy.Tests/Documents/Fixtures}")
command -v soffice >/dev/null || { echo "make-fixtures: soffice not found (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
mkdir -p "$out"
dotnet run --project tools/FixtureMaker -c Release -- "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"   # a profile of its own, so that no running LibreOffice is disturbed
for docx in "$out"/*.docx; do
  case "$docx" in *.lo.docx) continue ;; esac
  name=$(basename "$docx" .docx)
  for target in 'docx:MS Word 2007 XML' 'html:HTML (StarWriter)' 'pdf:writer_pdf_Export'; do
    soffice -env:UserInstallation="$profile" --headless --convert-to "$target" --outdir "$work/out" "$docx" > /dev/null 2> >(grep -v javaldx >&2)
  done
  mv "$work/out/$name.docx" "$out/$name.lo.docx"
  mv "$work/out/$name.html" "$out/$name.lo.html"
  mv "$work/out/$name.pdf" "$out/$name.pdf"
  rm -rf "$work/out"
  echo "$name: .lo.docx, .lo.html and .pdf by $(soffice --version | head -1)"
done
