using GovDisclosure.Policy.Tests.Evaluation;
using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>When the annual report is due, and what evaluation finds when it is late or missing (§9.1, §9.6, D34).</summary>
public sealed class AnnualReportDueTests
{
    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void D34_a_departments_report_is_due_31_January_even_on_a_Saturday()
    {
        var deadline = Seed.AnnualReportDue(Bureau, 2025)!;

        Assert.Equal(new LocalDate(2026, 1, 31), deadline.Due);   // a Saturday: not moved to Monday 2 February
        Assert.Equal(IsoDayOfWeek.Saturday, deadline.Due.DayOfWeek);
        Assert.False(deadline.IsProvisional);
        Assert.Equal("2025年度政府信息公开工作年度报告", deadline.Subject);
        Assert.Equal("1 calendar months (a fixed date, not moved) after the end of the year reported on (§9.1, D34)", deadline.Rule.DescriptionEn);
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), deadline.Period);
    }

    [Fact]
    public void D34_a_governments_report_is_due_31_March_even_on_a_Sunday()
    {
        Assert.Equal(new LocalDate(2024, 3, 31), Seed.AnnualReportDue(Government, 2023)!.Due);   // a Sunday
        Assert.Equal(new LocalDate(2025, 3, 31), Seed.AnnualReportDue(Government, 2024)!.Due);   // 31 March in a leap year's next year too
        Assert.Equal("2025年度政府信息公开工作年度报告 应于2026-03-31前公布（报告期2025-01-01至2025-12-31）：报告年度末后3个月（不顺延）内（§9.1, D34），自2025-12-31起算；",
            Seed.AnnualReportDue(Government, 2025)!.ExplanationZh.Split('；')[0] + "；");
    }

    [Fact]
    public void D34_a_profile_cannot_give_a_disclosure_rule_the_reports_fixed_months_nor_redress_months()
    {
        var fixedMonths = ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile("p").Override(Cadence.Monthly, 1, DeadlineUnit.FixedCalendarMonths));
        var months = ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile("p").Override(ScheduleEntry.IM1, 1, DeadlineUnit.CalendarMonths));

        Assert.Equal("Profile \"p\" cannot give Monthly a period in calendar months; only the redress periods of §8.11 and the annual report of §9.1 count months. " +
                     "Use working or calendar days.", fixedMonths.Message);
        Assert.StartsWith("Profile \"p\" cannot give IM1 a period in calendar months", months.Message);
        Assert.Equal([DeadlineUnit.CalendarMonths, DeadlineUnit.FixedCalendarMonths], DeadlineUnit.InOrder.Where(unit => unit.CountsMonths));
    }

    [Fact]
    public void Sec9_1_townships_villages_and_bodies_of_unstated_role_publish_no_report()
    {
        Assert.Null(Seed.AnnualReportDue(Registers.Bureau(), 2025));
        Assert.Null(Seed.AnnualReportDue(new Body("town", "某镇人民政府", BodyType.Township, Registers.Principal, "王") { Role = BodyRole.Government }, 2025));
        Assert.Null(Seed.AnnualReportDue(Bureau with { Level = AdministrativeLevel.Village }, 2025));
        Assert.NotNull(Seed.AnnualReportDue(Bureau with { Level = AdministrativeLevel.City }, 2025));
        ArgumentAssert.Throws<ArgumentNullException>(() => Seed.AnnualReportDue(null!, 2025));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => Seed.AnnualReportDue(Bureau, 9999));
    }

    [Fact]
    public void Sec9_1_the_body_calendar_lists_the_report_last_among_its_obligations()
    {
        var calendar = Seed.CalendarFor(Bureau, 2025);

        var report = Assert.Single(calendar.Scheduled, obligation => obligation.Deadline.Basis is AnnualReportBasis);
        Assert.Equal(2025, ((AnnualReportBasis)report.Deadline.Basis).Year);
        Assert.Null(report.Key());
        Assert.Equal(new LocalDate(2026, 1, 31), report.Deadline.Due);
        Assert.Equal(calendar.Scheduled.OrderBy(o => o.Deadline.Due).Select(o => o.Deadline.Due), calendar.Scheduled.Select(o => o.Deadline.Due));
        Assert.DoesNotContain(Seed.CalendarFor(Registers.Bureau(), 2025).Scheduled, obligation => obligation.Deadline.Basis is AnnualReportBasis);
    }

    [Theory]
    [InlineData("2026-01-30", null)]
    [InlineData("2026-01-31", null)]
    [InlineData("2026-02-01", "AnnualReportLate")]   // a Sunday: late by 0 working days, but late
    [InlineData("2026-02-02", "AnnualReportLate")]
    public void Sec9_6_a_report_published_after_its_due_date_is_late(string published, string? kind)
    {
        var register = new RegisterBuilder(2025)
            .AddBodies([Bureau])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2025, Day(published))])
            .Build();

        var findings = Seed.Evaluate(register, new LocalDate(2026, 3, 1)).GetUnit("mzj").Findings.Where(f => f.ClauseIds.Contains("§9.6"));

        Assert.Equal(kind is null ? [] : [kind], findings.Select(f => f.Kind.Name));
    }

    [Fact]
    public void Sec9_6_a_late_report_says_when_it_was_due_and_when_it_came()
    {
        var register = new RegisterBuilder(2025)
            .AddBodies([Bureau])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 2, 3))])
            .Build();

        var finding = Assert.Single(Seed.Evaluate(register, new LocalDate(2026, 3, 1)).GetUnit("mzj").Findings, f => f.Kind == FindingKind.AnnualReportLate);

        Assert.Equal((new LocalDate(2026, 1, 31), (LocalDate?)new LocalDate(2026, 2, 3), 2), (finding.Due!.Value, finding.Published, finding.WorkingDaysLate));
        Assert.Equal("2025年度政府信息公开工作年度报告", finding.SubjectId);
    }

    [Theory]
    [InlineData("2026-01-31", false)]
    [InlineData("2026-02-01", true)]
    public void Sec9_6_a_report_not_published_is_missing_from_the_day_after_its_due_date(string asOf, bool missing)
    {
        var register = new RegisterBuilder(2025)
            .AddBodies([Bureau])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2024, new LocalDate(2025, 1, 20))])
            .Build();

        var findings = Seed.Evaluate(register, Day(asOf)).GetUnit("mzj").Findings;

        Assert.Equal(missing, findings.Any(f => f.Kind == FindingKind.AnnualReportMissing));
    }

    [Fact]
    public void Sec9_6_a_report_published_after_the_evaluation_day_is_missing_on_that_day_and_late_after_it()
    {
        var register = new RegisterBuilder(2025)
            .AddBodies([Bureau])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 2, 20))])
            .Build();

        Assert.Contains(Seed.Evaluate(register, new LocalDate(2026, 2, 19)).GetUnit("mzj").Findings, f => f.Kind == FindingKind.AnnualReportMissing);
        Assert.Contains(Seed.Evaluate(register, new LocalDate(2026, 2, 20)).GetUnit("mzj").Findings, f => f.Kind == FindingKind.AnnualReportLate);
    }

    [Fact]
    public void Sec9_1_a_report_is_published_after_its_year_and_once()
    {
        var early = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new AnnualReportPublication("mzj", 2025, new LocalDate(2025, 12, 31)));
        var twice = new RegisterBuilder(2025)
            .AddBodies([Bureau])
            .AddAnnualReports([new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 1, 5)), new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 1, 6))])
            .BuildResult();

        Assert.StartsWith("The 2025 annual report of mzj is dated 2025-12-31; a report on a year is published after the year ends (§9.1).", early.Message);
        Assert.Equal("2025 annual report of mzj: it is given twice; a unit publishes one report a year.", Assert.Single(twice.Problems).ToString());
        Assert.Single(twice.Accepted.AnnualReports);
        ArgumentAssert.Throws<ArgumentException>(() => new AnnualReportPublication(" ", 2025, new LocalDate(2026, 1, 5)));
    }
}
