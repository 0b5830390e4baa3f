using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy;

/// <summary>
/// Argument checks shared by the library; every failure names the argument. Messages with values are
/// formatted only when a check fails, so a passing check costs a comparison and allocates nothing.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class =>
        argument ?? throw new PolicyArgumentNullException(paramName);

    /// <summary><paramref name="argument"/>, which must hold text: not null, not empty, not white space only (U+3000 included).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="argument"/> is blank; the message says "<paramref name="what"/> cannot be blank."</exception>
    internal static string CheckNotBlank([NotNull] string? argument, string paramName, string what)
    {
        // The message is made only when it is thrown: a register of a million records checks a million subjects.
        return string.IsNullOrWhiteSpace(CheckNotNull(argument, paramName)) ? throw new PolicyArgumentException($"{what} cannot be blank.", paramName) : argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new PolicyArgumentException(message, paramName);
        }
    }

    /// <summary>Like <see cref="CheckArgument(bool, string, string)"/>; <paramref name="format"/> is a composite format of invariant culture.</summary>
    internal static void CheckArgument<T>([DoesNotReturnIf(false)] bool expression, string paramName, string format, T arg)
    {
        if (!expression)
        {
            throw new PolicyArgumentException(string.Format(CultureInfo.InvariantCulture, format, arg), paramName);
        }
    }

    /// <summary>Like <see cref="CheckArgument(bool, string, string)"/>; <paramref name="format"/> is a composite format of invariant culture.</summary>
    internal static void CheckArgument<T1, T2>([DoesNotReturnIf(false)] bool expression, string paramName, string format, T1 arg1, T2 arg2)
    {
        if (!expression)
        {
            throw new PolicyArgumentException(string.Format(CultureInfo.InvariantCulture, format, arg1, arg2), paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new PolicyArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "{0} is {1}; it must be from {2} to {3}.", paramName, value, minInclusive, maxInclusive));
        }
    }

    /// <summary>The span checks of the batch forms: <paramref name="counts"/> (when given) matches the starts, results hold them all.</summary>
    internal static void CheckBatch(int starts, int? counts, int results)
    {
        if (counts is { } countLength)
        {
            CheckArgument(countLength == starts, "counts", "counts has {0} elements; it needs exactly {1}, one per start.", countLength, starts);
        }

        CheckArgument(results >= starts, "results", "results has {0} elements; it needs at least {1}, one per start.", results, starts);
    }

    /// <summary>An exception's problems: at least one, and no more than <paramref name="count"/> counted in all.</summary>
    internal static IReadOnlyList<T> CheckProblems<T>(IReadOnlyList<T> problems, int count)
    {
        CheckArgument(problems.Count > 0, "problems", "At least one problem must be given.");
        CheckArgumentRange("problemCount", count, problems.Count, int.MaxValue);
        return problems;
    }

    /// <summary>Like <see cref="CheckProblems{T}(IReadOnlyList{T}, int)"/>, for problems all listed.</summary>
    internal static T[] CheckProblems<T>(T[] problems)
    {
        CheckArgument(problems.Length > 0, "problems", "At least one problem must be given.");
        return problems;
    }

    internal static void CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new PolicyArgumentException(
                $"The date {date} uses the {date.Calendar.Id} calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).",
                paramName);
        }
    }
}
