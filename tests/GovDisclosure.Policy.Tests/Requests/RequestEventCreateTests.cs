namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8: an event restored from stored values is the event its kind's factory makes, and only with the values its kind carries.</summary>
public sealed class RequestEventCreateTests
{
    private static readonly LocalDate On = new(2025, 10, 9);
    private static readonly LocalDate Later = new(2025, 10, 20);

    public static TheoryData<RequestEvent, RequestEvent> Kinds => new()
    {
        { RequestEvent.Create(RequestEventKind.CorrectionNoticed, On, Later, null, null, null, null, null), RequestEvent.CorrectionNotice(On, Later) },
        { RequestEvent.Create(RequestEventKind.Corrected, On, null, null, null, null, null, null), RequestEvent.Correction(On) },
        { RequestEvent.Create(RequestEventKind.ConsultationSent, On, null, null, ConsultationParty.ThirdParty, null, null, null), RequestEvent.Consultation(On, ConsultationParty.ThirdParty) },
        { RequestEvent.Create(RequestEventKind.ConsultationAnswered, On, null, null, null, null, null, null), RequestEvent.ConsultationAnswer(On) },
        { RequestEvent.Create(RequestEventKind.Extended, On, null, 20, null, null, null, null), RequestEvent.Extension(On, 20) },
        { RequestEvent.Create(RequestEventKind.FeeNoticed, On, null, null, null, null, null, null), RequestEvent.FeeNotice(On) },
        { RequestEvent.Create(RequestEventKind.FeePaid, On, null, null, null, null, null, null), RequestEvent.FeePayment(On) },
        { RequestEvent.Create(RequestEventKind.Deferred, On, Later, null, null, null, null, null), RequestEvent.Deferral(On, Later) },
        { RequestEvent.Create(RequestEventKind.Replied, On, null, null, null, RequestOutcome.Disclosed, null, null), RequestEvent.Reply(On, RequestOutcome.Disclosed, true) },
        { RequestEvent.Create(RequestEventKind.Replied, On, null, null, null, RequestOutcome.Disclosed, null, false), RequestEvent.Reply(On, RequestOutcome.Disclosed, false) },
        { RequestEvent.Create(RequestEventKind.Delivered, On, null, null, null, null, DeliveryMethod.Electronic, null), RequestEvent.Delivery(On, DeliveryMethod.Electronic, null) },
        { RequestEvent.Create(RequestEventKind.Delivered, On, Later, null, null, null, DeliveryMethod.Post, null), RequestEvent.Delivery(On, DeliveryMethod.Post, Later) },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sec8_an_event_created_from_its_values_is_the_one_its_kinds_factory_makes(RequestEvent created, RequestEvent made) =>
        Assert.Equal(made, created);

    [Fact]
    public void Sec8_every_kind_is_created_by_its_own_factory() =>
        Assert.Equal(RequestEventKind.InOrder, Kinds.Select(row => ((RequestEvent)row[0]).Kind).Distinct());

    [Theory]
    [InlineData("CorrectionNoticed", "until")]
    [InlineData("Deferred", "until")]
    [InlineData("ConsultationSent", "party")]
    [InlineData("Extended", "workingDays")]
    [InlineData("Replied", "outcome")]
    [InlineData("Delivered", "method")]
    public void Sec8_a_value_the_kind_needs_is_named_when_it_is_missing(string kind, string value)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => RequestEvent.Create(RequestEventKind.Parse(kind), On, null, null, null, null, null, null));

        Assert.Equal(value, e.ParamName);
        Assert.Equal($"An event of kind {kind} needs {value}.", e.Message);
    }

    [Theory]
    [InlineData("Corrected", "until")]
    [InlineData("Corrected", "workingDays")]
    [InlineData("Corrected", "party")]
    [InlineData("Corrected", "outcome")]
    [InlineData("Corrected", "method")]
    [InlineData("Corrected", "toldOfRedress")]
    [InlineData("Extended", "until")]
    [InlineData("Replied", "method")]
    [InlineData("Delivered", "toldOfRedress")]
    [InlineData("CorrectionNoticed", "party")]
    public void Sec8_a_value_the_kind_does_not_carry_is_refused_rather_than_lost(string kind, string value)
    {
        var k = RequestEventKind.Parse(kind);
        var e = Assert.ThrowsAny<ArgumentException>(() => RequestEvent.Create(k, On,
            value == "until" || k == RequestEventKind.CorrectionNoticed ? Later : null, value == "workingDays" || k == RequestEventKind.Extended ? 5 : null,
            value == "party" ? ConsultationParty.ThirdParty : null, value == "outcome" || k == RequestEventKind.Replied ? RequestOutcome.Disclosed : null,
            value == "method" || k == RequestEventKind.Delivered ? DeliveryMethod.Post : null, value == "toldOfRedress" ? true : null));

        Assert.Equal(value, e.ParamName);
        Assert.Equal($"An event of kind {kind} has no {value}; leave it empty.", e.Message);
    }

    [Fact]
    public void Sec8_the_factorys_own_checks_still_apply_and_a_null_kind_is_the_callers_mistake()
    {
        Assert.Equal("correctBy", Assert.ThrowsAny<ArgumentException>(() => RequestEvent.Create(RequestEventKind.CorrectionNoticed, On, On, null, null, null, null, null)).ParamName);
        Assert.Equal("receivedOn", Assert.ThrowsAny<ArgumentException>(() => RequestEvent.Create(RequestEventKind.Delivered, On, Later, null, null, null, DeliveryMethod.Electronic, null)).ParamName);
        Assert.ThrowsAny<ArgumentNullException>(() => RequestEvent.Create(null!, On, null, null, null, null, null, null));
    }
}
