using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Documents;

/// <summary>Tables 二, 三 and 四 as Word tables, laid out as the national format lays them out; a cell spanning rows is Word's <c>vMerge</c>,
/// one spanning columns its <c>gridSpan</c>.</summary>
internal static class DocxTables
{
    private const string Decisions = "本年处理决定数量";

    internal static Table Proactive(PublishedProactiveFigures figures)
    {
        List<Spec[]> rows =
        [
            [new("第二十条第（一）项", 1, 4)],
            [new("信息内容"), new("本年制发件数"), new("本年废止件数"), new("现行有效件数")],
        ];
        foreach (var (name, counts) in new[] { ("规章", figures.Rules), ("行政规范性文件", figures.NormativeDocuments) })
        {
            rows.Add([new(name), Figure(counts.Issued), Figure(counts.Repealed), Figure(counts.InForce)]);
        }

        var items = new (string Item, string Heading, (string Name, decimal? Figure)[] Rows)[]
        {
            ("第二十条第（五）项", Decisions, [("行政许可", figures.LicensingDecisions)]),
            ("第二十条第（六）项", Decisions, [("行政处罚", figures.PenaltyDecisions), ("行政强制", figures.CoercionDecisions)]),
            ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", figures.FeesTenThousandYuan)]),
        };
        foreach (var (item, heading, singles) in items)
        {
            rows.Add([new(item, 1, 4)]);
            rows.Add([new("信息内容"), new(heading, 1, 3)]);
            rows.AddRange(singles.Select(single => new Spec[] { new(single.Name), new(AnnualReportDocx.Figure(single.Figure), 1, 3) }));
        }

        return Build(rows, [2400, 2200, 2200, 2200]);
    }

    internal static Table Requests(PublishedRequestTable table)
    {
        var organizations = ApplicantKind.InOrder.Where(kind => kind.IsOrganization).ToArray();
        List<Spec[]> rows =
        [
            [new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new("申请人情况", 1, 7)],
            [new(ApplicantKind.NaturalPerson.Label.Zh, 2, 1), new("法人或其他组织", 1, organizations.Length), new("总计", 2, 1)],
            [.. organizations.Select(kind => new Spec(kind.Label.Zh))],
        ];
        var results = RequestTable.Rows.Count(row => row.IsResult) + 1;
        RequestOutcomeGroup? group = null;
        foreach (var row in RequestTable.Rows)
        {
            var label = new List<Spec>();
            if (row == RequestTableRow.Disclosed)
            {
                label.Add(new("三、本年度办理结果", results, 1));
            }

            if (row.Outcome is { RowInGroup: not null } outcome)
            {
                if (outcome.Group != group)
                {
                    group = outcome.Group;
                    label.Add(new($"（{GroupNumeral(group)}）{group.Label.Zh}", RequestTable.Rows.Count(r => r.Outcome?.Group == group), 1));
                }

                label.Add(new($"{outcome.RowInGroup}．{row.Label.Zh}"));
            }
            else if (row.IsResult || row == RequestTableRow.Total)
            {
                var text = row == RequestTableRow.Total ? "（七）总计" : $"（{GroupNumeral(row.Outcome!.Group)}）{row.Outcome.Group.Label.Zh}";
                label.Add(new(text + (row == RequestTableRow.PartlyDisclosed ? "（区分处理的，只计这一情形，不计其他情形）" : ""), 1, 2));
            }
            else
            {
                label.Add(new($"{row.TableLabel}、{row.Label.Zh}", 1, 3));
            }

            rows.Add([.. label, .. ApplicantKind.InOrder.Select(kind => table[row][kind]).Append(table[row].Total).Select(Figure)]);
        }

        return Build(rows, [700, 900, 2300, 800, 800, 800, 800, 800, 800, 800]);
    }

    internal static Table Redress(PublishedRedressTable table)
    {
        Spec[] results = [.. RedressResult.InOrder.Select(result => new Spec(result.Label.Zh)), new("总计")];
        return Build(
        [
            [new(RedressCaseKind.Reconsideration.Label.Zh, 1, 5), new("行政诉讼", 1, 10)],
            [.. results.Select(result => result with { RowSpan = 2 }), new(RedressCaseKind.DirectLitigation.Label.Zh, 1, 5), new(RedressCaseKind.LitigationAfterReconsideration.Label.Zh, 1, 5)],
            [.. results, .. results],
            [.. RedressCaseKind.InOrder.SelectMany(kind => RedressResult.InOrder.Select(result => table[kind][result]).Append(table[kind].Total)).Select(Figure)],
        ], [.. Enumerable.Repeat(600, 15)]);
    }

    private static string GroupNumeral(RequestOutcomeGroup group) => group.TableLabel.Trim('(', ')');

    private static Spec Figure(int? figure) => new(AnnualReportDocx.Figure(figure));

    /// <summary>A Word table of the rows' cells; a cell spanning rows opens a vertical merge that the rows below it continue.</summary>
    private static Table Build(IReadOnlyList<Spec[]> rows, int[] widths)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. widths.Select(width => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        var open = new int[widths.Length];   // rows still to continue below a merge opened in each column
        var spans = new int[widths.Length];
        foreach (var specs in rows)
        {
            var row = new TableRow();
            var (column, next) = (0, 0);
            while (column < widths.Length && (next < specs.Length || open[column] > 0))
            {
                if (open[column] > 0)
                {
                    open[column]--;
                    row.Append(Cell("", spans[column], new VerticalMerge()));
                    column += spans[column];
                    continue;
                }

                var spec = specs[next++];
                (open[column], spans[column]) = (spec.RowSpan - 1, spec.ColumnSpan);
                row.Append(Cell(spec.Text, spec.ColumnSpan, spec.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null));
                column += spec.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, int columnSpan, VerticalMerge? merge)
    {
        var properties = new TableCellProperties();
        if (columnSpan > 1)
        {
            properties.Append(new GridSpan { Val = columnSpan });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, DocxStyles.Paragraph(text, DocxStyles.Cell));
    }

    /// <summary>A cell to write: its text and how many rows and columns it spans.</summary>
    private sealed record Spec(string Text, int RowSpan = 1, int ColumnSpan = 1);
}
