using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.3: the day of receipt follows from the channel, and no clock runs until it is known.</summary>
public sealed class ReceiptTests
{
    [Fact]
    public void Sec8_3_a_request_handed_in_is_received_the_day_it_arrived()
    {
        var request = InPerson(D(2024, 9, 23));

        Assert.Equal(D(2024, 9, 23), request.ReceivedOn);
        Assert.False(request.IsAwaitingConfirmation);
        Assert.Equal(D(2024, 9, 23), Seed.ReplyDue(request).Trigger);
    }

    [Fact]
    public void Sec8_3_post_signed_for_is_received_the_day_the_body_signed_for_it()
    {
        var request = InformationRequest.Receive("R-1", "mzj", RequestChannel.SignedPost, D(2024, 9, 23), null, ApplicantKind.CommercialEnterprise);

        Assert.Equal(D(2024, 9, 23), request.ReceivedOn);
        Assert.Equal(D(2024, 10, 24), Due(request));
    }

    [Theory]
    [InlineData("OrdinaryLetter")]
    [InlineData("Online")]
    [InlineData("Fax")]
    public void Sec8_3_a_request_that_needs_confirmation_has_no_clock_until_confirmed(string channel)
    {
        var request = InformationRequest.Receive("R-1", "mzj", RequestChannel.Parse(channel), D(2024, 9, 20), null, ApplicantKind.NaturalPerson);

        Assert.True(request.IsAwaitingConfirmation);
        Assert.Null(request.Regime);
        Assert.Contains("awaits confirmation (§8.3)", Assert.Throws<InvalidOperationException>(() => Seed.ReplyDue(request)).Message);
        Assert.Equal(RequestState.AwaitingConfirmation, Seed.ReplyStatusOn(request, D(2024, 12, 31)).State);

        var confirmed = request.Confirm(D(2024, 9, 23));

        Assert.Equal(D(2024, 9, 23), confirmed.ReceivedOn);
        Assert.Equal(D(2024, 10, 24), Due(confirmed));   // 20 working days from the day of confirmation, not of arrival
    }

    [Fact]
    public void Sec8_3_the_day_of_confirmation_given_at_receipt_is_the_day_of_receipt()
    {
        var request = InformationRequest.Receive("R-1", "mzj", RequestChannel.Online, D(2024, 9, 20), D(2024, 9, 23), ApplicantKind.NaturalPerson);

        Assert.Equal(D(2024, 9, 23), request.ReceivedOn);
        Assert.Equal(D(2024, 9, 20), request.ArrivedOn);
        Assert.Contains("arrived 2024-09-20", Seed.ReplyDue(request).ExplanationEn);
    }

    [Fact]
    public void Sec8_3_a_confirmation_for_a_channel_that_needs_none_is_refused()
    {
        var e = ArgumentAssert.Throws<ArgumentException>(() =>
            InformationRequest.Receive("R-1", "mzj", RequestChannel.InPerson, D(2024, 9, 20), D(2024, 9, 23), ApplicantKind.NaturalPerson));

        Assert.Equal("confirmedOn", e.ParamName);
        Assert.Contains("R-1", e.Message);
    }

    [Fact]
    public void Sec8_3_confirmation_cannot_come_before_arrival_or_twice()
    {
        Assert.Equal("Request R-1 was confirmed on 2024-09-19 (arrived 2024-09-20), before it arrived; confirmation follows arrival (§8.3).",
            ArgumentAssert.Throws<ArgumentException>("confirmedOn", () =>
                InformationRequest.Receive("R-1", "mzj", RequestChannel.Fax, D(2024, 9, 20), D(2024, 9, 19), ApplicantKind.NaturalPerson)).Message);
        var request = InformationRequest.Receive("R-1", "mzj", RequestChannel.Fax, D(2024, 9, 20), null, ApplicantKind.NaturalPerson);

        Assert.Equal(RefusalReason.BeforeLastEvent, Refusal(() => request.Confirm(D(2024, 9, 19))).Reason);
        Assert.Equal(D(2024, 9, 20), request.Confirm(D(2024, 9, 20)).ReceivedOn);
        Assert.Equal(RefusalReason.AlreadyReceived, Refusal(() => request.Confirm(D(2024, 9, 20)).Confirm(D(2024, 9, 21))).Reason);
        Assert.Equal(RefusalReason.AlreadyReceived, Refusal(() => InPerson(D(2024, 9, 20)).Confirm(D(2024, 9, 21))).Reason);
    }

    [Fact]
    public void Sec8_3_nothing_happens_to_an_unconfirmed_request()
    {
        var request = InformationRequest.Receive("R-1", "mzj", RequestChannel.Online, D(2024, 9, 20), null, ApplicantKind.NaturalPerson);

        Assert.Equal(RefusalReason.AwaitingConfirmation, Refusal(() => request.Consult(D(2024, 9, 23), ConsultationParty.ThirdParty)).Reason);
        Assert.Equal(RefusalReason.AwaitingConfirmation, Refusal(() => request.Reply(D(2024, 9, 23), RequestOutcome.Disclosed)).Reason);
        Assert.Equal(RefusalReason.AwaitingConfirmation, Refusal(() => request.NoticeCorrection(D(2024, 9, 23), D(2024, 9, 30))).Reason);
    }

    [Fact]
    public void Sec8_3_blank_ids_and_nulls_are_refused()
    {
        ArgumentAssert.Throws<ArgumentException>(() => InformationRequest.Receive(" ", "mzj", RequestChannel.InPerson, D(2024, 9, 20), null, ApplicantKind.NaturalPerson));
        ArgumentAssert.Throws<ArgumentException>(() => InformationRequest.Receive("R", "", RequestChannel.InPerson, D(2024, 9, 20), null, ApplicantKind.NaturalPerson));
        ArgumentAssert.Throws<ArgumentNullException>(() => InformationRequest.Receive("R", "mzj", null!, D(2024, 9, 20), null, ApplicantKind.NaturalPerson));
        ArgumentAssert.Throws<ArgumentNullException>(() => InformationRequest.Receive("R", "mzj", RequestChannel.InPerson, D(2024, 9, 20), null, null!));
    }

    [Fact]
    public void Sec9_4_applicants_are_a_natural_person_or_five_kinds_of_organization()
    {
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], ApplicantKind.InOrder.Select(a => a.Label.Zh));
        Assert.False(ApplicantKind.NaturalPerson.IsOrganization);
        Assert.All(ApplicantKind.InOrder.Skip(1), a => Assert.True(a.IsOrganization));
    }
}
