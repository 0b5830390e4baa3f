using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sylvan.Data.Csv;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Reads a county catalog's CSV as counties publish it (§10): strict UTF-8, the published header, merged item cells
/// repeated, several values or ticked boxes in one cell. The CSV itself is read by Sylvan.Data.Csv; this class reads
/// the cells. Every problem is collected, each with its row and column, and nothing is guessed.
/// </summary>
internal static class CatalogCsv
{
    private const string ValueSeparators = "、，,/;；";
    private static readonly char[] Ticked = ['■', '☑', '√', '✓', '✔'];
    private static readonly char[] Boxes = ['■', '☑', '√', '✓', '✔', '□', '☐'];

    internal static (CatalogRow[] Rows, int[] RowNumbers, ProblemList<CatalogProblem> Problems) Read(Stream csv, string name)
    {
        var problems = new ProblemList<CatalogProblem>();
        var text = Decode(csv, name, problems);
        var rows = new List<CatalogRow>();
        var rowNumbers = new List<int>();
        if (text is null)
        {
            return ([], [], problems);
        }

        if (OtherSeparator(text) is { } separator)
        {
            problems.Add(separator);   // one mistake, one problem: every row would otherwise be one unknown column
            return ([], [], problems);
        }

        // No comment lines (a 序号 may start with #); a buffer that may grow to the whole text, so no record is too large for it.
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Comment = '\0', MaxBufferSize = Math.Max(1 << 16, text.Length + 1) };
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(text), options);
            var columns = Header(reader, problems);
            if (columns is null)
            {
                return ([], [], problems);
            }

            var above = Array.Empty<string>();
            while (reader.Read())
            {
                var row = new RowReader(reader, columns, problems);
                if (row.IsBlank)
                {
                    continue;
                }

                var items = row.Items(above);
                rowNumbers.Add(row.Number);
                rows.Add(row.Build(items));
                above = items;
            }
        }
        catch (CsvMissingHeadersException)
        {
            problems.Add(new CatalogProblem(0, null, $"The file has no header row; a catalog starts with {string.Join(",", CatalogColumns.Required)}."));
        }
        catch (CsvFormatException e)
        {
            // Sylvan counts data records from 1, as RowReader does.
            problems.Add(new CatalogProblem(e.RowNumber + 1, null, $"The CSV is not well formed here ({e.Message}); a quoted cell may be missing its closing quote."));
        }

        return ([.. rows], [.. rowNumbers], problems);
    }

    /// <summary>The text of a strictly UTF-8 stream, a byte-order mark dropped; null, with a problem naming the line, for anything else.</summary>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read.</exception>
    private static string? Decode(Stream csv, string name, ProblemList<CatalogProblem> problems)
    {
        var bytes = InputStreams.ReadAll(csv, $"The catalog \"{name}\"").AsSpan();
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = bytes[..read].Count((byte)'\n') + 1;
            problems.Add(new CatalogProblem(line, null,
                $"The file is not UTF-8: the bytes at line {line} (byte {read + 1}) are not UTF-8 text. Excel on Chinese Windows saves \"CSV\" as GBK; save the " +
                "catalog as \"CSV UTF-8\" instead."));
            return null;
        }

        return new string(chars, 0, written);
    }

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

    /// <summary>Each column's index, by published name; null, with a problem for every column missing, repeated or unknown.</summary>
    private static Dictionary<string, int>? Header(CsvDataReader reader, ProblemList<CatalogProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = problems.Count;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i).Trim().Replace('(', '（').Replace(')', '）');
            if (!CatalogColumns.Required.Contains(name) && !CatalogColumns.Optional.Contains(name))
            {
                var closest = Spelling.ClosestUnique(name, CatalogColumns.Required.Concat(CatalogColumns.Optional));
                problems.Add(new CatalogProblem(1, name,
                    $"\"{name}\" is not a column of a catalog" + (closest is null ? "." : $"; did you mean {closest}?") +
                    $" The columns are {string.Join(",", CatalogColumns.Required)}, and optionally {string.Join(", ", CatalogColumns.Optional)}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new CatalogProblem(1, name, $"The header names {name} twice."));
            }
        }

        foreach (var missing in CatalogColumns.Required.Where(name => !columns.ContainsKey(name)))
        {
            problems.Add(new CatalogProblem(1, missing, $"The header has no {missing} column; every catalog has {string.Join(",", CatalogColumns.Required)}."));
        }

        return problems.Count == before ? columns : null;
    }

    /// <summary>The cells of one record, read column by column into a row's parts.</summary>
    private readonly struct RowReader
    {
        private readonly string[] cells;
        private readonly Dictionary<string, int> columns;
        private readonly ProblemList<CatalogProblem> problems;
        private readonly List<(string Column, string Message)> rowProblems = [];

        internal RowReader(CsvDataReader reader, Dictionary<string, int> columns, ProblemList<CatalogProblem> problems)
        {
            this.columns = columns;
            this.problems = problems;
            Number = reader.RowNumber + 1;   // Sylvan counts data records from 1; a spreadsheet counts the header as row 1
            cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i).Trim();   // a cell the row lacks reads as empty
            }

            IsBlank = cells.All(cell => cell.Length == 0);
            var extra = Enumerable.Range(reader.FieldCount, Math.Max(0, reader.RowFieldCount - reader.FieldCount)).Select(reader.GetString).ToArray();
            if (!IsBlank && extra.Any(cell => cell.Trim().Length > 0))
            {
                problems.Add(Problem(null,
                    $"The row has {reader.RowFieldCount} cells and the header {reader.FieldCount}; the cells past the header ({IsoText.QuoteSome(extra)}) belong to no column."));
            }
        }

        /// <summary>The record number as a spreadsheet shows it (the header is 1).</summary>
        internal int Number { get; }

        /// <summary>A problem of this row, naming its record number and, where the row has one, its 序号.</summary>
        private CatalogProblem Problem(string? column, string message)
        {
            var number = columns.TryGetValue(CatalogColumns.Number, out var at) && cells[at].Length > 0 ? cells[at] : null;
            return new CatalogProblem(Number, column, message) { Number = number };
        }

        internal bool IsBlank { get; }

        /// <summary>一级, 二级 and 三级事项, blank cells taken from the row above under the same item (merged cells).</summary>
        internal string[] Items(string[] above)
        {
            var levels = columns.ContainsKey(CatalogColumns.ThirdLevel)
                ? new[] { CatalogColumns.FirstLevel, CatalogColumns.SecondLevel, CatalogColumns.ThirdLevel }
                : [CatalogColumns.FirstLevel, CatalogColumns.SecondLevel];
            var items = new List<string>(levels.Length);
            for (var level = 0; level < levels.Length; level++)
            {
                var cell = Cell(levels[level]);
                var sameParent = level < above.Length && items.SequenceEqual(above.Take(level));
                if (cell.Length > 0)
                {
                    items.Add(cell);
                }
                else if (sameParent)
                {
                    items.Add(above[level]);
                }
                else if (level < 2)
                {
                    // A blank 三级事项 under a new 二级事项 means the row has no third level; a blank 一级 or 二级 is an error.
                    rowProblems.Add((levels[level], above.Length == 0
                        ? "is blank, and there is no row above to repeat"
                        : $"is blank on a row that starts a new {levels[level - 1]} ({IsoText.Quote(items[^1])}), so it cannot repeat the row above"));
                }
            }

            return [.. items];
        }

        internal CatalogRow Build(string[] items)
        {
            var remarks = columns.ContainsKey(CatalogColumns.Remarks) && Cell(CatalogColumns.Remarks).Length > 0 ? Cell(CatalogColumns.Remarks) : null;
            var channels = Channels();
            var audience = Audience();
            var modes = Choices<DisclosureMode>(CatalogColumns.Mode);
            var levels = Choices<AdministrativeLevel>(CatalogColumns.Levels);
            var fromCells = rowProblems.Count;
            var cellsReported = rowProblems.Select(problem => problem.Column is CatalogColumns.FirstLevel or CatalogColumns.SecondLevel ? CatalogColumns.Items : problem.Column).ToHashSet();
            var row = CatalogRow.Read(Cell(CatalogColumns.Number), items, Cell(CatalogColumns.Content), Cell(CatalogColumns.LegalBasis),
                Cell(CatalogColumns.TimeLimit), Cell(CatalogColumns.ResponsibleBody), channels, audience, modes, levels, remarks, rowProblems);

            // The row's own checks see only what the cells left it (no channel, no item name): a cell already reported needs no second word.
            for (var i = 0; i < rowProblems.Count; i++)
            {
                if (i < fromCells || !cellsReported.Contains(rowProblems[i].Column))
                {
                    problems.Add(Problem(rowProblems[i].Column, rowProblems[i].Message));
                }
            }

            return row;
        }

        private string Cell(string column) => cells[columns[column]];

        private List<NationalChannel> Channels()
        {
            var cell = Cell(CatalogColumns.Channels).Replace('(', '（').Replace(')', '）');
            var channels = new List<NationalChannel>();
            var unknown = new List<string>();
            var position = 0;
            while (position < cell.Length)
            {
                if (ValueSeparators.Contains(cell[position]) || char.IsWhiteSpace(cell[position]))
                {
                    position++;
                    continue;
                }

                // National names are matched before a cell is split, since some contain a slash (发布会/听证会); none begins another.
                var channel = NationalChannel.InOrder.FirstOrDefault(candidate => cell.AsSpan(position).StartsWith(candidate.Label.Zh, StringComparison.Ordinal));
                if (channel is null)
                {
                    var end = cell.IndexOfAny(ValueSeparators.ToCharArray(), position);
                    unknown.Add(cell[position..(end < 0 ? cell.Length : end)]);
                    position += unknown[^1].Length;
                    continue;
                }

                channels.Add(channel);
                position += channel.Label.Zh.Length;
            }

            if (unknown.Count > 0)
            {
                // One problem a cell: a cell of many unknown names is one mistake, and its message names the national list once.
                rowProblems.Add((CatalogColumns.Channels, $"{IsoText.QuoteSome(unknown)} {(unknown.Count == 1 ? "is not a channel" : "are not channels")} " +
                                                          $"of the national list ({string.Join("、", NationalChannel.InOrder.Select(c => c.Label.Zh))})"));
            }

            return channels;
        }

        private CatalogAudience Audience()
        {
            var audiences = Choices<CatalogAudience>(CatalogColumns.Audience);
            if (audiences.Count == 0 && Cell(CatalogColumns.Audience).Length == 0)
            {
                rowProblems.Add((CatalogColumns.Audience, "is blank"));
            }
            else if (audiences.Count > 1)
            {
                rowProblems.Add((CatalogColumns.Audience, $"names {string.Join(" and ", audiences.Select(a => a.Label.Zh))}; a row has one audience, 全社会 or 特定群体"));
            }

            return audiences.FirstOrDefault() ?? CatalogAudience.WholeSociety;   // a problem is already recorded; the row is not kept
        }

        /// <summary>The members a cell names: written out and separated, or ticked (■县级 □乡级, spaces between boxes optional).</summary>
        private List<T> Choices<T>(string column)
            where T : BilingualPolicyEnum<T>
        {
            var cell = Cell(column);
            var chosen = new List<T>();
            var (unboxed, unknown) = (new List<string>(), new List<string>());
            var ticks = cell.IndexOfAny(Boxes) >= 0;
            IEnumerable<string> parts = ticks ? BoxedParts(cell) : cell.Split([.. ValueSeparators, ' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                var name = ticks ? part[1..].Trim().Trim(ValueSeparators.ToCharArray()).Trim() : part;
                if (ticks && !Boxes.Contains(part[0]))
                {
                    unboxed.Add(part);
                }
                else if (BilingualPolicyEnum<T>.InOrder.FirstOrDefault(m => m.Label.Zh == name || m.Label.Zh + "公开" == name) is not { } member)
                {
                    unknown.Add(name);
                }
                else if (!ticks || Ticked.Contains(part[0]))
                {
                    chosen.Add(member);
                }
            }

            if (unboxed.Count > 0)
            {
                rowProblems.Add((column, $"{IsoText.QuoteSome(unboxed)} {(unboxed.Count == 1 ? "has" : "have")} no box (■ or □) in a cell of ticked boxes ({IsoText.Quote(cell)})"));
            }

            if (unknown.Count > 0)
            {
                rowProblems.Add((column, $"{IsoText.QuoteSome(unknown)} {(unknown.Count == 1 ? "is" : "are")} not one of {string.Join("、", BilingualPolicyEnum<T>.InOrder.Select(m => m.Label.Zh))}"));
            }

            if (ticks && chosen.Count == 0)
            {
                rowProblems.Add((column, $"has no ticked box ({IsoText.Quote(cell)})"));
            }

            return chosen;
        }

        /// <summary>A cell of boxes cut before each box; text before the first box is a part of its own, which has no box.</summary>
        private static List<string> BoxedParts(string cell)
        {
            var parts = new List<string>();
            var start = 0;
            for (var i = 1; i <= cell.Length; i++)
            {
                if (i == cell.Length || Boxes.Contains(cell[i]))
                {
                    parts.Add(cell[start..i].Trim());   // never empty: the cell is trimmed and each part but the first starts with a box
                    start = i;
                }
            }

            return parts;
        }
    }
}
