using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// The dashboard as one HTML page, rendered on the server: the units' table, a bar chart of on-time rates drawn as inline
/// SVG, each unit's findings with their clause ids, and the bureau's upcoming deadlines with their explanations. The page
/// needs no script and no download beyond itself.
/// </summary>
public static class DashboardPage
{
    // Chinese stays as UTF-8 text rather than numeric entities, so the page reads as it renders.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private const int ChartWidth = 400;
    private const int BarHeight = 18;
    private const int LabelWidth = 190;

    /// <summary>The whole page for the evaluation of a year's register and the bureau's deadlines due from the evaluation day
    /// through <paramref name="windowEnd"/>; <paramref name="grades"/> are the thresholds the grades were given by.</summary>
    public static string Render(int year, RegisterEvaluation evaluation, GradeThresholds grades, Body bureau, IReadOnlyList<ScheduledObligation> upcoming, LocalDate windowEnd)
    {
        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{year}}年度政务公开考核 · Disclosure assessment</title>
            <style>
              body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 2rem; color: #1f2328; }
              table { border-collapse: collapse; margin-bottom: 2rem; }
              th, td { border-bottom: 1px solid #d0d7de; padding: .3rem .7rem; text-align: left; }
              td.rate { text-align: right; font-variant-numeric: tabular-nums; }
              .clause { font-family: monospace; background: #eef1f4; padding: 0 .3rem; margin-right: .4rem; }
              .bar { fill: #2f81f7; } .bar.low { fill: #cf222e; }
              .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; background: #2f81f7; }
              .swatch.low { background: #cf222e; }
              .legend { color: #57606a; max-width: 60rem; }
              .provisional { color: #9a6700; }
            </style>
            </head>
            <body>
            <h1>{{year}}年度政务公开考核 <small>Disclosure assessment, as of <time id="as-of">{{Iso(evaluation.AsOf)}}</time></small></h1>
            <p><a href="/annual-report/{{year}}">{{E(bureau.Name)}}{{year}}年政府信息公开工作年度报告</a> ·
               <a href="/annual-report/{{year}}?lang=en">annual report in English</a> ·
               <a href="/api/evaluation?asOf={{Iso(evaluation.AsOf)}}">JSON</a></p>
            """);
        Units(page, evaluation, grades);
        Chart(page, evaluation);
        Findings(page, evaluation);
        Deadlines(page, bureau, evaluation.AsOf, windowEnd, upcoming);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    private static void Units(StringBuilder page, RegisterEvaluation evaluation, GradeThresholds grades)
    {
        page.Append("""
            <h2>各单位考核结果 <small>Units</small></h2>
            <table id="units">
            <thead><tr><th>单位 Unit</th><th>公开要求 Level</th><th>按时率 On time</th><th>等次 Grade</th><th>处理 Sanction</th></tr></thead>
            <tbody>

            """);
        foreach (var unit in evaluation.Units)
        {
            var grade = unit.Grade is { } g ? $"{E(g.Label.Zh)} {E(g.Label.En)}" : E(unit.Level.Label.En);
            var sanction = unit.Sanction == Sanction.None ? "—" : E(unit.Sanction.Label.Zh) + (unit.SanctionIsAdvisory ? "（建议）" : "");
            page.Append($"""
                <tr data-unit="{E(unit.Body.Id)}"><td class="name">{E(unit.Body.Name)}</td><td>{E(unit.Level.Label.Zh)}</td><td class="rate">{Rate(unit.OnTimeRate)}</td><td class="grade">{grade}</td><td class="sanction">{sanction}</td></tr>

                """);
        }

        page.Append("</tbody>\n</table>\n");
        page.Append($"""
            <p id="grades" class="legend">按时率 = 按时公开 ÷（按时 + 逾期 + 未公开），弄虚作假、拒不执行的记录按未公开计（D13, D18）。
            {E(Grade.Excellent.Label.Zh)}：按时率不低于 {grades.Excellent} % 且无未公开事项；{E(Grade.Satisfactory.Label.Zh)}：不低于 {grades.Satisfactory} %；
            {E(Grade.Basic.Label.Zh)}：不低于 {grades.Basic} %；{E(Grade.Unsatisfactory.Label.Zh)}：低于 {grades.Basic} %。无应公开事项的单位不评等次（D19）。<br>
            <small>On-time rate = on time ÷ (on time + late + missing); a falsified or refused record counts as missing (D13, D18).
            Excellent: at least {grades.Excellent} % and nothing missing; satisfactory: at least {grades.Satisfactory} %; basic: at least
            {grades.Basic} %; unsatisfactory: below {grades.Basic} %. A unit with nothing due yet is not graded (D19).</small></p>

            """);
    }

    /// <summary>One bar per graded unit, its length the on-time rate: 0 % at the label's edge, 100 % at the chart's.</summary>
    private static void Chart(StringBuilder page, RegisterEvaluation evaluation)
    {
        var rated = evaluation.Units.Where(unit => unit.OnTimeRate is not null).ToList();
        var height = rated.Count * (BarHeight + 6) + 6;
        page.Append($"""
            <h2>按时公开率 <small>On-time rate by unit</small></h2>
            <svg id="on-time-chart" xmlns="http://www.w3.org/2000/svg" width="{LabelWidth + ChartWidth + 60}" height="{height}" role="img" aria-label="按时公开率 On-time rate by unit">

            """);
        for (var i = 0; i < rated.Count; i++)
        {
            var unit = rated[i];
            var rate = unit.OnTimeRate!.Value;
            var y = 6 + i * (BarHeight + 6);
            var width = (rate * ChartWidth).ToString("0.##", CultureInfo.InvariantCulture);
            var low = unit.Grade is { } grade && grade != Grade.Excellent && grade != Grade.Satisfactory ? " low" : "";
            page.Append($"""
                <text x="{LabelWidth - 6}" y="{y + 13}" text-anchor="end" font-size="13">{E(unit.Body.Name)}</text>
                <rect class="bar{low}" data-unit="{E(unit.Body.Id)}" data-rate="{rate.ToString("0.####", CultureInfo.InvariantCulture)}" x="{LabelWidth}" y="{y}" width="{width}" height="{BarHeight}"><title>{E(unit.Body.Name)} {Rate(rate)}</title></rect>
                <text x="{LabelWidth + rate * ChartWidth + 4:0.##}" y="{y + 13}" font-size="12">{Rate(rate)}</text>

                """);
        }

        page.Append("""
            </svg>
            <p id="chart-legend" class="legend"><span class="swatch"></span> 优秀、合格 excellent, satisfactory ·
            <span class="swatch low"></span> 基本合格、不合格：视情况批评教育 basic, unsatisfactory: criticism and education as warranted (D14)</p>

            """);
    }

    private static void Findings(StringBuilder page, RegisterEvaluation evaluation)
    {
        page.Append("<h2>问题清单 <small>Findings, with the clauses they rest on</small></h2>\n");
        foreach (var unit in evaluation.Units.Where(unit => unit.Findings.Count > 0))
        {
            page.Append($"""<section class="findings" data-unit="{E(unit.Body.Id)}"><h3>{E(unit.Body.Name)} <small>{unit.Findings.Count}</small></h3><ul>""").Append('\n');
            foreach (var finding in unit.Findings)
            {
                var clauses = string.Concat(finding.ClauseIds.Select(id => $"""<span class="clause">{E(id)}</span>"""));
                page.Append($"""<li class="finding" data-kind="{E(finding.Kind.Name)}">{clauses}{E(finding.Message.Zh)}<br><small>{E(finding.Message.En)}</small></li>""").Append('\n');
            }

            page.Append("</ul></section>\n");
        }
    }

    private static void Deadlines(StringBuilder page, Body bureau, LocalDate asOf, LocalDate windowEnd, IReadOnlyList<ScheduledObligation> upcoming)
    {
        page.Append($"""
            <h2>{E(bureau.Name)}近期公开时限 <small>The bureau's deadlines due {Iso(asOf)} to {Iso(windowEnd)}: all {upcoming.Count}</small></h2>
            <table id="deadlines">
            <thead><tr><th>截止日期 Due</th><th>事项 Entry</th><th>内容 What</th><th>计算依据 How it was counted</th></tr></thead>
            <tbody>

            """);
        foreach (var obligation in upcoming)
        {
            var deadline = obligation.Deadline;
            var provisional = deadline.IsProvisional ? """ <span class="provisional">（暂定 provisional）</span>""" : "";
            page.Append($"""
                <tr><td class="due">{Iso(deadline.Due)}{provisional}</td><td>{E(deadline.Subject)}</td><td>{E(obligation.Description)}</td><td>{E(deadline.Explanation.Zh)}<br><small>{E(deadline.Explanation.En)}</small></td></tr>

                """);
        }

        page.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => Html.Encode(text);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Rate(double? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";
}
