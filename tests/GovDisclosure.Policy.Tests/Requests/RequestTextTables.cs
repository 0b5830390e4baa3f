namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>
/// The sources and rules the request room's closed sets and redress periods cite, pinned in <c>Approved/request-sources.txt</c> so that a
/// change to any of them shows in review (§8.3, §8.5, §8.9, §8.11, D37, D39).
/// </summary>
public sealed class RequestTextTables
{
    [Fact]
    public void Sec8_every_outcome_channel_party_and_redress_period_cites_its_source()
    {
        var lines = new List<string>();
        lines.AddRange(RequestOutcome.InOrder.Select(o => $"RequestOutcome.{o.Name}: {o.ReportRow} [{o.SourceId}] {o.Label.Zh} | {o.Label.En}"));
        lines.AddRange(RequestChannel.InOrder.Select(c => $"RequestChannel.{c.Name}: {c.ReceiptRuleZh} | {c.ReceiptRuleEn}"));
        lines.AddRange(ConsultationParty.InOrder.Select(p => $"ConsultationParty.{p.Name}: {p.Article}"));
        var delivered = InformationRequest.Receive("q", "mzj", RequestChannel.InPerson, new LocalDate(2024, 9, 23), null, ApplicantKind.NaturalPerson)
            .Reply(new LocalDate(2024, 11, 1), RequestOutcome.Disclosed, toldOfRedress: false).Deliver(new LocalDate(2024, 11, 1), DeliveryMethod.InPerson);
        var windows = DisclosurePolicy.Default.RedressWindowsFor(delivered, new LocalDate(2025, 1, 6));
        foreach (var deadline in new[] { windows.Reconsideration, windows.Litigation, windows.LitigationAfterReconsideration! })
        {
            lines.Add($"{deadline.Subject}: {deadline.Rule.DescriptionEn}; {deadline.ExplanationZh.Split('：')[0]}");
        }

        lines.Add(windows.ToString());
        var told = DisclosurePolicy.Default.RedressWindowsFor(InformationRequest.Receive("t", "mzj", RequestChannel.InPerson, new LocalDate(2024, 9, 23), null,
            ApplicantKind.NaturalPerson).Reply(new LocalDate(2024, 11, 1), RequestOutcome.Disclosed).Deliver(new LocalDate(2024, 11, 1), DeliveryMethod.InPerson));
        lines.Add($"{told.Reconsideration.Subject}: {told.Reconsideration.Rule.DescriptionEn}; {told}");
        Approvals.Verify("request-sources.txt", string.Join("\n", lines) + "\n");
    }
}
