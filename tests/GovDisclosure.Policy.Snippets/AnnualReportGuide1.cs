using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/annual-report.md", 1)]
internal static class AnnualReportGuide1
{
    internal static void Run()
    {
        #region docs/annual-report.md 1
        var policy = DisclosurePolicy.Default;
        var bureau = new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("张伟", new LocalDate(2022, 3, 1)), "黄敏")
        {
            Role = BodyRole.Department,                                                    // §9.1: a department reports by 31 January
        };
        InformationRequest[] requests =
        [
            InformationRequest.Receive("YSQ-2024-088", "mzj", RequestChannel.InPerson, new LocalDate(2024, 12, 23), null, ApplicantKind.NaturalPerson)
                .Reply(new LocalDate(2025, 1, 10), RequestOutcome.Disclosed).Deliver(new LocalDate(2025, 1, 10), DeliveryMethod.InPerson),
            InformationRequest.Receive("YSQ-2025-007", "mzj", RequestChannel.InPerson, new LocalDate(2025, 3, 10), null, ApplicantKind.CommercialEnterprise)
                .Reply(new LocalDate(2025, 3, 10), RequestOutcome.AlreadyDisclosed).Deliver(new LocalDate(2025, 3, 10), DeliveryMethod.InPerson),
            InformationRequest.Receive("YSQ-2025-044", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 22), null, ApplicantKind.NaturalPerson),
        ];
        RedressCase[] cases = [new("FY-2025-003", "mzj", RedressCaseKind.Reconsideration, new LocalDate(2025, 9, 15), RedressResult.Upheld, new LocalDate(2025, 11, 10))];
        var register = new RegisterBuilder(2025).AddBodies([bureau]).AddRequests(requests).AddRedressCases(cases).Build();

        var report = policy.BuildAnnualReport(register, "mzj", 2025, new AnnualReportInput { Overview = "2025年，县民政局坚持以公开为常态、不公开为例外。" });
        Console.WriteLine(report.Requests);   // 一 2 + 二 1 = 三(七) 2 + 四 1
        Console.WriteLine(report.Requests[RequestTableRow.Disclosed].Total);   // 2
        Console.WriteLine(report.Redress.Reconsideration.Upheld);   // 1
        Console.WriteLine(policy.AnnualReportDue(bureau, 2025)!.Due.ToString("uuuu-MM-dd dddd", null));   // 2026-01-31 Saturday

        var edited = report with { Requests = report.Requests.With(RequestTableRow.NewThisYear, ApplicantCounts.FromColumns(1, 2, 0, 0, 0, 0)) };
        Console.WriteLine(edited.Problems[0]);
        // 三/一+二=三(七)+四/商业企业: Table 三, column commercial enterprise: 一 + 二 = 2 + 0 = 2, but 三(七) + 四 = 1 + 0 = 1.

        using (var html = File.CreateText("mzj-2025.html"))
        {
            AnnualReportHtml.WriteChinese(report, html);   // the national format's six sections and three tables, one printable page
        }

        using (var json = File.Create("mzj-2025.json"))
        {
            PolicyJson.WriteAnnualReport(report, json);    // PolicyJson.ReadAnnualReport loads it again, strictly
        }
        #endregion
    }
}
