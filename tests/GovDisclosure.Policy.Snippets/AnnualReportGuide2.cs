using GovDisclosure.Policy;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/annual-report.md", 2)]
internal static class AnnualReportGuide2
{
    internal static void Run()
    {
        #region docs/annual-report.md 2
        var policy = DisclosurePolicy.Default;
        var bureau = new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("张伟", new LocalDate(2022, 3, 1)), "黄敏") { Role = BodyRole.Department };
        InformationRequest[] requests =
        [
            InformationRequest.Receive("YSQ-2024-088", "mzj", RequestChannel.InPerson, new LocalDate(2024, 12, 23), null, ApplicantKind.NaturalPerson)
                .Reply(new LocalDate(2025, 1, 10), RequestOutcome.Disclosed).Deliver(new LocalDate(2025, 1, 10), DeliveryMethod.InPerson),
            InformationRequest.Receive("YSQ-2025-007", "mzj", RequestChannel.InPerson, new LocalDate(2025, 3, 10), null, ApplicantKind.NaturalPerson)
                .Reply(new LocalDate(2025, 3, 10), RequestOutcome.Disclosed).Deliver(new LocalDate(2025, 3, 10), DeliveryMethod.InPerson),
        ];
        var report = policy.BuildAnnualReport(new RegisterBuilder(2025).AddBodies([bureau]).AddRequests(requests).Build(), "mzj", 2025,
            new AnnualReportInput { OtherMatters = "本年度未收取信息处理费。" });

        // As published on Tuesday 3 February 2026, with a sentence of its own in section 三.
        var published = (report.ToPublished() with { PublisherRole = BodyRole.Department, PublishedOn = new LocalDate(2026, 2, 3) })
            .WithText(ReportSection.Requests, "本年共收到政府信息公开申请2件，均已按期答复。");
        var audit = policy.Audit(published);
        Console.WriteLine(audit);                         // 县民政局2025年政府信息公开工作年度报告: 1 error, 1 finding to explain
        Console.WriteLine(audit.Findings[0]);             // §12.7 AmbiguousCount at 三/一/总计: 2 against 1
        Console.WriteLine(audit.Findings[1].Message.En);   // The report was due by 2026-01-31 and published on 2026-02-03, 3 days late.
        #endregion
    }
}
