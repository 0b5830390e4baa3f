using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Table 二 (§9.3) read from one published table or several (some pages give each article item its own) or from lines of text: each row
/// found by its label in its first cell — 规章 and 行政规范性文件 with three figures (本年制发件数, 本年废止件数, 现行有效件数), 行政许可,
/// 行政处罚 and 行政强制 with one (本年处理决定数量), 行政事业性收费 with one amount in 万元.
/// </summary>
internal sealed class ProactiveTableReader(ReadProblems problems) : ITableReader
{
    /// <summary>The table's numeral, as problems name it.</summary>
    internal const string Numeral = "二";

    /// <inheritdoc />
    public string Table => Numeral;

    /// <inheritdoc />
    public ReportSection Section => ReportSection.Proactive;

    /// <inheritdoc />
    public bool Holds(string texts) => texts.Contains("规章") || texts.Contains("行政许可") || texts.Contains("第二十条");

    private static readonly string[] DocumentColumns = ["本年制发件数", "本年废止件数", "现行有效件数"];

    /// <summary>The rows in printed order: the label that finds each, and its columns.</summary>
    private static readonly (string Name, string Word, string[] Columns)[] Rows =
    [
        ("规章", "规章", DocumentColumns),
        ("行政规范性文件", "规范性文件", DocumentColumns),
        ("行政许可", "行政许可", ["本年处理决定数量"]),
        ("行政处罚", "行政处罚", ["本年处理决定数量"]),
        ("行政强制", "行政强制", ["本年处理决定数量"]),
        ("行政事业性收费", "收费", ["本年收费金额"]),
    ];

    private readonly decimal?[]?[] read = new decimal?[]?[Rows.Length];
    private bool found;

    /// <summary>Reads every row of a grid whose first cell names one of the table's rows.</summary>
    public void Read(TableBlock table)
    {
        found = true;
        for (var r = 0; r < table.RowCount; r++)
        {
            problems.Page = table.PageOf(r);
            var cells = table.Distinct(r, 0, table.ColumnCount).ToArray();
            if (cells.Length > 0 && IndexOf(TextForm.Compact(cells[0].Text)) is var row and >= 0)
            {
                var figures = cells.Skip(1).Select(cell => cell.Text).ToArray();
                if (figures.Length != Rows[row].Columns.Length)
                {
                    problems.Add(DocumentProblemKind.CellsMisplaced, Numeral, Rows[row].Name, null,
                        $"the row has {figures.Length} cells after its label where the format gives it {Rows[row].Columns.Length} ({string.Join("、", Rows[row].Columns)}); its figures are not read");
                    read[row] ??= new decimal?[Rows[row].Columns.Length];   // found, and named once: its cells stay blank
                    continue;
                }

                Put(row, figures);
            }
        }
    }

    /// <summary>Reads a line of the table flattened to text; true when it is one of its rows.</summary>
    public bool Read(FlatLine line)
    {
        var row = line.Figures.Length == 0 ? -1 : IndexOf(line.Label);
        if (row < 0)
        {
            return false;
        }

        found = true;
        if (line.Figures.Length != Rows[row].Columns.Length)
        {
            problems.RunTogether(Numeral, Rows[row].Name, line, Rows[row].Columns.Length);
            read[row] ??= new decimal?[Rows[row].Columns.Length];   // found, and named once: its cells stay blank
            return true;
        }

        Put(row, line.Figures);
        return true;
    }

    /// <summary>The table read; rows not found are blank and named, unless the table itself was not found.</summary>
    internal PublishedProactiveFigures Finish()
    {
        for (var i = 0; i < Rows.Length && found; i++)
        {
            if (read[i] is null)
            {
                problems.Add(DocumentProblemKind.RowNotFound, Numeral, Rows[i].Name, null, $"the row {Rows[i].Name} was not found; its cells are left blank");
            }
        }

        PublishedDocumentCounts Documents(int row) =>
            read[row] is { } f ? new PublishedDocumentCounts((int?)f[0], (int?)f[1], (int?)f[2]) : PublishedDocumentCounts.Blank;
        int? Decisions(int row) => (int?)read[row]?[0];
        return new PublishedProactiveFigures(Documents(0), Documents(1), Decisions(2), Decisions(3), Decisions(4), read[5]?[0]);
    }

    private static int IndexOf(string label)
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            if (label.Contains(Rows[i].Word) && (i != 0 || !label.Contains("规范性文件")))
            {
                return i;
            }
        }

        return -1;
    }

    private void Put(int row, string[] cells)
    {
        var (name, columns) = (Rows[row].Name, Rows[row].Columns);
        if (read[row] is not null)
        {
            problems.Add(DocumentProblemKind.RowRepeated, Numeral, name, null, "the row appears again; the first is read");
            return;
        }

        read[row] = [.. cells.Select((cell, c) => problems.Figure(cell, decimals: row == Rows.Length - 1, Numeral, name, columns[c]))];
    }
}
