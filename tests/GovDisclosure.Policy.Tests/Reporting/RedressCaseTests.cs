namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Reconsiderations and lawsuits about disclosure: what a case must say, and the year it counts in (§9.5).</summary>
public sealed class RedressCaseTests
{
    private static RedressCase Decided(LocalDate filed, LocalDate decided) =>
        new("c", "mzj", RedressCaseKind.Reconsideration, filed, RedressResult.Upheld, decided);

    [Theory]
    [InlineData(2024, null)]           // filed after the year
    [InlineData(2025, "Pending")]      // filed on its last day, decided after it
    [InlineData(2026, "Upheld")]       // decided on the next year's first day
    [InlineData(2027, null)]           // decided before the year
    public void Sec9_5_a_case_counts_pending_from_the_year_filed_and_by_its_result_in_the_year_decided(int year, string? result)
    {
        Assert.Equal(result, Decided(new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 1)).ResultIn(year)?.Name);
    }

    [Fact]
    public void Sec9_5_an_undecided_case_stays_pending_every_year_from_its_filing()
    {
        var pending = new RedressCase("c", "mzj", RedressCaseKind.DirectLitigation, new LocalDate(2024, 5, 1), RedressResult.Pending, null);

        Assert.Equal([null, RedressResult.Pending, RedressResult.Pending], new[] { 2023, 2024, 2030 }.Select(pending.ResultIn));
        Assert.Equal("lawsuit without reconsideration c about mzj, filed 2024-05-01: not yet decided", pending.ToString());
        Assert.True(pending.Kind.IsLitigation);
        Assert.False(RedressCaseKind.Reconsideration.IsLitigation);
    }

    [Fact]
    public void Sec9_5_a_decided_case_and_a_published_report_describe_themselves()
    {
        Assert.Equal("administrative reconsideration c about mzj, filed 2025-12-31: upheld on 2026-01-01",
            Decided(new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 1)).ToString());
        Assert.Equal("2025 annual report of mzj, published 2026-01-28", new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 1, 28)).ToString());
        Assert.Equal(new LocalDate(2026, 1, 1), new AnnualReportPublication("mzj", 2025, new LocalDate(2026, 1, 1)).PublishedOn);   // the year's first day after
    }

    [Fact]
    public void Sec9_4_lookups_by_row_column_kind_and_result_refuse_null()
    {
        ArgumentAssert.Throws<ArgumentNullException>(() => RequestTableRow.For(null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => ApplicantCounts.Zero[null!]);
        ArgumentAssert.Throws<ArgumentNullException>(() => RedressCounts.Zero[null!]);
        ArgumentAssert.Throws<ArgumentNullException>(() => RedressTable.Empty[null!]);
        ArgumentAssert.Throws<ArgumentNullException>(() => RequestTable.Empty[null!]);
        ArgumentAssert.Throws<ArgumentNullException>(() => RequestTable.Empty.With(RequestTableRow.Total, null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => new AnnualReportInput { Overview = null! });
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => Reports.Report2025 with { Year = 0 });
    }

    [Fact]
    public void Sec9_5_a_case_refuses_a_result_without_its_day_a_day_without_a_result_and_a_decision_before_the_filing()
    {
        var filed = new LocalDate(2025, 3, 1);
        var noDay = ArgumentAssert.Throws<ArgumentException>(() => new RedressCase("c1", "mzj", RedressCaseKind.Reconsideration, filed, RedressResult.Corrected, null));
        var pendingWithDay = ArgumentAssert.Throws<ArgumentException>(() => new RedressCase("c2", "mzj", RedressCaseKind.Reconsideration, filed, RedressResult.Pending, filed));
        var before = ArgumentAssert.Throws<ArgumentException>(() => Decided(filed, filed.PlusDays(-1)));

        Assert.Equal("Redress case c1 ended with the result Corrected but has no decision day; give the day it was decided.", noDay.Message);
        Assert.Equal("Redress case c2 is pending but has a decision day, 2025-03-01; give a result, or no decision day.", pendingWithDay.Message);
        Assert.Equal("Redress case c was decided on 2025-02-28, before it was filed; the decision cannot come first.", before.Message);
        Assert.Equal(filed, Decided(filed, filed).DecidedOn);   // decided the day it was filed
        ArgumentAssert.Throws<ArgumentException>(() => new RedressCase(" ", "mzj", RedressCaseKind.Reconsideration, filed, RedressResult.Pending, null));
        ArgumentAssert.Throws<ArgumentException>(() => new RedressCase("c", "", RedressCaseKind.Reconsideration, filed, RedressResult.Pending, null));
    }

    [Fact]
    public void Sec9_5_the_register_keeps_cases_of_its_bodies_with_unique_ids_and_the_json_form_keeps_them_whole()
    {
        var cases = Reports.Cases().ToArray();
        var result = new RegisterBuilder(2025)
            .AddBodies([Reports.Bureau, Reports.Government])
            .AddRedressCases([.. cases, cases[0], new RedressCase("x", "nobody", RedressCaseKind.Reconsideration, new LocalDate(2025, 1, 1), RedressResult.Pending, null)])
            .BuildResult();

        Assert.Equal(["rc-upheld: two redress cases have this id; ids must be unique.", "x: it names the body \"nobody\", which the register does not hold."],
            result.Problems.Select(problem => problem.ToString()).Order(StringComparer.Ordinal));
        using var stream = new MemoryStream();
        PolicyJson.WriteRegister(Reports.Register2025, stream);
        var read = PolicyJson.ReadRegister(new MemoryStream(stream.ToArray()));
        Assert.Equal(Reports.Register2025.RedressCases, read.RedressCases);
        Assert.Equal(Reports.Register2025.Requests, read.Requests);
    }
}
