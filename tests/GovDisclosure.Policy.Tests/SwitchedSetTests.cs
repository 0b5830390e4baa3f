using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Code that picks by a closed set's member picks by the member, never by its number or name: every member of every set so used is run
/// through the choice, and each lands somewhere of its own.
/// </summary>
public sealed class SwitchedSetTests
{
    [Fact]
    public void Sec9_5_every_redress_result_reads_its_own_cell()
    {
        var counts = RedressCounts.FromResults(1, 2, 3, 4);

        Assert.Equal([1, 2, 3, 4], RedressResult.InOrder.Select(result => counts[result]));
    }

    [Fact]
    public void Sec9_4_every_applicant_kind_reads_its_own_column()
    {
        var counts = ApplicantCounts.FromColumns(1, 2, 3, 4, 5, 6);

        Assert.Equal([1, 2, 3, 4, 5, 6], ApplicantKind.InOrder.Select(kind => counts[kind]));
    }

    [Fact]
    public void D4_to_D8_every_cadence_counts_from_its_own_trigger_under_its_own_default()
    {
        Assert.Equal(
        [
            (DeadlineTrigger.EventDate, "D4"), (DeadlineTrigger.PeriodEnd, "D5"), (DeadlineTrigger.PeriodEnd, "D5"), (DeadlineTrigger.PeriodEnd, "D6"),
            (DeadlineTrigger.EventDate, "D7"), (DeadlineTrigger.EventDate, "D8"), (DeadlineTrigger.EventDate, "D8"),
        ], Cadence.InOrder.Select(cadence => cadence.SeedRule));
        Assert.Equal(DeadlineTrigger.PeriodStart, DisclosurePolicy.Default.GetRule(ScheduleEntry.YR1).Trigger);
        Assert.All(ScheduleEntry.InOrder.Where(entry => entry != ScheduleEntry.YR1),
            entry => Assert.Equal(entry.Cadence.SeedRule, (DisclosurePolicy.Default.GetRule(entry).Trigger, DisclosurePolicy.Default.GetRule(entry).SourceId)));
    }

    [Fact]
    public void D11_every_complaint_tier_escalates_to_the_next_and_the_office_to_none()
    {
        Assert.Equal([ComplaintTier.CompetentDepartment, ComplaintTier.DisclosureOffice, null], ComplaintTier.InOrder.Select(tier => tier.Next));
    }

    [Fact]
    public void Sec8_every_kind_of_event_leaves_its_own_trace_in_the_history()
    {
        var d = new LocalDate(2024, 9, 2);
        var request = InformationRequest.Receive("r", "mzj", RequestChannel.InPerson, d, null, ApplicantKind.NaturalPerson)
            .NoticeCorrection(d.PlusDays(1), d.PlusDays(10)).Corrected(d.PlusDays(2))
            .Consult(d.PlusDays(3), ConsultationParty.ThirdParty).ConsultationAnswered(d.PlusDays(4))
            .Extend(d.PlusDays(5), 5).NoticeFee(d.PlusDays(6)).FeePaid(d.PlusDays(7)).Defer(d.PlusDays(8), d.PlusDays(60))
            .Reply(d.PlusDays(9), RequestOutcome.Disclosed).Deliver(d.PlusDays(10), DeliveryMethod.InPerson);

        Assert.Equal(RequestEventKind.InOrder, request.Events.Select(e => e.Kind));
        Assert.Equal((d.PlusDays(1), d.PlusDays(10)), request.CorrectionNotice);
        Assert.Equal(d.PlusDays(2), request.CorrectedOn);
        Assert.Equal(0, request.OpenConsultations);
        Assert.Equal((d.PlusDays(5), 5), request.Extension);
        Assert.Equal((d.PlusDays(6), d.PlusDays(7)), (request.FeeNoticeOn, request.FeePaidOn));
        Assert.Equal((d.PlusDays(8), d.PlusDays(60)), request.Deferral);
        Assert.Equal((d.PlusDays(9), d.PlusDays(10)), (request.RepliedOn, request.DeliveredOn));
        Assert.Equal(2, request.StopArray.Length);
    }

    [Fact]
    public void D5_D6_every_cadence_has_its_period_in_months_and_an_event_driven_one_none()
    {
        Assert.Equal([0, 1, 3, 12, 0, 0, 0], Cadence.InOrder.Select(cadence => cadence.MonthsPerPeriod));
    }
}
