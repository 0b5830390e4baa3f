using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>
/// What every kind of report problem says, with its figures, in Chinese and English, pinned in
/// <c>Approved/report-problem-texts.txt</c>: one hand edit per identity of §9.3–§9.5 and D38, so that a change to any
/// sentence shows in review and the other tests assert kinds and places only.
/// </summary>
public sealed class ReportProblemTextTests
{
    [Fact]
    public void Sec9_4_every_kind_of_report_problem_says_what_it_found_in_both_languages()
    {
        var table = Report2025.Requests;
        (string Edit, AnnualReport Report)[] edits =
        [
            ("一 raised by hand", Report2025 with { Requests = table.With(RequestTableRow.NewThisYear, new ApplicantCounts(6, 4, 5, 5, 5, 4, 29)) }),
            ("四's total raised by hand", Report2025 with { Requests = table.With(RequestTableRow.CarriedForward, new ApplicantCounts(0, 1, 1, 0, 1, 1, 5)) }),
            ("a result row cleared", Report2025 with { Requests = table.With(RequestTableRow.StateSecret, ApplicantCounts.Zero) }),
            ("a redress total raised", Report2025 with { Redress = Report2025.Redress with { DirectLitigation = new RedressCounts(0, 0, 0, 1, 2) } }),
            ("negative figures", Report2025 with
            {
                Proactive = Input.Proactive with { Rules = new DocumentCounts(-1, 0, 0), CoercionDecisions = -2, FeesTenThousandYuan = -0.5m },
                Requests = table.With(RequestTableRow.RepeatedRequest, new ApplicantCounts(0, 2, 0, 0, 0, -1, 1)),
            }),
            ("last year carried another figure forward", Report2025 with { LastYearCarriedForward = ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0) }),
        ];

        var lines = edits.SelectMany(edit => edit.Report.Problems.Select(problem =>
            $"{edit.Edit}: {problem.Kind.Name} {problem.Location}\n  {problem.MessageZh}\n  {problem.MessageEn}"));

        Approvals.Verify("report-problem-texts.txt", string.Join("\n", lines) + "\n");
        Assert.Equal(ReportProblemKind.InOrder, edits.SelectMany(edit => edit.Report.Problems).Select(problem => problem.Kind).Distinct().OrderBy(kind => kind.Value));
    }
}
