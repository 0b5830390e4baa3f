using GovDisclosure.Policy.Tests.Evaluation;
using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>The edges of the annual report's inputs and findings: refusals, defaults, and findings kept beside each other (§9.1, §9.6).</summary>
public sealed class ReportingEdgeTests
{
    [Fact]
    public void Sec9_3_the_report_refuses_null_arguments_and_the_input_starts_empty()
    {
        ArgumentAssert.Throws<ArgumentNullException>(() => Seed.BuildAnnualReport(null!, "mzj", 2025, Input));
        ArgumentAssert.Throws<ArgumentNullException>(() => Seed.BuildAnnualReport(Register2025, null!, 2025, Input));
        ArgumentAssert.Throws<ArgumentNullException>(() => Seed.BuildAnnualReport(Register2025, "mzj", 2025, null!));
        var input = new AnnualReportInput();
        Assert.Equal(("", "", ""), (input.Overview, input.ProblemsAndImprovements, input.OtherMatters));
        Assert.Same(ProactiveDisclosureFigures.None, input.Proactive);
        Assert.Null(input.LastYearReport);
    }

    [Fact]
    public void Sec9_6_a_late_or_missing_report_is_found_beside_the_units_other_findings()
    {
        var late = Bureau with { SupervisionContact = null };
        var missing = Bureau with { Id = "gov", SupervisionContact = null, Role = BodyRole.Government };
        var register = new RegisterBuilder(2025)
            .AddBodies([late, missing])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 2, 3))])
            .Build();

        var evaluation = Seed.Evaluate(register, new LocalDate(2026, 4, 1));

        Assert.Contains(evaluation.GetUnit("mzj").Findings, f => f.Kind == FindingKind.NoSupervisionContact);
        Assert.Contains(evaluation.GetUnit("mzj").Findings, f => f.Kind == FindingKind.AnnualReportLate);
        Assert.Contains(evaluation.GetUnit("gov").Findings, f => f.Kind == FindingKind.NoSupervisionContact);
        Assert.Contains(evaluation.GetUnit("gov").Findings, f => f.Kind == FindingKind.AnnualReportMissing);
    }

    [Fact]
    public void Sec9_1_a_published_report_and_a_calendars_report_obligation_refuse_what_cannot_be()
    {
        var blank = ArgumentAssert.Throws<ArgumentException>(() => new AnnualReportPublication(" ", 2025, new LocalDate(2026, 1, 5)));
        var year = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new AnnualReportPublication("mzj", 0, new LocalDate(2026, 1, 5)));
        var deadline = Seed.AnnualReportDue(Bureau, 2025)!;

        Assert.Equal("An annual report's body id cannot be blank.", blank.Message);
        Assert.Equal("year", year.ParamName);
        ArgumentAssert.Throws<ArgumentNullException>(() => new ScheduledObligation("年度报告", null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => new ScheduledObligation(null!, deadline));
    }

    [Fact]
    public void Sec9_5_a_case_refuses_a_missing_kind_or_result_and_names_a_blank_id()
    {
        var filed = new LocalDate(2025, 3, 1);

        ArgumentAssert.Throws<ArgumentNullException>(() => new RedressCase("c", "mzj", null!, filed, RedressResult.Pending, null));
        ArgumentAssert.Throws<ArgumentNullException>(() => new RedressCase("c", "mzj", RedressCaseKind.Reconsideration, filed, null!, null));
        Assert.Equal("A redress case's id cannot be blank.",
            ArgumentAssert.Throws<ArgumentException>(() => new RedressCase(" ", "mzj", RedressCaseKind.Reconsideration, filed, RedressResult.Pending, null)).Message);
        Assert.Equal("Redress case c: the body's id cannot be blank.",
            ArgumentAssert.Throws<ArgumentException>(() => new RedressCase("c", " ", RedressCaseKind.Reconsideration, filed, RedressResult.Pending, null)).Message);
    }

    [Fact]
    public void Sec9_4_a_columns_imbalance_names_both_sums_in_chinese()
    {
        var edited = Report2025 with { Requests = Report2025.Requests.With(RequestTableRow.CarriedForward, new ApplicantCounts(0, 1, 1, 0, 1, 3, 6)) };

        Assert.Contains("表三“其他”列：一＋二＝4＋0＝4，三(七)＋四＝3＋3＝6，不相等。", edited.Problems.Select(problem => problem.MessageZh));
        Assert.Contains("四/行政复议/总计 (administrative reconsideration, total) is -1; a figure cannot be negative.",
            (Report2025 with { Redress = Report2025.Redress with { Reconsideration = new RedressCounts(0, 0, 0, -1, -1) } }).Problems.Select(p => p.MessageEn));
    }
}
