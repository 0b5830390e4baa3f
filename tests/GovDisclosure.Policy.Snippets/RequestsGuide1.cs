using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/requests.md", 1)]
internal static class RequestsGuide1
{
    internal static void Run()
    {
        #region docs/requests.md 1
        var policy = DisclosurePolicy.Default;
        var request = InformationRequest.Receive("YSQ-2025-031", "mzj", RequestChannel.InPerson, new LocalDate(2025, 9, 22), null, ApplicantKind.NaturalPerson)
            .Consult(new LocalDate(2025, 9, 24), ConsultationParty.ThirdParty)          // the clock stops from the next day (§8.5, D33)
            .ConsultationAnswered(new LocalDate(2025, 10, 16));
        var deadline = policy.ReplyDue(request);
        Console.WriteLine(deadline.Explanation.En);
        // YSQ-2025-031 reply due 2025-11-11: 20 working days after receipt of the request (§8.4), counted from
        // 2025-09-22; received 2025-09-22: in person: received the day it was handed in (§8.3), under the 2019
        // Regulations; stopped 2025-09-25 to 2025-10-16 (third party consulted on 2025-09-24, answered 2025-10-16): 12
        // working days not counted (§8.5, D33); 20 working days, 18 days skipped (4 statutory holiday: Mid-Autumn Festival and
        // National Day; 2 holiday rest day: Mid-Autumn Festival and National Day; 12 weekend); adjusted working days counted: 2025-09-28,
        // 2025-10-11.

        var status = policy.ReplyStatusOn(request, asOf: new LocalDate(2025, 11, 14));
        Console.WriteLine(status);   // Request YSQ-2025-031 on 2025-11-14: open, due 2025-11-11, overdue by 3 working days

        var delivered = request.Reply(new LocalDate(2025, 11, 10), RequestOutcome.PartlyDisclosed)
            .Deliver(new LocalDate(2025, 11, 10), DeliveryMethod.InPerson);
        Console.WriteLine(policy.RedressWindowsFor(delivered));   // knew the reply 2025-11-10: reconsideration by 2026-01-09, litigation by 2026-05-11
        #endregion
    }
}
