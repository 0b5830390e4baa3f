using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy;

/// <summary>Argument checks shared by the library; every failure names the argument.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"Value should be in the range [{minInclusive}, {maxInclusive}].");
        }
    }

    internal static void CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The date {date} uses the {date.Calendar.Id} calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).",
                paramName);
        }
    }
}
