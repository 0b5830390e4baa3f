namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The obvious implementation of D2, walking one day at a time over the source data: the tests' oracle.</summary>
internal static class WalkingCalendar
{
    internal static LocalDate AddWorkingDays(LocalDate start, int n)
    {
        if (n == 0)
        {
            var date = start;
            while (!HolidayCnData.IsWorkingDay(date))
            {
                date = date.PlusDays(1);
            }

            return date;
        }

        var step = Math.Sign(n);
        var current = start;
        for (var remaining = Math.Abs(n); remaining > 0;)
        {
            current = current.PlusDays(step);
            if (HolidayCnData.IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }
}
