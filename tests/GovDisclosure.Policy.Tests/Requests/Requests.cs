namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>Requests the tests share: made to the bureau, received in person unless a test says otherwise.</summary>
internal static class Requests
{
    internal static DisclosurePolicy Seed => DisclosurePolicy.Default;

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal static InformationRequest InPerson(LocalDate on, string id = "R-1", string body = "mzj") =>
        InformationRequest.Receive(id, body, RequestChannel.InPerson, on, null, ApplicantKind.NaturalPerson);

    internal static LocalDate Due(InformationRequest request) => Seed.ReplyDue(request).Due;

    /// <summary>The one refusal of <paramref name="impossible"/>: the request's history refuses it, whichever entry point met it.</summary>
    internal static RequestRefusal Refusal(Func<object> impossible) => Assert.Single(Assert.Throws<RequestHistoryException>(impossible).Refusals);
}
