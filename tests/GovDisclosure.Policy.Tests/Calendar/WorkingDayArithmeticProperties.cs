using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Invariants of working-day counting (D2) over random covered dates and counts.</summary>
public sealed class WorkingDayArithmeticProperties
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    // Starts in 2008–2025 with counts of at most 200 working days stay inside 2007–2026.
    private static Gen<LocalDate> Dates => Gen.Choose(0, 6574).Select(offset => new LocalDate(2008, 1, 1).PlusDays(offset));

    private static Gen<LocalDate> WorkingDates => Dates.Select(Official.NextWorkingDay);

    private static Gen<int> Positive => Gen.Choose(1, 200);

    private static Gen<int> Half => Gen.Choose(1, 100);

    private static Gen<int> Any => Gen.Choose(-200, 200);

    [Property]
    public Property D2_a_positive_count_lands_on_a_working_day_after_the_start() =>
        Prop.ForAll(Dates.ToArbitrary(), Positive.ToArbitrary(), (start, n) =>
        {
            var result = Official.AddWorkingDays(start, n);
            return result > start && Official.IsWorkingDay(result);
        });

    [Property]
    public Property D2_counting_the_working_days_between_start_and_result_gives_back_n() =>
        Prop.ForAll(Dates.ToArbitrary(), Positive.ToArbitrary(), (start, n) =>
            Official.WorkingDaysBetween(start, Official.AddWorkingDays(start, n)) == n);

    [Property]
    public Property Working_days_between_is_antisymmetric() =>
        Prop.ForAll(Dates.ToArbitrary(), Dates.ToArbitrary(), (a, b) =>
            Official.WorkingDaysBetween(a, b) == -Official.WorkingDaysBetween(b, a));

    [Property]
    public Property Adding_is_monotonic_in_the_start() =>
        Prop.ForAll(Dates.ToArbitrary(), Dates.ToArbitrary(), Any.ToArbitrary(), (a, b, n) =>
        {
            var (early, late) = a <= b ? (a, b) : (b, a);
            return Official.AddWorkingDays(early, n) <= Official.AddWorkingDays(late, n);
        });

    [Property]
    public Property Adding_m_then_n_is_adding_m_plus_n() =>
        Prop.ForAll(Dates.ToArbitrary(), Half.ToArbitrary(), Half.ToArbitrary(), (start, m, n) =>
            Official.AddWorkingDays(Official.AddWorkingDays(start, m), n) == Official.AddWorkingDays(start, m + n));

    [Property]
    public Property Counting_back_inverts_counting_forward_from_a_working_day() =>
        Prop.ForAll(WorkingDates.ToArbitrary(), Positive.ToArbitrary(), (start, n) =>
            Official.AddWorkingDays(Official.AddWorkingDays(start, n), -n) == start);

    [Property]
    public Property D2_zero_gives_the_start_when_it_is_a_working_day_and_the_next_working_day_otherwise() =>
        Prop.ForAll(Dates.ToArbitrary(), start =>
            Official.AddWorkingDays(start, 0) == (Official.IsWorkingDay(start) ? start : Official.NextWorkingDay(start)));

    [Property]
    public Property Next_and_previous_working_days_are_the_nearest_working_days_on_either_side() =>
        Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var next = Official.NextWorkingDay(date);
            var previous = Official.PreviousWorkingDay(date);
            return next > date && previous < date && Official.IsWorkingDay(next) && Official.IsWorkingDay(previous)
                   && Official.WorkingDaysBetween(previous, next) == (Official.IsWorkingDay(date) ? 2 : 1);
        });

    [Property]
    public Property Every_count_agrees_with_a_day_by_day_walk_over_the_source_data() =>
        Prop.ForAll(Dates.ToArbitrary(), Any.ToArbitrary(), (start, n) =>
            Official.AddWorkingDays(start, n) == WalkingCalendar.AddWorkingDays(start, n));

    [Property]
    public Property The_batch_forms_give_what_one_call_per_start_gives() =>
        Prop.ForAll(Gen.ArrayOf(Dates).ToArbitrary(), Any.ToArbitrary(), (starts, n) =>
        {
            var counts = starts.Select((_, i) => n - i % 7).ToArray();
            var one = new LocalDate[starts.Length];
            var each = new LocalDate[starts.Length];
            Official.AddWorkingDays(starts, n, one);
            Official.AddWorkingDays(starts, counts, each);
            return one.SequenceEqual(starts.Select(start => Official.AddWorkingDays(start, n)))
                   && each.SequenceEqual(starts.Select((start, i) => Official.AddWorkingDays(start, counts[i])));
        });

    [Property]
    public Property The_batch_extensions_agree_with_the_calendars_own_batch_forms() =>
        Prop.ForAll(Gen.ArrayOf(Dates).ToArbitrary(), Any.ToArbitrary(), (starts, n) =>
        {
            IWorkingDayCalendar viaInterface = new DelegatingCalendar(Official);
            var expected = new LocalDate[starts.Length];
            var actual = new LocalDate[starts.Length];
            Official.AddWorkingDays(starts, n, expected);
            viaInterface.AddWorkingDays(starts, n, actual);
            return expected.SequenceEqual(actual);
        });

    /// <summary>An implementation with single-date members only, which gets the batch extensions' loop.</summary>
    private sealed class DelegatingCalendar(IWorkingDayCalendar inner) : IWorkingDayCalendar
    {
        public DateInterval Coverage => inner.Coverage;

        public bool IsWorkingDay(LocalDate date) => inner.IsWorkingDay(date);

        public LocalDate AddWorkingDays(LocalDate start, int n) => inner.AddWorkingDays(start, n);

        public int WorkingDaysBetween(LocalDate start, LocalDate end) => inner.WorkingDaysBetween(start, end);

        public LocalDate NextWorkingDay(LocalDate date) => inner.NextWorkingDay(date);

        public LocalDate PreviousWorkingDay(LocalDate date) => inner.PreviousWorkingDay(date);

        public DayInfo Describe(LocalDate date) => inner.Describe(date);

        public bool IsProvisional(LocalDate start, LocalDate end) => inner.IsProvisional(start, end);
    }
}
