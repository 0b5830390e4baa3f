using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Table 三 of the annual report counted from a register (§9.4, D37, D38); the figures below are worked out by hand from <see cref="Reports"/>.</summary>
public sealed class RequestTableTests
{
    private static RequestTable Table => Report2025.Requests;

    [Fact]
    public void D38_new_requests_are_those_received_in_the_year_per_applicant_column()
    {
        // 23 replies (columns turning 1..6) plus the unpaid (自然人), undelivered (科研机构), both correction waits and the one of 31 December.
        Assert.Equal(new ApplicantCounts(5, 4, 5, 5, 5, 4, 28), Table[RequestTableRow.NewThisYear]);
    }

    [Fact]
    public void D38_requests_received_last_year_and_not_handled_by_its_end_are_carried_over()
    {
        Assert.Equal(new ApplicantCounts(1, 1, 0, 0, 0, 0, 2), Table[RequestTableRow.CarriedOver]);
    }

    [Fact]
    public void D37_already_disclosed_counts_under_disclosed_and_not_this_bodys_under_not_held()
    {
        Assert.Equal(new ApplicantCounts(2, 1, 0, 0, 0, 0, 3), Table[RequestTableRow.Disclosed]);   // Disclosed, AlreadyDisclosed, the carried-over one
        Assert.Equal(new ApplicantCounts(1, 0, 0, 0, 0, 1, 2), Table[RequestTableRow.NotHeld]);     // NotHeld (其他), NotThisBodys (自然人)
    }

    [Fact]
    public void D38_a_request_abandoned_in_the_year_counts_in_the_row_of_its_wait()
    {
        // Correction due Tue 30 Dec 2025: abandoned 31 Dec; the fee noticed Mon 1 Dec: unpaid after Mon 29 Dec, abandoned 30 Dec.
        Assert.Equal(new ApplicantCounts(0, 0, 1, 1, 0, 0, 2), Table[RequestTableRow.AbandonedUncorrected]);
        Assert.Equal(new ApplicantCounts(1, 0, 0, 1, 0, 0, 2), Table[RequestTableRow.AbandonedUnpaid]);
    }

    [Fact]
    public void Sec9_4_every_other_result_row_counts_its_one_reply_in_its_applicant_column()
    {
        var merged = new[] { RequestTableRow.Disclosed, RequestTableRow.NotHeld, RequestTableRow.AbandonedUncorrected, RequestTableRow.AbandonedUnpaid };
        foreach (var row in RequestTable.Rows.Where(row => row.IsResult).Except(merged))
        {
            var column = (row.Outcome!.Value - 1) % 6;
            Assert.Equal(1, Table[row].Total);
            Assert.Equal(1, Table[row][ApplicantKind.FromValue(column + 1)]);
        }
    }

    [Fact]
    public void Sec9_4_the_total_adds_every_result_row()
    {
        Assert.Equal(new ApplicantCounts(6, 4, 4, 5, 4, 3, 26), Table[RequestTableRow.Total]);
    }

    [Fact]
    public void D38_requests_open_at_the_years_end_are_carried_forward_including_a_reply_delivered_next_year_and_a_correction_due_on_31_December()
    {
        Assert.Equal(new ApplicantCounts(0, 1, 1, 0, 1, 1, 4), Table[RequestTableRow.CarriedForward]);
    }

    [Fact]
    public void Sec9_4_a_report_built_from_a_register_balances_in_every_column()
    {
        Assert.Empty(Report2025.Problems);
    }

    [Fact]
    public void D38_a_governments_report_counts_the_requests_made_to_it_not_to_its_departments()
    {
        var report = Seed.BuildAnnualReport(Register2025, "xzf", 2025, new AnnualReportInput());

        Assert.Equal(new ApplicantCounts(1, 0, 0, 0, 0, 0, 1), report.Requests[RequestTableRow.NewThisYear]);
        Assert.Equal(new ApplicantCounts(1, 0, 0, 0, 0, 0, 1), report.Requests[RequestTableRow.CarriedForward]);
        Assert.Equal(RedressCounts.FromResults(0, 0, 0, 1), report.Redress.Reconsideration);
    }

    [Fact]
    public void Sec9_5_redress_cases_count_by_their_result_in_the_year_decided_and_as_pending_while_undecided_at_its_end()
    {
        var redress = Report2025.Redress;

        Assert.Equal(new RedressCounts(1, 1, 0, 1, 3), redress.Reconsideration);
        Assert.Equal(new RedressCounts(0, 0, 0, 1, 1), redress.DirectLitigation);
        Assert.Equal(new RedressCounts(0, 1, 0, 0, 1), redress.LitigationAfterReconsideration);
        Assert.Same(redress.DirectLitigation, redress[RedressCaseKind.DirectLitigation]);
    }

    [Fact]
    public void Sec9_3_the_input_fills_sections_one_two_five_and_six_and_the_register_names_the_body()
    {
        Assert.Equal(("mzj", "县民政局", 2025), (Report2025.BodyId, Report2025.BodyName, Report2025.Year));
        Assert.Equal("县民政局2025年政府信息公开工作年度报告", Report2025.Title);
        Assert.Equal(Input.Overview, Report2025.Overview);
        Assert.Equal(Input.Proactive, Report2025.Proactive);
        Assert.Equal(Input.ProblemsAndImprovements, Report2025.ProblemsAndImprovements);
        Assert.Equal(Input.OtherMatters, Report2025.OtherMatters);
        Assert.Null(Report2025.LastYearCarriedForward);
    }

    [Fact]
    public void D38_last_years_report_is_kept_and_its_carried_forward_row_checked()
    {
        var last = Report2025 with { Year = 2024, Requests = RequestTable.Empty.With(RequestTableRow.CarriedForward, ApplicantCounts.FromColumns(1, 1, 0, 0, 0, 0)) };

        var report = Seed.BuildAnnualReport(Register2025, "mzj", 2025, Input with { LastYearReport = last });

        Assert.Equal(ApplicantCounts.FromColumns(1, 1, 0, 0, 0, 0), report.LastYearCarriedForward);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void D38_the_report_is_counted_from_its_own_years_register_and_body()
    {
        var wrongYear = ArgumentAssert.Throws<ArgumentException>(() => Seed.BuildAnnualReport(Register2025, "mzj", 2024, Input));
        var noBody = ArgumentAssert.Throws<ArgumentException>(() => Seed.BuildAnnualReport(Register2025, "jyj", 2025, Input));
        var wrongLast = ArgumentAssert.Throws<ArgumentException>(() => Seed.BuildAnnualReport(Register2025, "mzj", 2025, Input with { LastYearReport = Report2025 }));

        Assert.Equal("The register holds the year 2025; a report on 2024 is counted from that year's register (D38).", wrongYear.Message);
        Assert.Equal("The register holds no body \"jyj\"; a report is counted from its own requests (D38).", noBody.Message);
        Assert.Equal("The last year's report given is the 2025 report of \"mzj\"; the 2025 report of \"mzj\" is checked against the 2024 report of \"mzj\".",
            wrongLast.Message);
    }

    [Fact]
    public void Sec8_4_an_impossible_history_refuses_the_report_naming_the_request_as_evaluation_does()
    {
        // Received Mon 22 Sep 2025, due Fri 24 Oct (across National Day): an extension told on 28 October came after the first period ended.
        var extendedLate = InformationRequest.Receive("bad", "mzj", RequestChannel.InPerson, new LocalDate(2025, 9, 22), null, ApplicantKind.NaturalPerson)
            .Extend(new LocalDate(2025, 10, 28), 10);
        var register = new RegisterBuilder(2025).AddBodies([Bureau]).AddRequests([extendedLate]).Build();

        var e = Assert.Throws<RequestHistoryException>(() => Seed.BuildAnnualReport(register, "mzj", 2025, Input));

        var refusal = Assert.Single(e.Refusals);
        Assert.Equal((RefusalReason.ExtendedAfterPeriod, "bad", new LocalDate(2025, 10, 28)), (refusal.Reason, refusal.RequestId, refusal.On));
        Assert.Equal(Assert.Throws<RequestHistoryException>(() => Seed.Evaluate(register, new LocalDate(2025, 12, 31))).Refusals, e.Refusals);
    }

    [Fact]
    public void Sec9_4_every_outcome_has_a_result_row_with_its_report_label()
    {
        foreach (var outcome in RequestOutcome.InOrder)
        {
            Assert.Equal(outcome.ReportRow, RequestTableRow.For(outcome).TableLabel);
        }

        Assert.Equal(21, RequestTable.Rows.Count(row => row.IsResult));
        Assert.Equal(["一", "二", "三(一)", "三(二)"], RequestTable.Rows.Take(4).Select(row => row.TableLabel));
        Assert.Equal(["三(六)3", "三(七)", "四"], RequestTable.Rows.TakeLast(3).Select(row => row.TableLabel));
    }
}
