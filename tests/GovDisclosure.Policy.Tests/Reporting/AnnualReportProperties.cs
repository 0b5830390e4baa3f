using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Invariants of the annual report over random registers (§9.4, D38).</summary>
public sealed class AnnualReportProperties
{
    private static readonly RequestOutcome[] Replies = [.. RequestOutcome.InOrder.Where(o => o != RequestOutcome.AbandonedUncorrected && o != RequestOutcome.AbandonedUnpaid)];

    /// <summary>Requests received 2024–2025, replied after 0–400 days (or never), delivered 0–10 days after the reply.</summary>
    private static readonly Gen<InformationRequest[]> Requests =
        (from received in Gen.Choose(0, 729)
         from applicant in Gen.Choose(1, 6)
         from replyAfter in Gen.Choose(-1, 400)
         from deliverAfter in Gen.Choose(0, 10)
         from outcome in Gen.Elements(Replies)
         select (received, applicant, replyAfter, deliverAfter, outcome))
        .ListOf()
        .Select(list => list.Select((r, i) =>
        {
            var request = InformationRequest.Receive($"r{i}", "mzj", RequestChannel.InPerson, new LocalDate(2024, 1, 1).PlusDays(r.received), null,
                ApplicantKind.FromValue(r.applicant));
            if (r.replyAfter < 0)
            {
                return request;
            }

            var replied = request.ReceivedOn!.Value.PlusDays(r.replyAfter);
            return request.Reply(replied, r.outcome).Deliver(replied.PlusDays(r.deliverAfter), DeliveryMethod.InPerson);
        }).ToArray());

    [Property(MaxTest = 60)]
    public Property Sec9_4_a_report_built_from_any_register_balances_and_next_years_carries_over_what_it_carried_forward() =>
        Prop.ForAll(Requests.ToArbitrary(), requests =>
        {
            var report2025 = Reports.Seed.BuildAnnualReport(new RegisterBuilder(2025)
                .AddBodies([Reports.Bureau])
                .AddRequests(requests)
                .Build(), "mzj", 2025, new AnnualReportInput());
            var report2026 = Reports.Seed.BuildAnnualReport(new RegisterBuilder(2026)
                .AddBodies([Reports.Bureau])
                .AddRequests(requests)
                .Build(), "mzj", 2026,
                new AnnualReportInput { LastYearReport = report2025 });

            Assert.Empty(report2025.Problems);
            Assert.Empty(report2026.Problems);
            var counted = requests.Count(r => r.ReceivedOn!.Value.Year == 2025);
            Assert.Equal(counted, report2025.Requests[RequestTableRow.NewThisYear].Total);
        });

    [Property(MaxTest = 40)]
    public Property Sec9_3_any_hand_edited_report_reads_back_equal_from_its_json_form() =>
        Prop.ForAll(Gen.Choose(-3, 30).ArrayOf(RequestTable.Rows.Count * 7).ToArbitrary(), figures =>
        {
            var table = RequestTable.Empty;
            for (var r = 0; r < RequestTable.Rows.Count; r++)
            {
                var f = figures.AsSpan(r * 7, 7);
                table = table.With(RequestTable.Rows[r], new ApplicantCounts(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }

            var report = Reports.Report2025 with { Requests = table };
            using var stream = new MemoryStream();
            PolicyJson.WriteAnnualReport(report, stream);

            var read = PolicyJson.ReadAnnualReport(new MemoryStream(stream.ToArray()));
            Assert.Equal(report, read);
            Assert.Equal(report.Problems, read.Problems);
        });

    /// <summary>Requests received 2024–2026 with a correction notice or a fee notice (or neither), abandoned or answered, whose notices and
    /// replies are delivered up to a month later — across year ends as often as not.</summary>
    private static readonly Gen<InformationRequest[]> Histories =
        (from received in Gen.Choose(0, 1090)
         from path in Gen.Choose(0, 4)
         from wait in Gen.Choose(1, 60)
         from deliverAfter in Gen.Choose(0, 30)
         select (received, path, wait, deliverAfter))
        .ListOf()
        .Select(list => list.Select((r, i) => History($"h{i}", new LocalDate(2024, 1, 1).PlusDays(r.received), r.path, r.wait, r.deliverAfter))
            .Where(request => request is not null).Select(request => request!).ToArray());

    /// <summary>One history: 0 open, 1 answered, 2 uncorrected and closed after the deadline, 3 fee unpaid and closed after it, 4 corrected and answered.</summary>
    private static InformationRequest? History(string id, LocalDate received, int path, int wait, int deliverAfter)
    {
        var request = InformationRequest.Receive(id, "mzj", RequestChannel.InPerson, received, null, ApplicantKind.FromValue((wait % 6) + 1));
        var noticed = received.PlusDays(1);
        var later = noticed.PlusDays(wait);
        var end = new LocalDate(2026, 12, 31);
        InformationRequest? Closed(InformationRequest replied, LocalDate on) => on.PlusDays(deliverAfter) > end ? replied : replied.Deliver(on.PlusDays(deliverAfter), DeliveryMethod.Post);
        return path switch
        {
            0 => request,
            1 when later <= end => Closed(request.Reply(later, RequestOutcome.Disclosed), later),
            2 when later.PlusDays(1) <= end => Closed(request.NoticeCorrection(noticed, later).Reply(later.PlusDays(1), RequestOutcome.AbandonedUncorrected), later.PlusDays(1)),
            3 when noticed.PlusDays(45) <= end => Closed(request.NoticeFee(noticed).Reply(noticed.PlusDays(45), RequestOutcome.AbandonedUnpaid), noticed.PlusDays(45)),
            4 when later.PlusDays(2) <= end => Closed(request.NoticeCorrection(noticed, later).Corrected(later).Reply(later.PlusDays(2), RequestOutcome.NotHeld), later.PlusDays(2)),
            _ => null,
        };
    }

    [Property(MaxTest = 50)]
    public Property D38_over_three_years_of_any_histories_each_report_balances_each_request_is_handled_once_and_two_follows_four() =>
        Prop.ForAll(Histories.ToArbitrary(), requests =>
        {
            AnnualReport? lastYear = null;
            var handled = 0;
            foreach (var year in new[] { 2024, 2025, 2026 })
            {
                var report = Reports.Seed.BuildAnnualReport(new RegisterBuilder(year)
                    .AddBodies([Reports.Bureau])
                    .AddRequests(requests)
                    .Build(), "mzj", year,
                    new AnnualReportInput { LastYearReport = lastYear });
                Assert.Empty(report.Problems);
                handled += report.Requests[RequestTableRow.Total].Total;
                lastYear = report;
            }

            Assert.Equal(requests.Length, handled + lastYear!.Requests[RequestTableRow.CarriedForward].Total);
        });
}
