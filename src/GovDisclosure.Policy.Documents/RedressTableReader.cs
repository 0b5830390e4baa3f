using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Table 四 (§9.5) read from a published table or a line of text: fifteen figures under a two-level header — 行政复议, then 行政诉讼's
/// 未经复议直接起诉 and 复议后起诉, each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. Each column is found by the headers above it.
/// </summary>
internal sealed class RedressTableReader(ReadProblems problems) : ITableReader
{
    /// <summary>The table's numeral, as problems name it.</summary>
    internal const string Numeral = "四";

    /// <inheritdoc />
    public string Table => Numeral;

    /// <inheritdoc />
    public ReportSection Section => ReportSection.Redress;

    /// <inheritdoc />
    public bool Holds(string texts) => texts.Contains("结果维持") || texts.Contains("尚未审结");

    private static readonly string[] Results = [.. RedressResult.InOrder.Select(result => result.Label.Zh), "总计"];
    private static readonly string[] HeaderWords = ["复议", "诉讼", "结果", "审结", "总计"];

    private readonly int?[][] read = [.. RedressCaseKind.InOrder.Select(_ => new int?[Results.Length])];
    private bool found;
    private bool figures;

    /// <summary>The group's name as problems give it.</summary>
    internal static string NameOf(RedressCaseKind kind) => kind == RedressCaseKind.Reconsideration ? kind.Label.Zh : $"行政诉讼（{kind.Label.Zh}）";

    /// <summary>Reads the first row of figures under the header.</summary>
    public void Read(TableBlock table)
    {
        found = true;
        var header = 0;
        while (header < table.RowCount && table.Distinct(header, 0, table.ColumnCount).Any(cell => HeaderWords.Any(TextForm.Compact(cell.Text).Contains)))
        {
            header++;
        }

        if (figures || header == table.RowCount)
        {
            return;
        }

        figures = true;
        problems.Page = table.PageOf(header);
        var columns = RedressCaseKind.InOrder.Select(_ => Results.Select(_ => -1).ToArray()).ToArray();
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var above = string.Concat(Enumerable.Range(0, header).Select(r => TextForm.Compact(table[r, c].Text)));
            var kind = above.Contains("未经复议") ? RedressCaseKind.DirectLitigation
                : above.Contains("复议后") ? RedressCaseKind.LitigationAfterReconsideration
                : above.Contains("行政复议") ? RedressCaseKind.Reconsideration
                : null;
            var result = header == 0 ? -1 : Array.IndexOf(Results, TextForm.Compact(table[header - 1, c].Text));
            if (kind is not null && result >= 0 && columns[kind.Value - 1][result] < 0)
            {
                columns[kind.Value - 1][result] = c;
            }
        }

        foreach (var kind in RedressCaseKind.InOrder)
        {
            for (var i = 0; i < Results.Length; i++)
            {
                var c = columns[kind.Value - 1][i];
                if (c < 0)
                {
                    problems.Add(DocumentProblemKind.ColumnNotFound, Numeral, NameOf(kind), Results[i], $"no header names the column {Results[i]} of {NameOf(kind)}; its cell is left blank");
                }
                else
                {
                    read[kind.Value - 1][i] = (int?)problems.Figure(table[header, c].Text, decimals: false, Numeral, NameOf(kind), Results[i]);
                }
            }
        }
    }

    /// <summary>Reads a line of fifteen figures flattened to text; true when the line is figures alone.</summary>
    public bool Read(FlatLine line)
    {
        if (figures || line.Label.Length > 0 || line.Figures.Length == 0)
        {
            return false;
        }

        (found, figures) = (true, true);
        var count = RedressCaseKind.InOrder.Count * Results.Length;
        if (line.Figures.Length != count)
        {
            problems.RunTogether(Numeral, null, line, count);
            return true;
        }

        foreach (var kind in RedressCaseKind.InOrder)
        {
            for (var i = 0; i < Results.Length; i++)
            {
                read[kind.Value - 1][i] = (int?)problems.Figure(line.Figures[(kind.Value - 1) * Results.Length + i], decimals: false, Numeral, NameOf(kind), Results[i]);
            }
        }

        return true;
    }

    /// <summary>The table read; blank, and named, when no row of figures was found under its header.</summary>
    internal PublishedRedressTable Finish()
    {
        if (found && !figures)
        {
            problems.Add(DocumentProblemKind.RowNotFound, Numeral, null, null, "no row of figures was found under the table's header; its cells are left blank");
        }

        PublishedRedressCounts Group(RedressCaseKind kind) =>
            new(read[kind.Value - 1][0], read[kind.Value - 1][1], read[kind.Value - 1][2], read[kind.Value - 1][3], read[kind.Value - 1][4]);
        return new PublishedRedressTable(Group(RedressCaseKind.Reconsideration), Group(RedressCaseKind.DirectLitigation), Group(RedressCaseKind.LitigationAfterReconsideration));
    }
}
