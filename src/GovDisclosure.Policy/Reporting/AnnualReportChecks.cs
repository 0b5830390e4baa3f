using System.Globalization;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>The identities of the national format (§9.4, §9.5), checked figure by figure: what <see cref="AnnualReport.Problems"/> lists.</summary>
internal static class AnnualReportChecks
{
    private static readonly (string Zh, string En)[] Columns =
        [.. ApplicantKind.InOrder.Select(kind => (kind.NameZh, kind.NameEn)), ("总计", "total")];

    internal static ReportProblem[] Find(AnnualReport report)
    {
        var problems = new List<ReportProblem>();
        Proactive(report.Proactive, problems);
        Requests(report.Requests, report.LastYearCarriedForward, problems);
        Redress(report.Redress, problems);
        return [.. problems];
    }

    private static void Proactive(ProactiveDisclosureFigures figures, List<ReportProblem> problems)
    {
        foreach (var (documents, zh, en) in new[] { (figures.Rules, "规章", "rules"), (figures.NormativeDocuments, "行政规范性文件", "normative documents") })
        {
            NotNegative(documents.Issued, $"二/{zh}/本年制发件数", $"{en} issued", problems);
            NotNegative(documents.Repealed, $"二/{zh}/本年废止件数", $"{en} repealed", problems);
            NotNegative(documents.InForce, $"二/{zh}/现行有效件数", $"{en} in force", problems);
        }

        NotNegative(figures.LicensingDecisions, "二/行政许可/本年处理决定数量", "licensing decisions", problems);
        NotNegative(figures.PenaltyDecisions, "二/行政处罚/本年处理决定数量", "penalty decisions", problems);
        NotNegative(figures.CoercionDecisions, "二/行政强制/本年处理决定数量", "coercion decisions", problems);
        if (figures.FeesTenThousandYuan < 0)
        {
            problems.Add(Negative("二/行政事业性收费/本年收费金额", "fees charged", figures.FeesTenThousandYuan.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Requests(RequestTable table, ApplicantCounts? lastYear, List<ReportProblem> problems)
    {
        foreach (var row in RequestTable.Rows)
        {
            var figures = table[row].ToColumns();
            for (var c = 0; c < Columns.Length; c++)
            {
                NotNegative(figures[c], $"三/{row.Label}/{Columns[c].Zh}", $"row {row.Label}, {Columns[c].En}", problems);
            }

            if (table[row].SumOfColumns is var sum && sum != table[row].Total)
            {
                problems.Add(new ReportProblem(ReportProblemKind.Total, $"三/{row.Label}/总计",
                    $"表三{row.Label}行的总计为{table[row].Total}，各申请人列之和为{sum}。",
                    $"Table 三, row {row.Label}: the total is {table[row].Total}, but the applicant columns add up to {sum}."));
            }
        }

        var (received, carried, handled, forward) = (table[RequestTableRow.NewThisYear].ToColumns(), table[RequestTableRow.CarriedOver].ToColumns(),
            table[RequestTableRow.Total].ToColumns(), table[RequestTableRow.CarriedForward].ToColumns());
        var results = RequestTable.Rows.Where(row => row.IsResult).Select(row => table[row].ToColumns()).ToArray();
        var previous = lastYear?.ToColumns();
        for (var c = 0; c < Columns.Length; c++)
        {
            var (zh, en) = Columns[c];
            var sumOfResults = results.Sum(row => row[c]);
            if (sumOfResults != handled[c])
            {
                problems.Add(new ReportProblem(ReportProblemKind.Total, $"三/三(七)/{zh}",
                    $"表三“{zh}”列：三(七)总计为{handled[c]}，各办理结果之和为{sumOfResults}。",
                    $"Table 三, column {en}: 三(七) is {handled[c]}, but the result rows add up to {sumOfResults}."));
            }

            if (received[c] + carried[c] != handled[c] + forward[c])
            {
                problems.Add(new ReportProblem(ReportProblemKind.Balance, $"三/一+二=三(七)+四/{zh}",
                    $"表三“{zh}”列：一＋二＝{received[c]}＋{carried[c]}＝{received[c] + carried[c]}，三(七)＋四＝{handled[c]}＋{forward[c]}＝{handled[c] + forward[c]}，不相等。",
                    $"Table 三, column {en}: 一 + 二 = {received[c]} + {carried[c]} = {received[c] + carried[c]}, but 三(七) + 四 = {handled[c]} + {forward[c]} = {handled[c] + forward[c]}."));
            }

            if (previous is not null && previous[c] != carried[c])
            {
                problems.Add(new ReportProblem(ReportProblemKind.CarriedOver, $"三/二/{zh}",
                    $"表三“{zh}”列：上年结转{carried[c]}件，上年报告结转下年度{previous[c]}件。",
                    $"Table 三, column {en}: 二 carries over {carried[c]}, but last year's report carried {previous[c]} forward (its row 四)."));
            }
        }
    }

    private static void Redress(RedressTable table, List<ReportProblem> problems)
    {
        foreach (var kind in RedressCaseKind.InOrder)
        {
            var counts = table[kind];
            foreach (var result in RedressResult.InOrder)
            {
                NotNegative(counts[result], $"四/{kind.NameZh}/{result.NameZh}", $"{kind.NameEn}, {result.NameEn}", problems);
            }

            NotNegative(counts.Total, $"四/{kind.NameZh}/总计", $"{kind.NameEn}, total", problems);
            if (counts.SumOfResults != counts.Total)
            {
                problems.Add(new ReportProblem(ReportProblemKind.Total, $"四/{kind.NameZh}/总计",
                    $"表四“{kind.NameZh}”的总计为{counts.Total}，各结果之和为{counts.SumOfResults}。",
                    $"Table 四, {kind.NameEn}: the total is {counts.Total}, but the results add up to {counts.SumOfResults}."));
            }
        }
    }

    private static void NotNegative(int figure, string location, string what, List<ReportProblem> problems)
    {
        if (figure < 0)
        {
            problems.Add(Negative(location, what, figure.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static ReportProblem Negative(string location, string what, string figure) =>
        new(ReportProblemKind.Negative, location, $"{location}为{figure}，不能为负数。", $"{location} ({what}) is {figure}; a figure cannot be negative.");
}
