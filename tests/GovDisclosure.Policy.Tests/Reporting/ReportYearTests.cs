using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Which year counts a request (D38) and a year in progress (D41): each request handled once, and no report failing for a date past the calendar.</summary>
public sealed class ReportYearTests
{
    private static AnnualReport ReportOn(int year, IEnumerable<InformationRequest> requests, AnnualReport? lastYear = null) =>
        Seed.BuildAnnualReport(new RegisterBuilder(year)
            .AddBodies([Bureau, Government])
            .AddRequests(requests)
            .Build(), "mzj", year, new AnnualReportInput { LastYearReport = lastYear });

    /// <summary>Noticed 1 Dec 2025 to correct by <paramref name="correctBy"/>, closed as not corrected on <paramref name="replied"/>, delivered on <paramref name="delivered"/>.</summary>
    private static InformationRequest Uncorrected(LocalDate correctBy, LocalDate replied, LocalDate delivered) =>
        InformationRequest.Receive("uncorrected", "mzj", RequestChannel.InPerson, new LocalDate(2025, 11, 28), null, ApplicantKind.NaturalPerson)
            .NoticeCorrection(new LocalDate(2025, 12, 1), correctBy)
            .Reply(replied, RequestOutcome.AbandonedUncorrected).Deliver(delivered, DeliveryMethod.Post);

    /// <summary>A fee noticed Mon 1 Dec 2025 (20 working days end Mon 29 Dec: abandoned 30 Dec), closed as unpaid on <paramref name="replied"/>.</summary>
    private static InformationRequest Unpaid(LocalDate replied, LocalDate delivered) =>
        InformationRequest.Receive("unpaid", "mzj", RequestChannel.InPerson, new LocalDate(2025, 11, 28), null, ApplicantKind.CommercialEnterprise)
            .NoticeFee(new LocalDate(2025, 12, 1))
            .Reply(replied, RequestOutcome.AbandonedUnpaid).Deliver(delivered, DeliveryMethod.Post);

    [Theory]
    [InlineData(29, 2025, 0)]   // correct by 29 Dec: abandoned 30 Dec 2025, handled in 2025 though its notice is delivered in 2026
    [InlineData(30, 2025, 0)]   // correct by 30 Dec: abandoned 31 Dec 2025, the year's last day
    [InlineData(31, 2026, 1)]   // correct by 31 Dec: abandoned 1 Jan 2026, carried into 2026 and handled there
    public void D38_an_abandoned_request_whose_notice_is_delivered_next_year_is_handled_once_in_the_year_it_was_abandoned(int correctBy, int handledIn, int carried)
    {
        var request = Uncorrected(new LocalDate(2025, 12, correctBy), new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 6));

        var report2025 = ReportOn(2025, [request]);
        var report2026 = ReportOn(2026, [request], report2025);

        var handled = handledIn == 2025 ? report2025 : report2026;
        Assert.Equal(1, handled.Requests[RequestTableRow.AbandonedUncorrected].NaturalPersons);
        Assert.Equal(1, report2025.Requests[RequestTableRow.AbandonedUncorrected].Total + report2026.Requests[RequestTableRow.AbandonedUncorrected].Total);
        Assert.Equal(carried, report2025.Requests[RequestTableRow.CarriedForward].Total);
        Assert.Equal(carried, report2026.Requests[RequestTableRow.CarriedOver].Total);
        Assert.Empty(report2025.Problems);
        Assert.Empty(report2026.Problems);
    }

    [Fact]
    public void D38_an_unpaid_fee_and_a_missed_correction_count_in_the_same_year_however_late_their_notices_are_delivered()
    {
        var uncorrected = Uncorrected(new LocalDate(2025, 12, 29), new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 4));
        var unpaid = Unpaid(new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 4));

        var report2025 = ReportOn(2025, [uncorrected, unpaid]);
        var report2026 = ReportOn(2026, [uncorrected, unpaid], report2025);

        Assert.Equal((1, 1, 2), (report2025.Requests[RequestTableRow.AbandonedUncorrected].Total, report2025.Requests[RequestTableRow.AbandonedUnpaid].Total,
            report2025.Requests[RequestTableRow.Total].Total));
        Assert.Equal(0, report2025.Requests[RequestTableRow.CarriedForward].Total);
        Assert.Equal(RequestTable.Empty, report2026.Requests);
        Assert.Empty(report2026.Problems);
    }

    [Fact]
    public void D38_an_unpaid_fee_abandoned_the_day_after_its_twenty_working_days_counts_in_that_year_while_its_notice_is_undelivered()
    {
        var request = Unpaid(new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 4));

        var report = ReportOn(2025, [request]);

        Assert.Equal(1, report.Requests[RequestTableRow.AbandonedUnpaid].CommercialEnterprises);
        Assert.Equal(0, report.Requests[RequestTableRow.CarriedForward].Total);
    }

    [Fact]
    public void D38_a_delivered_reply_counts_in_the_year_of_its_delivery_not_of_its_writing()
    {
        var request = InformationRequest.Receive("r", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 1), null, ApplicantKind.NaturalPerson)
            .Reply(new LocalDate(2025, 12, 31), RequestOutcome.Disclosed).Deliver(new LocalDate(2026, 1, 4), DeliveryMethod.Post);

        var report2025 = ReportOn(2025, [request]);
        var report2026 = ReportOn(2026, [request], report2025);

        Assert.Equal((0, 1), (report2025.Requests[RequestTableRow.Disclosed].Total, report2025.Requests[RequestTableRow.CarriedForward].Total));
        Assert.Equal((1, 1), (report2026.Requests[RequestTableRow.CarriedOver].Total, report2026.Requests[RequestTableRow.Disclosed].Total));
    }

    [Theory]
    [InlineData(30, 1, 0)]   // received 30 Dec 2026: its period runs into 2027
    [InlineData(31, 1, 0)]   // received on the year's last day
    public void D41_a_report_on_the_year_in_progress_counts_a_request_whose_period_runs_past_the_calendar(int day, int received, int handled)
    {
        var request = InformationRequest.Receive("late-december", "mzj", RequestChannel.InPerson, new LocalDate(2026, 12, day), null, ApplicantKind.NaturalPerson);

        var report = ReportOn(2026, [request]);

        Assert.Equal((received, handled, 1), (report.Requests[RequestTableRow.NewThisYear].Total, report.Requests[RequestTableRow.Total].Total,
            report.Requests[RequestTableRow.CarriedForward].Total));
    }

    [Fact]
    public void D41_a_fee_noticed_in_mid_december_and_unpaid_is_carried_forward_not_a_calendar_error()
    {
        var request = InformationRequest.Receive("fee", "mzj", RequestChannel.InPerson, new LocalDate(2026, 12, 1), null, ApplicantKind.NaturalPerson)
            .NoticeFee(new LocalDate(2026, 12, 15));

        var report = ReportOn(2026, [request]);

        Assert.Equal(1, report.Requests[RequestTableRow.CarriedForward].NaturalPersons);
        Assert.Equal(0, report.Requests[RequestTableRow.AbandonedUnpaid].Total);
        Assert.Throws<CalendarCoverageException>(() => Seed.ReplyDue(request.FeePaid(new LocalDate(2026, 12, 16))));
    }

    [Fact]
    public void D41_a_request_extended_in_december_is_carried_forward_and_its_due_date_stays_an_error_where_it_is_asked_for()
    {
        var request = InformationRequest.Receive("extended", "mzj", RequestChannel.InPerson, new LocalDate(2026, 11, 20), null, ApplicantKind.OtherOrganization)
            .Extend(new LocalDate(2026, 12, 17), 20);

        var report = ReportOn(2026, [request]);

        Assert.Equal(1, report.Requests[RequestTableRow.CarriedForward].OtherOrganizations);
        Assert.Throws<CalendarCoverageException>(() => Seed.ReplyDue(request));
    }

    [Fact]
    public void D41_a_history_the_calendar_shows_impossible_is_still_refused_in_the_year_in_progress()
    {
        var request = InformationRequest.Receive("late-extension", "mzj", RequestChannel.InPerson, new LocalDate(2026, 9, 1), null, ApplicantKind.NaturalPerson)
            .Extend(new LocalDate(2026, 11, 30), 20);

        var refused = Assert.Throws<RequestHistoryException>(() => ReportOn(2026, [request]));

        Assert.Equal((RefusalReason.ExtendedAfterPeriod, "late-extension"), Assert.Single(refused.Refusals) is var refusal ? (refusal.Reason, refusal.RequestId) : default);
    }
}
