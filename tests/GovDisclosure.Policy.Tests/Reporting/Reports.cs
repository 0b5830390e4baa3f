using GovDisclosure.Policy.Tests.Evaluation;
namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>A department's register of 2025 with requests of every result row and applicant column, some carried in from 2024 and out to 2026.</summary>
internal static class Reports
{
    internal static readonly DisclosurePolicy Seed = DisclosurePolicy.Default;

    internal static Body Bureau { get; } = Registers.Bureau("mzj") with { Role = BodyRole.Department };

    internal static Body Government { get; } = new("xzf", "某县人民政府", BodyType.AdministrativeOrgan, Registers.Principal, "王主任") { Role = BodyRole.Government };

    /// <summary>One request per outcome, each received and delivered in 2025, the applicant column turning with the outcome's number.</summary>
    internal static IEnumerable<InformationRequest> OnePerOutcome()
    {
        foreach (var outcome in RequestOutcome.InOrder)
        {
            var applicant = ApplicantKind.FromValue((outcome.Value - 1) % 6 + 1);
            var request = InformationRequest.Receive($"r{outcome.Value}", "mzj", RequestChannel.InPerson, new LocalDate(2025, 3, 3), null, applicant);
            if (outcome == RequestOutcome.AbandonedUncorrected)
            {
                request = request.NoticeCorrection(new LocalDate(2025, 3, 5), new LocalDate(2025, 3, 20));
            }
            else if (outcome == RequestOutcome.AbandonedUnpaid)
            {
                request = request.NoticeFee(new LocalDate(2025, 3, 5));
            }

            yield return request.Reply(new LocalDate(2025, 5, 6), outcome).Deliver(new LocalDate(2025, 5, 7), DeliveryMethod.InPerson);
        }
    }

    /// <summary>Requests whose years decide where they count (D38).</summary>
    internal static IEnumerable<InformationRequest> AcrossYears() =>
    [
        // Received 2024, delivered 2025: carried over, then handled (三(一)).
        InformationRequest.Receive("in-handled", "mzj", RequestChannel.InPerson, new LocalDate(2024, 12, 20), null, ApplicantKind.NaturalPerson)
            .Reply(new LocalDate(2025, 1, 10), RequestOutcome.Disclosed).Deliver(new LocalDate(2025, 1, 10), DeliveryMethod.InPerson),
        // Received 2024, still open at the end of 2025: carried over and carried forward.
        InformationRequest.Receive("in-open", "mzj", RequestChannel.InPerson, new LocalDate(2024, 12, 25), null, ApplicantKind.CommercialEnterprise),
        // Received and delivered in 2024: counted in 2024's report only.
        InformationRequest.Receive("old", "mzj", RequestChannel.InPerson, new LocalDate(2024, 11, 1), null, ApplicantKind.NaturalPerson)
            .Reply(new LocalDate(2024, 11, 20), RequestOutcome.Disclosed).Deliver(new LocalDate(2024, 11, 20), DeliveryMethod.InPerson),
        // Received 31 Dec 2025, the last day of the year: new, carried forward.
        InformationRequest.Receive("out-open", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 31), null, ApplicantKind.LegalServicesInstitution),
        // Replied in 2025, delivered in 2026: carried forward (handled when delivered).
        InformationRequest.Receive("out-undelivered", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 1), null, ApplicantKind.ResearchInstitution)
            .Reply(new LocalDate(2025, 12, 30), RequestOutcome.PartlyDisclosed).Deliver(new LocalDate(2026, 1, 5), DeliveryMethod.Post),
        // Abandoned without a reply when the correction period passed on Tue 30 Dec 2025 (handled 31 Dec, 三(六)1) ...
        InformationRequest.Receive("abandoned-2025", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 1), null, ApplicantKind.SocialWelfareOrganization)
            .NoticeCorrection(new LocalDate(2025, 12, 2), new LocalDate(2025, 12, 30)),
        // ... and one whose period ends on 31 Dec 2025: abandoned on 1 Jan 2026, so carried forward.
        InformationRequest.Receive("abandoned-2026", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 1), null, ApplicantKind.OtherOrganization)
            .NoticeCorrection(new LocalDate(2025, 12, 2), new LocalDate(2025, 12, 31)),
        // An unpaid fee noticed Mon 1 Dec 2025: 20 working days end Mon 29 Dec, abandoned 30 Dec (三(六)2).
        InformationRequest.Receive("unpaid", "mzj", RequestChannel.InPerson, new LocalDate(2025, 11, 28), null, ApplicantKind.NaturalPerson)
            .NoticeFee(new LocalDate(2025, 12, 1)),
        // Online, arrived 30 Dec 2025, confirmed 4 Jan 2026: received in 2026, not counted yet.
        InformationRequest.Receive("unconfirmed", "mzj", RequestChannel.Online, new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 4), ApplicantKind.NaturalPerson),
        // Made to the government, not to the bureau (D38).
        InformationRequest.Receive("government", "xzf", RequestChannel.InPerson, new LocalDate(2025, 6, 2), null, ApplicantKind.NaturalPerson),
        // Arrived in 2026.
        InformationRequest.Receive("next-year", "mzj", RequestChannel.InPerson, new LocalDate(2026, 1, 5), null, ApplicantKind.NaturalPerson),
    ];

    internal static IEnumerable<RedressCase> Cases() =>
    [
        new("rc-upheld", "mzj", RedressCaseKind.Reconsideration, new LocalDate(2025, 2, 1), RedressResult.Upheld, new LocalDate(2025, 4, 1)) { RequestId = "r1" },
        new("rc-corrected", "mzj", RedressCaseKind.Reconsideration, new LocalDate(2024, 11, 1), RedressResult.Corrected, new LocalDate(2025, 1, 1)),
        new("rc-pending", "mzj", RedressCaseKind.Reconsideration, new LocalDate(2025, 12, 31), RedressResult.Pending, null),
        new("lit-decided-2026", "mzj", RedressCaseKind.DirectLitigation, new LocalDate(2025, 6, 1), RedressResult.Other, new LocalDate(2026, 1, 1)),
        new("lit-old", "mzj", RedressCaseKind.DirectLitigation, new LocalDate(2024, 6, 1), RedressResult.Upheld, new LocalDate(2024, 12, 31)),
        new("lit-after", "mzj", RedressCaseKind.LitigationAfterReconsideration, new LocalDate(2024, 3, 1), RedressResult.Corrected, new LocalDate(2025, 12, 31)),
        new("lit-next", "mzj", RedressCaseKind.LitigationAfterReconsideration, new LocalDate(2026, 1, 1), RedressResult.Pending, null),
        new("government-case", "xzf", RedressCaseKind.Reconsideration, new LocalDate(2025, 2, 1), RedressResult.Pending, null),
    ];

    internal static Register Register2025 { get; } = new RegisterBuilder(2025)
        .AddBodies([Bureau, Government])
        .AddRequests([.. OnePerOutcome(), .. AcrossYears()])
        .AddRedressCases(Cases())
        .Build();

    internal static AnnualReportInput Input { get; } = new()
    {
        Overview = "2025年，本局认真贯彻《中华人民共和国政府信息公开条例》。\n全年主动公开政府信息120条。",
        Proactive = new ProactiveDisclosureFigures(new DocumentCounts(0, 0, 0), new DocumentCounts(2, 1, 9), 35, 4, 0, 1.25m),
        ProblemsAndImprovements = "依申请公开答复的规范性有待提高。",
        OtherMatters = "本年度收取信息处理费1700元。",
    };

    internal static AnnualReport Report2025 { get; } = Seed.BuildAnnualReport(Register2025, "mzj", 2025, Input);
}
