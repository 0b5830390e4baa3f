using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>Invariants of the deadline engine over random entries, triggers and profiles.</summary>
public sealed class DeadlineProperties
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    // Triggers in 2008–2024: even a yearly report of 2024 falls due inside the official calendar.
    private static Gen<LocalDate> Dates => Gen.Choose(0, 6209).Select(offset => new LocalDate(2008, 1, 1).PlusDays(offset));

    private static Gen<ScheduleEntry> Entries => Gen.Elements(ScheduleEntry.InOrder.ToArray());

    private static Gen<ScheduleEntry> PeriodicEntries => Gen.Elements(ScheduleEntry.InOrder.Where(entry => entry.Cadence.IsPeriodic).ToArray());

    [Property]
    public Property D2_the_due_date_is_a_working_day_never_before_the_trigger() =>
        Prop.ForAll(Entries.ToArbitrary(), Dates.ToArbitrary(), (entry, date) =>
        {
            var deadline = Policy.DueDate(entry, date);
            return deadline.Due > deadline.Trigger && Policy.Calendar.IsWorkingDay(deadline.Due);
        });

    [Property]
    public Property D2_the_due_date_is_monotonic_in_the_trigger() =>
        Prop.ForAll(Entries.ToArbitrary(), Dates.ToArbitrary(), Dates.ToArbitrary(), (entry, a, b) =>
        {
            var (early, late) = a <= b ? (a, b) : (b, a);
            return Policy.DueDate(entry, early).Due <= Policy.DueDate(entry, late).Due;
        });

    [Property]
    public Property D5_D6_every_day_of_a_reporting_period_gives_the_same_deadline() =>
        Prop.ForAll(PeriodicEntries.ToArbitrary(), Dates.ToArbitrary(), (entry, date) =>
        {
            var deadline = Policy.DueDate(entry, date);
            var period = deadline.Period!;
            return period.All(day => Policy.DueDate(entry, day).Due == deadline.Due) && period.Contains(date);
        });

    [Property]
    public Property A_profile_override_changes_only_what_it_overrides() =>
        Prop.ForAll(Gen.Elements(Cadence.InOrder.ToArray()).ToArbitrary(), Entries.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(),
            (cadence, entry, offset) =>
            {
                var county = Policy.WithProfile(new PolicyProfile("县").Override(cadence, offset, DeadlineUnit.CalendarDays).Override(entry, offset, DeadlineUnit.WorkingDays));
                return ScheduleEntry.InOrder.All(other =>
                    other == entry ? county.GetRule(other) == new DeadlineRule(Policy.GetRule(other).Trigger, offset, DeadlineUnit.WorkingDays, "profile \"县\"")
                    : other.Cadence == cadence ? county.GetRule(other).Unit == DeadlineUnit.CalendarDays && county.GetRule(other).Offset == offset
                    : county.GetRule(other) == Policy.GetRule(other))
                    && (cadence == Cadence.Statutory) != (county.StatutoryRule == Policy.StatutoryRule);
            });

    [Property]
    public Property D9_the_draft_is_published_on_a_working_day_at_least_30_days_before_the_decision() =>
        Prop.ForAll(Dates.ToArbitrary(), decision =>
        {
            var due = Policy.MajorDecision(decision).PreDisclosure.Due;
            return Period.Between(due, decision, PeriodUnits.Days).Days >= 30 && Policy.Calendar.IsWorkingDay(due);
        });

    [Property]
    public Property The_batch_form_gives_what_one_call_per_obligation_gives() =>
        Prop.ForAll(Gen.ArrayOf(Entries.Zip(Dates)).ToArbitrary(), pairs =>
        {
            var entries = pairs.Select(pair => pair.Item1).ToArray();
            var triggers = pairs.Select(pair => pair.Item2).ToArray();
            var results = new LocalDate[pairs.Length];
            Policy.DueDates(entries.Select(e => e.Key).ToArray(), triggers, results);
            var county = Policy.WithProfile(new PolicyProfile("县").Override(Cadence.Immediate, 10, DeadlineUnit.CalendarDays));
            var countyResults = new LocalDate[pairs.Length];
            county.DueDates(entries.Select(e => e.Key).ToArray(), triggers, countyResults);
            return results.SequenceEqual(pairs.Select(pair => Policy.DueDate(pair.Item1, pair.Item2).Due))
                   && countyResults.SequenceEqual(pairs.Select(pair => county.DueDate(pair.Item1, pair.Item2).Due));
        });
}
