namespace GovDisclosure.Policy.Catalogs;

// The cells of one row of a sheet, read column by column into a catalog row.
internal static partial class CatalogSheet
{
    private const string ValueSeparators = "、，,/;；";
    private static readonly char[] NameEnds = [.. ValueSeparators, ' ', '\u3000', '\n', '\r', '\t'];
    private static readonly char[] TickedBoxes = ['■', '☑', '√', '✓', '✔'];
    private static readonly char[] Boxes = ['■', '☑', '√', '✓', '✔', '□', '☐'];
    private static readonly string[] Ticks = ["√", "✓", "✔", "●", "■", "☑", "是"];

    private readonly struct Cells
    {
        private readonly string[] cells;
        private readonly CatalogHeader header;
        private readonly string? sheetName;
        private readonly ProblemList<CatalogProblem> problems;
        private readonly List<(string Column, string Message)> rowProblems = [];

        internal Cells(SheetRow row, CatalogHeader header, string? sheetName, ProblemList<CatalogProblem> problems)
        {
            (cells, this.header, this.sheetName, this.problems, Number) = (row.Cells, header, sheetName, problems, row.Number);
            var extra = cells.Skip(header.Width).Where(cell => cell.Length > 0).ToArray();
            if (extra.Length > 0)
            {
                problems.Add(Problem(null,
                    $"The row has {cells.Length} cells and the header {header.Width}; the cells past the header ({IsoText.QuoteSome(extra)}) belong to no column."));
            }
        }

        /// <summary>The row's number as its sheet shows it.</summary>
        private int Number { get; }

        /// <summary>A problem of this row, naming its sheet, its number and, where the row has one, its 序号.</summary>
        private CatalogProblem Problem(string? column, string message)
        {
            var number = Cell(CatalogColumns.Number);
            return new CatalogProblem(Number, column, message) { Number = number.Length > 0 ? number : null, Sheet = sheetName };
        }

        /// <summary>一级, 二级 and 三级事项, blank cells taken from the row above under the same item (merged cells).</summary>
        internal string[] Items(string[] above)
        {
            var levels = header.Has(CatalogColumns.ThirdLevel)
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
                    items.Add("");   // held in its place, so that the levels below keep theirs and the rows below repeat it without a word
                }
            }

            return [.. items];
        }

        internal CatalogRow Build(string[] items)
        {
            var remarks = Cell(CatalogColumns.Remarks) is { Length: > 0 } written ? written : null;
            var channels = Channels();
            var audience = Audience();
            var modes = Choices<DisclosureMode>(CatalogColumns.Mode);
            var levels = header.Has(CatalogColumns.Levels) ? Choices<AdministrativeLevel>(CatalogColumns.Levels) : null;
            var fromCells = rowProblems.Count;
            var cellsReported = rowProblems.Select(problem => problem.Column is CatalogColumns.FirstLevel or CatalogColumns.SecondLevel ? CatalogColumns.Items : problem.Column).ToHashSet();
            if (items.Contains(""))
            {
                cellsReported.Add(CatalogColumns.Items);   // a blank item is this row's problem, already given, or the row above's, repeated
            }

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

        /// <summary>The cell of <paramref name="column"/>, empty when the sheet has no such column or the row stops before it.</summary>
        private string Cell(string column) => header.IndexOf(column) is >= 0 and var index && index < cells.Length ? cells[index] : "";

        /// <summary>公开渠道和载体: names written out (separated, or one a line), or a checklist of boxes (■政府网站□政府公报…), each read by
        /// <see cref="ChannelNames"/>. Two names for one channel (片区公示栏, 村（居）公示栏) give it once.</summary>
        private List<NationalChannel> Channels()
        {
            var cell = Cell(CatalogColumns.Channels).Replace('(', '（').Replace(')', '）');
            var (channels, written, unknown, unboxed) = (new List<NationalChannel>(), new List<string>(), new List<string>(), new List<string>());
            void Add(string name, bool ticked)
            {
                var channel = ChannelNames.Read(name);
                if (channel is null)
                {
                    unknown.Add(name);
                }
                else if (ticked && (!channels.Contains(channel) || written.Contains(name)))
                {
                    channels.Add(channel);   // the same name twice is a problem of the row; a second name for a channel is not
                    written.Add(name);
                }
            }

            if (cell.IndexOfAny(Boxes) >= 0)
            {
                foreach (var part in BoxedParts(cell))
                {
                    if (Boxes.Contains(part[0]))
                    {
                        Add(part[1..].Trim().Trim(NameEnds), TickedBoxes.Contains(part[0]));
                    }
                    else
                    {
                        unboxed.Add(part);
                    }
                }
            }
            else
            {
                ReadNames(cell, name => Add(name, ticked: true));
            }

            if (unboxed.Count > 0)
            {
                rowProblems.Add((CatalogColumns.Channels, $"{IsoText.QuoteSome(unboxed)} {(unboxed.Count == 1 ? "has" : "have")} no box (■ or □) in a checklist ({IsoText.Quote(cell)})"));
            }

            if (unknown.Count > 0)
            {
                // One problem a cell: a cell of many unknown names is one mistake, and its message names the national list once.
                rowProblems.Add((CatalogColumns.Channels, $"{IsoText.QuoteSome(unknown)} {(unknown.Count == 1 ? "is not a channel" : "are not channels")} " +
                                                          $"of the national list ({string.Join("、", NationalChannel.InOrder.Select(c => c.Label.Zh))})"));
            }

            return channels;
        }

        /// <summary>Each name of a cell of names: a national name is matched before the cell is split, since some contain a slash
        /// (发布会/听证会) and none begins another; any other name runs to the next separator, space or line break.</summary>
        private static void ReadNames(string cell, Action<string> name)
        {
            var position = 0;
            while (position < cell.Length)
            {
                if (NameEnds.Contains(cell[position]))
                {
                    position++;
                    continue;
                }

                var national = NationalChannel.InOrder.FirstOrDefault(candidate => cell.AsSpan(position).StartsWith(candidate.Label.Zh, StringComparison.Ordinal));
                var end = national is not null ? position + national.Label.Zh.Length : cell.IndexOfAny(NameEnds, position) is >= 0 and var stop ? stop : cell.Length;
                name(cell[position..end]);
                position = end;
            }
        }

        private CatalogAudience Audience()
        {
            var before = rowProblems.Count;
            var audiences = Choices<CatalogAudience>(CatalogColumns.Audience);
            if (audiences.Count == 0 && rowProblems.Count == before)
            {
                rowProblems.Add((CatalogColumns.Audience, "is blank"));
            }
            else if (audiences.Count > 1)
            {
                rowProblems.Add((CatalogColumns.Audience, $"names {string.Join(" and ", audiences.Select(a => a.Label.Zh))}; a row has one audience, 全社会 or 特定群体"));
            }

            return audiences.FirstOrDefault() ?? CatalogAudience.WholeSociety;   // a problem is already recorded; the row is not kept
        }

        /// <summary>The members a group names: ticks in its tick columns, or its one cell — written out and separated, or ticked (■县级 □乡级).</summary>
        private List<T> Choices<T>(string column)
            where T : BilingualPolicyEnum<T>
        {
            var tickColumns = header.TicksOf(column);
            return tickColumns.Count > 0 ? FromTicks<T>(column, tickColumns) : Written<T>(column);
        }

        /// <summary>The members whose tick columns hold a tick (√, ✓, ✔, ●, ■, ☑, 是, or the member's own name); anything else is a problem.</summary>
        private List<T> FromTicks<T>(string column, IReadOnlyList<(int Index, string[] Words)> tickColumns)
            where T : BilingualPolicyEnum<T>
        {
            var chosen = new List<T>();
            foreach (var (index, words) in tickColumns)
            {
                var cell = index < cells.Length ? cells[index] : "";
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!Ticks.Contains(cell) && !(CatalogHeader.WordsOf(column, cell) is { } named && named.SequenceEqual(words)))
                {
                    rowProblems.Add((column, $"{IsoText.Quote(cell)} under {string.Join("、", words)} is neither a tick ({string.Join(" ", Ticks)}) nor blank"));
                    continue;
                }

                chosen.AddRange(words.Select(word => BilingualPolicyEnum<T>.InOrder.First(member => member.Label.Zh == word)));
            }

            if (chosen.Count == 0 && rowProblems.All(problem => problem.Column != column))
            {
                rowProblems.Add((column, $"has no tick under any of {string.Join("、", tickColumns.SelectMany(tick => tick.Words))}"));
            }

            return chosen;
        }

        /// <summary>The members one cell names: written out and separated, or ticked boxes (■县级 □乡级, spaces between boxes optional).</summary>
        private List<T> Written<T>(string column)
            where T : BilingualPolicyEnum<T>
        {
            var cell = Cell(column);
            var chosen = new List<T>();
            var (unboxed, unknown) = (new List<string>(), new List<string>());
            var ticks = cell.IndexOfAny(Boxes) >= 0;
            IEnumerable<string> parts = ticks ? BoxedParts(cell) : cell.Split(NameEnds, StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                var name = ticks ? part[1..].Trim().Trim(NameEnds) : part;
                if (ticks && !Boxes.Contains(part[0]))
                {
                    unboxed.Add(part);
                }
                else if (BilingualPolicyEnum<T>.InOrder.FirstOrDefault(m => m.Label.Zh == name || m.Label.Zh + "公开" == name) is not { } member)
                {
                    unknown.Add(name);
                }
                else if (!ticks || TickedBoxes.Contains(part[0]))
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
