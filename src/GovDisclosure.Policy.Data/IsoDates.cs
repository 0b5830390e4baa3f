namespace GovDisclosure.Policy.Data;

/// <summary>ISO dates as a database holds them in text, <c>yyyy-MM-dd</c>: read without allocating, written invariantly.</summary>
internal static class IsoDates
{
    /// <summary>The date <paramref name="text"/> names, when it is exactly <c>yyyy-MM-dd</c> and a day of the ISO calendar (years 1 to 9999).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text.Slice(0, 4));
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number the ASCII digits spell; -1 when a character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = value * 10 + (c - '0');
        }

        return value;
    }
}
