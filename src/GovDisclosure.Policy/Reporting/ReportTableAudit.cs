using System.Globalization;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The tables' checks (§9.4, §12.1–§12.6, §12.11), figure by figure, on a report as published: what the audit runs and what
/// <see cref="AnnualReport.Problems"/> lists for a built report. A blank cell is named once and left out of every identity it is part of.
/// </summary>
internal sealed class ReportTableAudit
{
    private static readonly (string Zh, string En)[] Columns = [.. ApplicantKind.InOrder.Select(kind => (kind.Label.Zh, kind.Label.En)), ("总计", "total")];

    private readonly List<AuditFinding> findings;
    private readonly bool nameBlanks;

    private ReportTableAudit(List<AuditFinding> findings, bool nameBlanks) => (this.findings, this.nameBlanks) = (findings, nameBlanks);

    /// <summary>Adds the tables' findings to <paramref name="findings"/>, in table order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="lastYear">Last year's row 四 and table 二, when known.</param>
    /// <param name="nameBlanks">Whether a blank cell is a finding (§12.11); a built report has none.</param>
    /// <param name="findings">Where the findings go.</param>
    internal static void Check(PublishedAnnualReport report, (PublishedApplicantCounts Forward, PublishedProactiveFigures Proactive)? lastYear, bool nameBlanks,
        List<AuditFinding> findings)
    {
        var audit = new ReportTableAudit(findings, nameBlanks);
        audit.Proactive(report.Proactive, lastYear?.Proactive);
        audit.Requests(report.Requests, lastYear?.Forward);
        audit.Redress(report.Redress);
    }

    private void Proactive(PublishedProactiveFigures figures, PublishedProactiveFigures? lastYear)
    {
        foreach (var (documents, previous, zh, en) in new[]
                 {
                     (figures.Rules, lastYear?.Rules, "规章", "rules"), (figures.NormativeDocuments, lastYear?.NormativeDocuments, "行政规范性文件", "normative documents"),
                 })
        {
            Figure(documents.Issued, new AuditPlace("二") { Row = zh, Column = "本年制发件数" }, $"{en} issued");
            Figure(documents.Repealed, new AuditPlace("二") { Row = zh, Column = "本年废止件数" }, $"{en} repealed");
            Figure(documents.InForce, new AuditPlace("二") { Row = zh, Column = "现行有效件数" }, $"{en} in force");
            if (previous?.InForce is { } before && documents is { Issued: { } issued, Repealed: { } repealed, InForce: { } inForce } &&
                before + issued - repealed is var expected && expected != inForce)
            {
                findings.Add(new AuditFinding(AuditFindingKind.DocumentsInForce, new AuditPlace("二") { Row = zh, Column = "现行有效件数" }, inForce, expected,
                    $"表二“{zh}”现行有效{inForce}件，上年现行有效{before}件＋本年制发{issued}件－本年废止{repealed}件＝{expected}件，请说明差异（如集中清理）。",
                    $"Table 二, {en}: {inForce} in force, but last year's {before} + {issued} issued − {repealed} repealed = {expected}; explain the difference (a clean-up, for instance)."));
            }
        }

        Figure(figures.LicensingDecisions, new AuditPlace("二") { Row = "行政许可", Column = "本年处理决定数量" }, "licensing decisions");
        Figure(figures.PenaltyDecisions, new AuditPlace("二") { Row = "行政处罚", Column = "本年处理决定数量" }, "penalty decisions");
        Figure(figures.CoercionDecisions, new AuditPlace("二") { Row = "行政强制", Column = "本年处理决定数量" }, "coercion decisions");
        var fees = new AuditPlace("二") { Row = "行政事业性收费", Column = "本年收费金额" };
        if (figures.FeesTenThousandYuan is not { } amount)
        {
            Blank(fees);
        }
        else if (amount < 0)
        {
            findings.Add(Negative(fees, "fees charged", amount));
        }
    }

    private void Requests(PublishedRequestTable table, PublishedApplicantCounts? lastYearForward)
    {
        foreach (var row in RequestTable.Rows)
        {
            var cells = table[row].ToColumns();
            if (nameBlanks && Array.TrueForAll(cells, cell => cell is null))
            {
                findings.Add(BlankFinding(new AuditPlace("三") { Row = row.TableLabel }));
                continue;
            }

            for (var c = 0; c < Columns.Length; c++)
            {
                Figure(cells[c], new AuditPlace("三") { Row = row.TableLabel, Column = Columns[c].Zh }, $"row {row.TableLabel}, {Columns[c].En}");
            }

            if (Sum(cells.AsSpan(0, 6)) is { } sum && cells[6] is { } total && sum != total)
            {
                findings.Add(new AuditFinding(AuditFindingKind.RowTotal, new AuditPlace("三") { Row = row.TableLabel, Column = "总计" }, total, sum,
                    $"表三{row.TableLabel}行的总计为{total}，各申请人列之和为{sum}。", $"Table 三, row {row.TableLabel}: the total is {total}, but the applicant columns add up to {sum}."));
            }
        }

        var (received, carried, handled, forward) = (table[RequestTableRow.NewThisYear].ToColumns(), table[RequestTableRow.CarriedOver].ToColumns(),
            table[RequestTableRow.Total].ToColumns(), table[RequestTableRow.CarriedForward].ToColumns());
        var results = RequestTable.Rows.Where(row => row.IsResult).Select(row => table[row].ToColumns()).ToArray();
        var previous = lastYearForward?.ToColumns();
        for (var c = 0; c < Columns.Length; c++)
        {
            var (zh, en) = Columns[c];
            if (Sum(results.Select(row => row[c]).ToArray()) is { } sumOfResults && handled[c] is { } handledHere && sumOfResults != handledHere)
            {
                findings.Add(new AuditFinding(AuditFindingKind.ResultTotal, new AuditPlace("三") { Row = "三(七)", Column = zh }, handledHere, sumOfResults,
                    $"表三“{zh}”列：三(七)总计为{handledHere}，各办理结果之和为{sumOfResults}。", $"Table 三, column {en}: 三(七) is {handledHere}, but the result rows add up to {sumOfResults}."));
            }

            if (received[c] is { } r && carried[c] is { } o && handled[c] is { } h && forward[c] is { } f && r + o != h + f)
            {
                findings.Add(new AuditFinding(AuditFindingKind.Balance, new AuditPlace("三") { Row = "一+二=三(七)+四", Column = zh }, r + o, h + f,
                    $"表三“{zh}”列：一＋二＝{r}＋{o}＝{r + o}，三(七)＋四＝{h}＋{f}＝{h + f}，不相等。",
                    $"Table 三, column {en}: 一 + 二 = {r} + {o} = {r + o}, but 三(七) + 四 = {h} + {f} = {h + f}."));
            }

            if (previous?[c] is { } before && carried[c] is { } now && before != now)
            {
                findings.Add(new AuditFinding(AuditFindingKind.CarriedOver, new AuditPlace("三") { Row = "二", Column = zh }, now, before,
                    $"表三“{zh}”列：上年结转{now}件，上年报告结转下年度{before}件。",
                    $"Table 三, column {en}: 二 carries over {now}, but last year's report carried {before} forward (its row 四)."));
            }
        }
    }

    private void Redress(PublishedRedressTable table)
    {
        foreach (var kind in RedressCaseKind.InOrder)
        {
            var cells = table[kind].ToColumns();
            if (nameBlanks && Array.TrueForAll(cells, cell => cell is null))
            {
                findings.Add(BlankFinding(new AuditPlace("四") { Row = kind.Label.Zh }));
                continue;
            }

            foreach (var result in RedressResult.InOrder)
            {
                Figure(cells[result.Value - 1], new AuditPlace("四") { Row = kind.Label.Zh, Column = result.Label.Zh }, $"{kind.Label.En}, {result.Label.En}");
            }

            Figure(cells[4], new AuditPlace("四") { Row = kind.Label.Zh, Column = "总计" }, $"{kind.Label.En}, total");
            if (Sum(cells.AsSpan(0, 4)) is { } sum && cells[4] is { } total && sum != total)
            {
                findings.Add(new AuditFinding(AuditFindingKind.RedressTotal, new AuditPlace("四") { Row = kind.Label.Zh, Column = "总计" }, total, sum,
                    $"表四“{kind.Label.Zh}”的总计为{total}，各结果之和为{sum}。", $"Table 四, {kind.Label.En}: the total is {total}, but the results add up to {sum}."));
            }
        }
    }

    /// <summary>The sum of the cells, or null when one is blank: a blank is named on its own and makes no second finding.</summary>
    private static int? Sum(ReadOnlySpan<int?> cells)
    {
        var sum = 0;
        foreach (var cell in cells)
        {
            if (cell is not { } figure)
            {
                return null;
            }

            sum += figure;
        }

        return sum;
    }

    private void Figure(int? figure, AuditPlace place, string what)
    {
        if (figure is not { } value)
        {
            Blank(place);
        }
        else if (value < 0)
        {
            findings.Add(Negative(place, what, value));
        }
    }

    private void Blank(AuditPlace place)
    {
        if (nameBlanks)
        {
            findings.Add(BlankFinding(place));
        }
    }

    private static AuditFinding BlankFinding(AuditPlace place) =>
        new(AuditFindingKind.BlankCell, place, null, null,
            $"表{place.Table}“{place.Path[2..]}”{(place.Column is null ? "整行" : "")}为空：格式要求填写数字，空白不等于0。",
            $"Table {place.Table}, {(place.Column is null ? "the whole of " : "")}{place.Path[2..]} is blank: the format asks for a figure, and blank is not 0.");

    private static AuditFinding Negative(AuditPlace place, string what, decimal figure)
    {
        var shown = figure.ToString(CultureInfo.InvariantCulture);
        return new(AuditFindingKind.Negative, place, figure, null, $"{place.Path}为{shown}，不能为负数。", $"{place.Path} ({what}) is {shown}; a figure cannot be negative.");
    }
}
