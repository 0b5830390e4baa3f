using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>Invariants of the reply clock (§8.4–§8.6, D31–D33) over random histories received 2008–2024.</summary>
public sealed class ReplyClockProperties
{
    private static readonly DisclosurePolicy Seed = DisclosurePolicy.Default;

    private static Gen<LocalDate> Dates => Gen.Choose(0, 6209).Select(offset => new LocalDate(2008, 1, 1).PlusDays(offset));

    /// <summary>A history: receipt, up to two consultations (answered or not), a paid fee, an extension — each a day offset from receipt, or -1 for none.</summary>
    private sealed record History(LocalDate Received, int Consult1, int Answer1, int Consult2, int Answer2, int Fee, int Paid, int Extend, int ExtendBy)
    {
        internal InformationRequest Build(bool consult1 = true, bool consult2 = true, bool fee = true)
        {
            var steps = new List<(int Day, int Rank, Func<InformationRequest, InformationRequest> Apply)>();
            void Add(int day, int rank, Func<InformationRequest, InformationRequest> apply) => steps.Add((day, rank, apply));
            if (consult1 && Consult1 >= 0)
            {
                Add(Consult1, 0, r => r.Consult(Received.PlusDays(Consult1), ConsultationParty.ThirdParty));
                if (Answer1 >= 0)
                {
                    Add(Consult1 + Answer1, 2, r => r.ConsultationAnswered(Received.PlusDays(Consult1 + Answer1)));
                }
            }

            if (consult2 && Consult2 >= 0)
            {
                Add(Consult2, 0, r => r.Consult(Received.PlusDays(Consult2), ConsultationParty.OtherBody));
                if (Answer2 >= 0)
                {
                    Add(Consult2 + Answer2, 2, r => r.ConsultationAnswered(Received.PlusDays(Consult2 + Answer2)));
                }
            }

            if (fee && Fee >= 0)
            {
                Add(Fee, 1, r => r.NoticeFee(Received.PlusDays(Fee)));
                Add(Fee + Paid, 3, r => r.FeePaid(Received.PlusDays(Fee + Paid)));
            }

            if (Extend >= 0)
            {
                Add(Extend, 4, r => r.Extend(Received.PlusDays(Extend), ExtendBy));
            }

            return steps.OrderBy(s => s.Day).ThenBy(s => s.Rank).Aggregate(Requests.InPerson(Received), (r, s) => s.Apply(r));
        }
    }

    private static Gen<int> Maybe(int max) => Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, max)));

    private static Gen<History> Histories =>
        from received in Dates
        from c1 in Maybe(15)
        from a1 in Maybe(40)
        from c2 in Maybe(20)
        from a2 in Maybe(40)
        from fee in Maybe(15)
        from paid in Gen.Choose(0, 25)
        from extend in Maybe(14)
        from extendBy in Gen.Choose(1, 15)
        select new History(received, c1, a1, c2, a2, fee, paid, extend, extendBy);

    [Property(MaxTest = 300)]
    public Property D31_the_due_date_is_a_working_day_after_receipt() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var due = Requests.Due(history.Build());
            return due > history.Received && Seed.Calendar.IsWorkingDay(due);
        });

    [Property(MaxTest = 300)]
    public Property D32_D33_a_stop_never_shortens_the_period() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
            Requests.Due(history.Build()) >= Requests.Due(history.Build(consult1: false, consult2: false, fee: false)));

    [Property(MaxTest = 300)]
    public Property D33_removing_an_event_that_only_stops_the_clock_never_moves_the_due_date_later() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var due = Requests.Due(history.Build());
            return Requests.Due(history.Build(consult1: false)) <= due && Requests.Due(history.Build(consult2: false)) <= due &&
                   Requests.Due(history.Build(fee: false)) <= due;
        });

    [Property(MaxTest = 300)]
    public Property D31_D33_the_working_days_counted_are_the_period_and_the_extension() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var deadline = Seed.ReplyDue(history.Build());
            var counted = deadline.Days.Count(day => day.IsWorkingDay) - ((ReplyBasis)deadline.Basis).Steps.Where(s => s.Kind == ClockStepKind.Stop).Sum(s => s.WorkingDays);
            return counted == 20 + (history.Extend >= 0 ? history.ExtendBy : 0) || ((ReplyBasis)deadline.Basis).Regime == RequestRegime.Regulations2007 &&
                   counted == 15 + (history.Extend >= 0 ? history.ExtendBy : 0);
        });

    [Property(MaxTest = 200)]
    public Property Sec8_6_a_restart_never_gives_an_earlier_due_date_than_the_original_receipt() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (received, notice, corrected) =>
        {
            var request = Requests.InPerson(received).NoticeCorrection(received.PlusDays(notice), received.PlusDays(notice + 30))
                .Corrected(received.PlusDays(notice + corrected));
            return Requests.Due(request) >= Requests.Due(Requests.InPerson(received));
        });

    [Property(MaxTest = 200)]
    public Property The_batch_gives_the_due_dates_one_at_a_time_gives() =>
        Prop.ForAll(Histories.ToArbitrary(), Histories.ToArbitrary(), (a, b) =>
        {
            InformationRequest[] requests = [a.Build(), b.Build(), Requests.InPerson(a.Received).NoticeCorrection(a.Received, a.Received.PlusDays(5))];
            var results = new LocalDate?[3];
            Seed.ReplyDues(requests, results);
            return results[0] == Requests.Due(requests[0]) && results[1] == Requests.Due(requests[1]) && results[2] is null;
        });

    /// <summary>One random event: kind 0–10, a day offset from the last event (may be negative), and a small number.</summary>
    private static InformationRequest Apply(InformationRequest request, int kind, int offset, int number)
    {
        var on = request.LastAction.PlusDays(offset);
        return kind switch
        {
            0 => request.NoticeCorrection(on, on.PlusDays(number)),
            1 => request.Corrected(on),
            2 => request.Consult(on, ConsultationParty.ThirdParty),
            3 => request.ConsultationAnswered(on),
            4 => request.Extend(on, number),
            5 => request.NoticeFee(on),
            6 => request.FeePaid(on),
            7 => request.Defer(on, on.PlusDays(number)),
            8 => request.Reply(on, RequestOutcome.InOrder[number % RequestOutcome.InOrder.Count]),
            9 => request.Deliver(on, DeliveryMethod.InPerson),
            _ => request.Confirm(on),
        };
    }

    private static Gen<(int Kind, int Offset, int Number)[]> Events =>
        (from kind in Gen.Choose(0, 10) from offset in Gen.Choose(-3, 20) from number in Gen.Choose(0, 40) select (kind, offset, number))
        .ListOf().Select(events => events.ToArray());

    [Property(MaxTest = 500)]
    public Property Impossible_histories_are_refused_with_documented_exceptions_only() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Elements(RequestChannel.InOrder.ToArray()).ToArbitrary(),
            Events.ToArbitrary(), (received, channel, events) =>
            {
                var request = InformationRequest.Receive("R", "mzj", channel, received, null, ApplicantKind.NaturalPerson);
                foreach (var (kind, offset, number) in events)
                {
                    try
                    {
                        var next = Apply(request, kind, offset, number);
                        if (offset < 0 || next.Events.Count + (next.ReceivedOn is null ? 0 : 1) <= request.Events.Count + (request.ReceivedOn is null ? 0 : 1))
                        {
                            return false;   // a step back in time, or an event that left no trace, was accepted
                        }

                        request = next;
                    }
                    catch (Exception e) when (e is RequestHistoryException or ArgumentException)
                    {
                    }
                }

                try
                {
                    Seed.ReplyStatusOn(request, request.LastAction.PlusDays(400));
                    return true;
                }
                catch (Exception e) when (e is RequestHistoryException or InvalidOperationException)
                {
                    return true;
                }
            });
}
