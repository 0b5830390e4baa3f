using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sylvan.Data.Csv;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// A county catalog's CSV as its rows of cells (§10, §13): strict UTF-8 unless the caller names the file's encoding, comma-separated, every
/// record a row whatever its number of cells. The CSV itself is read by Sylvan.Data.Csv; <see cref="CatalogSheet"/> reads the cells.
/// </summary>
internal static class CatalogCsv
{
    /// <summary>The records of <paramref name="csv"/>, numbered from 1; null, with the problem, when the file cannot be read as CSV.</summary>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read.</exception>
    internal static SheetRow[]? Read(Stream csv, string name, Encoding? encoding, ProblemList<CatalogProblem> problems)
    {
        var bytes = InputStreams.ReadAll(csv, $"The catalog \"{name}\"");   // a UTF-8 byte-order mark left out: then the segment starts at 3
        var text = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? DecodeUtf8(bytes, problems)
            : bytes.Offset > 0 || IsUtf8Text(bytes) ? NotIn(encoding, bytes.Offset > 0, problems)
            : Decode(bytes, encoding, problems);
        if (text is null)
        {
            return null;
        }

        if (OtherSeparator(text) is { } separator)
        {
            problems.Add(separator);   // one mistake, one problem: every row would otherwise be one unknown column
            return null;
        }

        // No header (the sheet reader finds it below any titles), no comment lines (a 序号 may start with #), a buffer that may grow to the
        // whole text, so that no record is too large for it.
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',', Comment = '\0', MaxBufferSize = Math.Max(1 << 16, text.Length + 1) };
        var rows = new List<SheetRow>();
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(text), options);
            while (reader.Read())
            {
                var cells = new string[reader.RowFieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i).Trim();
                }

                rows.Add(new SheetRow(rows.Count + 1, cells));
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new CatalogProblem(e.RowNumber, null, $"The CSV is not well formed here ({e.Message}); a quoted cell may be missing its closing quote."));
            return null;
        }

        return [.. rows];
    }

    /// <summary>The text of a strictly UTF-8 file, a byte-order mark dropped; null, with a problem naming the line, for anything else.</summary>
    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, ProblemList<CatalogProblem> problems)
    {
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = bytes[..read].Count((byte)'\n') + 1;
            problems.Add(new CatalogProblem(line, null,
                $"The file is not UTF-8: the bytes at line {line} (byte {read + 1}) are not UTF-8 text. Excel and WPS on Chinese Windows save \"CSV\" " +
                "as GBK; save the catalog as \"CSV UTF-8\", or read it with its encoding (CountyCatalog.ReadCsv(stream, name, encoding))."));
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>Whether the bytes are UTF-8 with at least one character past ASCII: text no GBK file is, since its two-byte characters are not
    /// UTF-8 sequences (a few short runs aside).</summary>
    private static bool IsUtf8Text(ReadOnlySpan<byte> bytes)
    {
        var ascii = true;
        foreach (var b in bytes)
        {
            ascii &= b < 0x80;
        }

        return !ascii && Utf8.ToUtf16(bytes, new char[bytes.Length], out _, out _, replaceInvalidSequences: false) == OperationStatus.Done;
    }

    /// <summary>The problem of a UTF-8 file the caller said was in another encoding: read as GBK it would be silently wrong.</summary>
    private static string? NotIn(Encoding encoding, bool marked, ProblemList<CatalogProblem> problems)
    {
        problems.Add(new CatalogProblem(1, null,
            $"The file is UTF-8{(marked ? " (it starts with a UTF-8 byte-order mark)" : "")}, not {Name(encoding)}, as it was to be read: read it without " +
            "an encoding (CountyCatalog.ReadCsv(stream, name))."));
        return null;
    }

    /// <summary>The text of a file in <paramref name="encoding"/>; null, with a problem naming the line, for bytes it cannot decode.</summary>
    private static string? Decode(ArraySegment<byte> bytes, Encoding encoding, ProblemList<CatalogProblem> problems)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes.Array!, bytes.Offset, bytes.Count);
        }
        catch (DecoderFallbackException e)
        {
            var line = bytes.AsSpan(0, Math.Max(0, Math.Min(bytes.Count, e.Index))).Count((byte)'\n') + 1;
            problems.Add(new CatalogProblem(line, null,
                $"The file is not {Name(encoding)}: the bytes at line {line} are not text in it. Check the encoding the file was saved in."));
            return null;
        }
    }

    /// <summary>An encoding as problems name it: GBK is code page 936, whose web name is gb2312.</summary>
    private static string Name(Encoding encoding) => $"{encoding.WebName} (code page {encoding.CodePage})";

    /// <summary>A header split by semicolons or tabs instead of commas (a "CSV" saved in a European locale, or a sheet copied as text).</summary>
    private static CatalogProblem? OtherSeparator(string text)
    {
        var header = text.AsSpan(0, text.IndexOf('\n') is >= 0 and var end ? end : text.Length);
        if (header.IndexOf(',') >= 0)
        {
            return null;
        }

        var (semicolons, tabs) = (header.Count(';'), header.Count('\t'));
        var (count, what) = semicolons >= tabs ? (semicolons, "semicolons (;)") : (tabs, "tabs");
        return count == 0 ? null : new CatalogProblem(1, null,
            $"The header is split by {what}, not commas: a catalog's CSV separates its cells with commas. Save the sheet as \"CSV UTF-8 " +
            "(comma delimited)\", or replace the separators.");
    }
}
