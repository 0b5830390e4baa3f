using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy.Documents;

/// <summary>The package's checks of its callers' arguments, worded as the core words its own.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class =>
        argument ?? throw new NullArgument(paramName, $"{paramName} cannot be null.");

    internal static LocalDate? CheckIso(LocalDate? date, string paramName) =>
        date is { } day && day.Calendar != CalendarSystem.Iso
            ? throw new WrongArgument(paramName, $"The date {day} uses the {day.Calendar.Id} calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).")
            : date;

    internal static int? CheckYear(int? year, string paramName) =>
        year is < DisclosureYears.First or > DisclosureYears.Last
            ? throw new RangeArgument(paramName, year, $"{paramName} is {year.Value.ToString(CultureInfo.InvariantCulture)}; a year between {DisclosureYears.First} and {DisclosureYears.Last} was expected.")
            : year;

    // The framework's argument exceptions, so callers catch what they know, with the sentence alone as the message.
    private sealed class NullArgument(string paramName, string message) : ArgumentNullException(paramName, message)
    {
        public override string Message { get; } = message;
    }

    private sealed class WrongArgument(string paramName, string message) : ArgumentException(message, paramName)
    {
        public override string Message { get; } = message;
    }

    private sealed class RangeArgument(string paramName, object? actual, string message) : ArgumentOutOfRangeException(paramName, actual, message)
    {
        public override string Message { get; } = message;
    }
}
