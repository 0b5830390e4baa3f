using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Table 三 (§9.4) read from a published table or from its lines flattened to text: each row found by its label — 一 by 本年新收, 二 by 上年结转,
/// the result rows by their group (予以公开 … 其他处理) and their number or name within it, 三(七) by 总计, 四 by 结转下年 — and each column by
/// its header (自然人, 商业企业, …, 总计). A row of a group without its numbered rows, holding figures, is the format before 2021's (§12.11).
/// </summary>
internal sealed class RequestTableReader(ReadProblems problems) : ITableReader
{
    /// <summary>The table's numeral, as problems name it.</summary>
    internal const string Numeral = "三";

    /// <inheritdoc />
    public string Table => Numeral;

    /// <inheritdoc />
    public ReportSection Section => ReportSection.Requests;

    /// <inheritdoc />
    public bool Holds(string texts) => texts.Contains("本年新收") || texts.Contains("上年结转");

    private static readonly string[] Columns = [.. ApplicantKind.InOrder.Select(kind => kind.Label.Zh), "总计"];
    private static readonly RequestTableRow[] Rows = [.. RequestTable.Rows];

    /// <summary>Words one of which the first row below the header holds, whichever of the first rows a page left out.</summary>
    private static readonly string[] FirstRowWords = ["本年新收", "上年结转", "办理结果", "予以公开"];

    private readonly PublishedApplicantCounts?[] read = new PublishedApplicantCounts?[Rows.Length];
    private RequestOutcomeGroup? group;
    private bool found;

    /// <summary>True once a row of 其他处理 alone held figures: the report follows the format before 2021's.</summary>
    internal bool IsEarlierFormat { get; private set; }

    /// <summary>The row's name as problems give it: <c>一</c>, <c>三（一）</c>, <c>三（四）1</c>, <c>四</c>.</summary>
    internal static string NameOf(RequestTableRow row) => row.TableLabel.Replace('(', '（').Replace(')', '）');

    /// <summary>Reads the table's grid: the header's columns, then every row below it.</summary>
    public void Read(TableBlock table)
    {
        found = true;
        var firstRow = 0;
        while (firstRow < table.RowCount && !FirstRowWords.Any(Label(table, firstRow, table.ColumnCount).Contains))
        {
            firstRow++;
        }

        var columns = Columns.Select(_ => -1).ToArray();
        for (var r = 0; r < firstRow; r++)
        {
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (Array.IndexOf(Columns, TextForm.Compact(table[r, c].Text)) is var at and >= 0)
                {
                    columns[at] = table[r, c].Column;   // the lowest header row naming it wins
                }
            }
        }

        for (var i = 0; i < Columns.Length; i++)
        {
            if (columns[i] < 0)
            {
                problems.Add(DocumentProblemKind.ColumnNotFound, Numeral, null, Columns[i], $"no header cell names the column {Columns[i]}; its cells are left blank");
            }
        }

        var labelEnd = columns.Where(c => c >= 0).DefaultIfEmpty(table.ColumnCount).Min();
        for (var r = firstRow; r < table.RowCount; r++)
        {
            problems.Page = table.PageOf(r);
            var label = Label(table, r, labelEnd);
            var cells = columns.Select(c => c < 0 || table[r, c].Row != r || table[r, c].Column != c ? "" : table[r, c].Text).ToArray();
            Put(label, cells);
        }
    }

    /// <summary>Reads a line of the table flattened to text, its group remembered for the numbered rows after it; true when it is a row.</summary>
    public bool Read(FlatLine line)
    {
        if (line.Figures.Length == 0)
        {
            _ = Identify(line.Label);   // a group's own line: 三、本年度办理结果, （三）不予公开
            return false;
        }

        if (Identify(line.Label) is not { } row)
        {
            return false;
        }

        found = true;
        if (line.Figures.Length != Columns.Length)
        {
            problems.RunTogether(Numeral, NameOf(row), line, Columns.Length);
            read[row.Value - 1] ??= PublishedApplicantCounts.Blank;   // found, and named once: its cells stay blank
            return true;
        }

        Put(row, line.Figures);
        return true;
    }

    /// <summary>The table read; rows not found are blank and named, unless the table itself was not found.</summary>
    internal PublishedRequestTable Finish()
    {
        var table = PublishedRequestTable.Blank;
        for (var i = 0; i < Rows.Length && found; i++)
        {
            if (read[i] is { } counts)
            {
                table = table.With(Rows[i], counts);
            }
            else
            {
                problems.Add(DocumentProblemKind.RowNotFound, Numeral, NameOf(Rows[i]), null, $"the row {Rows[i].Label.Zh} was not found; its cells are left blank");
            }
        }

        return table;
    }

    private static string Label(TableBlock table, int row, int end) => string.Concat(table.Distinct(row, 0, end).Select(cell => TextForm.Compact(cell.Text)));

    private void Put(string label, string[] cells)
    {
        if (Identify(label) is { } row)
        {
            Put(row, cells);
        }
        else if (label.Length > 0 && cells.Any(cell => TextForm.Compact(cell).Length > 0))
        {
            if (group == RequestOutcomeGroup.OtherHandling && IsGroupOnly(label))
            {
                IsEarlierFormat = true;
            }
            else
            {
                problems.Add(DocumentProblemKind.RowUnknown, Numeral, ReadProblems.Quoted(label), null, "the row is not one of the format's; its figures are not read");
            }
        }
    }

    private void Put(RequestTableRow row, IReadOnlyList<string> cells)
    {
        var name = NameOf(row);
        if (read[row.Value - 1] is not null)
        {
            problems.Add(DocumentProblemKind.RowRepeated, Numeral, name, null, "the row appears again; the first is read");
            return;
        }

        var figures = new int?[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            figures[c] = (int?)problems.Figure(cells[c], decimals: false, Numeral, name, Columns[c]);
        }

        read[row.Value - 1] = PublishedApplicantCounts.FromCells(figures);
    }

    /// <summary>The row a label names, the group it names remembered; null for a label that names a group alone or no row.</summary>
    private RequestTableRow? Identify(string label)
    {
        if (label.Contains("本年新收"))
        {
            return RequestTableRow.NewThisYear;
        }

        if (label.Contains("上年结转"))
        {
            return RequestTableRow.CarriedOver;
        }

        if (label.Contains("结转下年"))
        {
            return RequestTableRow.CarriedForward;
        }

        if (label.EndsWith("总计", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal))
        {
            return RequestTableRow.Total;
        }

        var rest = label;
        if (RequestOutcomeGroup.InOrder.FirstOrDefault(named => label.Contains(named.Label.Zh)) is { } named)
        {
            (group, rest) = (named, label.Substring(label.LastIndexOf(named.Label.Zh, StringComparison.Ordinal) + named.Label.Zh.Length));
        }

        if (group is null)
        {
            return null;
        }

        var rows = Rows.Where(row => row.Outcome?.Group == group).ToArray();
        if (rows.Length == 1)
        {
            return rest == label ? null : rows[0];
        }

        var number = string.Concat(rest.TakeWhile(c => c is >= '0' and <= '9'));
        if (number.Length is > 0 and < 3 && int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= 1 && n <= rows.Length)
        {
            return rows[n - 1];
        }

        return rows.Where(row => rest.Contains(row.Label.Zh)).OrderByDescending(row => row.Label.Zh.Length).FirstOrDefault();
    }

    private static bool IsGroupOnly(string label) => label.EndsWith(RequestOutcomeGroup.OtherHandling.Label.Zh, StringComparison.Ordinal);
}
