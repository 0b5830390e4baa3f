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
            var report2025 = Reports.Seed.AnnualReport(new Register(2025, [Reports.Bureau], [], requests: requests), "mzj", 2025, new AnnualReportInput());
            var report2026 = Reports.Seed.AnnualReport(new Register(2026, [Reports.Bureau], [], requests: requests), "mzj", 2026,
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
}
