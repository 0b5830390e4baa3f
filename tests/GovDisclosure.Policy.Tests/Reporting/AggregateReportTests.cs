using GovDisclosure.Policy.Json;
using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>D38's second half: a government's own report, its aggregate (汇总) of the bodies under it, and the sample county's reports year after year.</summary>
public sealed class AggregateReportTests
{
    private static readonly string SampleFolder = Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples");

    [Fact]
    public void D38_a_governments_report_counts_its_own_requests_and_its_aggregate_counts_every_body_as_each_bodys_report_would()
    {
        var own = Seed.BuildAnnualReport(Register2025, "xzf", 2025, new AnnualReportInput());
        var aggregate = Seed.BuildAnnualReport(Register2025, "xzf", 2025, new AnnualReportInput { IsAggregate = true });
        var bureau = Seed.BuildAnnualReport(Register2025, "mzj", 2025, new AnnualReportInput());

        Assert.False(own.IsAggregate);
        Assert.True(aggregate.IsAggregate);
        Assert.Equal(1, own.Requests[RequestTableRow.NewThisYear].Total);
        foreach (var row in RequestTable.Rows)
        {
            Assert.Equal(own.Requests[row].Total + bureau.Requests[row].Total, aggregate.Requests[row].Total);
        }

        Assert.Equal(own.Redress.Reconsideration.Total + bureau.Redress.Reconsideration.Total, aggregate.Redress.Reconsideration.Total);
        Assert.Empty(aggregate.Problems);
    }

    [Fact]
    public void D38_a_profile_makes_governments_aggregate_by_default_a_call_can_still_ask_for_the_own_report_and_a_department_never_aggregates()
    {
        var county = Seed.WithProfile(new PolicyProfile("某县").WithReportingRules(new ReportingRules { GovernmentReportIsAggregate = true }));

        Assert.True(county.BuildAnnualReport(Register2025, "xzf", 2025, new AnnualReportInput()).IsAggregate);
        Assert.False(county.BuildAnnualReport(Register2025, "xzf", 2025, new AnnualReportInput { IsAggregate = false }).IsAggregate);
        Assert.False(county.BuildAnnualReport(Register2025, "mzj", 2025, new AnnualReportInput()).IsAggregate);
        var refused = ArgumentAssert.Throws<ArgumentException>(() => Seed.BuildAnnualReport(Register2025, "mzj", 2025, new AnnualReportInput { IsAggregate = true }));
        Assert.Equal("input", refused.ParamName);
        Assert.Contains("department", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D38_every_report_of_the_sample_county_balances_in_every_year_and_each_year_carries_over_what_the_year_before_carried_forward()
    {
        using var countyJson = File.OpenRead(Path.Combine(SampleFolder, "county-2025.json"));
        using var requestsJson = File.OpenRead(Path.Combine(SampleFolder, "bureau-requests-2025.json"));
        var county = PolicyJson.ReadRegister(countyJson);
        var requests = PolicyJson.ReadRegister(requestsJson).Requests;
        Body[] bodies = [.. county.Bodies, Government];
        var checkedReports = 0;

        foreach (var body in bodies)
        {
            AnnualReport? lastYear = null;
            foreach (var year in new[] { 2024, 2025, 2026 })
            {
                var register = new RegisterBuilder(year)
                    .AddBodies(bodies)
                    .AddRequests(requests.Where(r => r.ArrivedOn.Year <= year))
                    .AddRedressCases(county.RedressCases.Where(c => c.FiledOn.Year <= year))
                    .Build();
                var report = Seed.BuildAnnualReport(register, body.Id, year, new AnnualReportInput { LastYearReport = lastYear, IsAggregate = body == Government });
                Assert.Empty(report.Problems);
                Assert.DoesNotContain(Seed.Audit(report.ToPublished(), lastYear?.ToPublished()).Findings, f => f.Place.Table == "三");
                lastYear = report;
                checkedReports++;
            }
        }

        Assert.Equal(bodies.Length * 3, checkedReports);
    }
}

/// <summary>An aggregate report's JSON form keeps that it is one (D38).</summary>
public sealed class AggregateReportJsonTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void D38_an_aggregate_report_reads_back_from_its_json_form_as_an_aggregate(bool aggregate)
    {
        var report = Seed.BuildAnnualReport(Register2025, "xzf", 2025, Input with { IsAggregate = aggregate });
        using var stream = new MemoryStream();
        PolicyJson.WriteAnnualReport(report, stream);

        var read = PolicyJson.ReadAnnualReport(new MemoryStream(stream.ToArray()));

        Assert.Equal(report, read);
        Assert.Equal(aggregate, read.IsAggregate);
        Assert.Equal(aggregate, System.Text.Encoding.UTF8.GetString(stream.ToArray()).Contains("\"aggregate\": true", StringComparison.Ordinal));
    }

    [Fact]
    public void D38_an_aggregate_flag_that_is_not_a_boolean_is_refused_with_its_path()
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteAnnualReport(Seed.BuildAnnualReport(Register2025, "xzf", 2025, Input), stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimEnd().TrimEnd('}') + ", \"aggregate\": \"yes\"}";

        var refused = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));

        Assert.Contains("aggregate", refused.Message, StringComparison.Ordinal);
    }
}
