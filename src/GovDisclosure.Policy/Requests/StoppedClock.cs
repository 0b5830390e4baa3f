namespace GovDisclosure.Policy.Requests;

/// <summary>Stopped stretches of a clock in date order, each the days first to last that do not count (D32, D33); a struct, so a copy walks again.</summary>
internal interface IStopStretches
{
    /// <summary>The next stretch, with the range of the stops it joins; false when there is none.</summary>
    bool Next(out LocalDate first, out LocalDate last, out int from, out int to);
}

/// <summary>Counting working days past stopped stretches (D2, D31–D33): a request's reply clock, and the same clock recounted on another calendar.</summary>
internal static class StoppedClock
{
    /// <summary>Counts <paramref name="n"/> working days after <paramref name="start"/>, skipping the stopped stretches; records the stretches it skipped.</summary>
    internal static LocalDate Count<TStops>(IWorkingDayCalendar calendar, LocalDate start, int n, TStops stops, List<(LocalDate First, LocalDate Last, int From, int To)>? stretches)
        where TStops : struct, IStopStretches
    {
        var position = start;
        var remaining = n;
        while (stops.Next(out var first, out var last, out var from, out var to))
        {
            var before = calendar.WorkingDaysBetween(position, first.PlusDays(-1));
            if (remaining <= before)
            {
                break;
            }

            remaining -= before;
            stretches?.Add((first, last, from, to));
            position = last;
        }

        return calendar.AddWorkingDays(position, remaining);
    }
}
