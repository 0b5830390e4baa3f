using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy.Json;

/// <summary>The package's checks of its callers' arguments, worded as the core words its own.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class =>
        argument ?? throw new NullArgument(paramName, $"{paramName} cannot be null.");

    internal static void CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new WrongArgument(paramName,
                $"The date {date.ToIso()} uses the {date.Calendar.Id} calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).");
        }
    }

    /// <summary>A read-only copy of <paramref name="source"/>; the shared empty list when it is empty.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or an element is null.</exception>
    internal static ReadOnlyCollection<T> CopyWithoutNulls<T>(IEnumerable<T> source, string paramName)
        where T : class
    {
        var copy = CheckNotNull(source, paramName).ToArray();
        if (Array.IndexOf(copy, null) is var at and >= 0)
        {
            throw new NullArgument(paramName, $"{paramName}[{at.ToString(CultureInfo.InvariantCulture)}] is null.");
        }

        return new ReadOnlyCollection<T>(copy);
    }

    /// <summary>A hash of the elements in order, for records whose equality compares lists element by element.</summary>
    internal static int SequenceHash<T>(IReadOnlyList<T> list)
    {
        var hash = new HashCode();
        foreach (var element in list)
        {
            hash.Add(element);
        }

        return hash.ToHashCode();
    }

    /// <summary>The date as <c>uuuu-MM-dd</c>, whatever the current culture.</summary>
    internal static string ToIso(this LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The longest quotation of the input a problem makes; longer text is cut, so that a message stays readable.</summary>
    internal const int QuoteLength = 80;

    /// <summary><paramref name="text"/> as a problem quotes it: whole, or cut after <see cref="QuoteLength"/> characters with its length.</summary>
    internal static string Cut(string text) => text.Length <= QuoteLength
        ? text
        : $"{text.Substring(0, char.IsHighSurrogate(text[QuoteLength - 1]) ? QuoteLength - 1 : QuoteLength)}… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";

    /// <summary>An English noun with its indefinite article, by its first letter: "a register", "an event".</summary>
    internal static string WithArticle(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + noun;

    /// <summary>An <see cref="ArgumentException"/> whose message is <paramref name="message"/> alone: a value inside a document argument is wrong.</summary>
    internal static ArgumentException WrongValue(string message) => new WrongArgument(null, message);

    // The framework's argument exceptions, so callers catch what they know, with the sentence alone as the message (the framework would
    // append the parameter's name).
    private sealed class NullArgument : ArgumentNullException
    {
        internal NullArgument(string paramName, string message)
            : base(paramName, message) => Message = message;

        public override string Message { get; }
    }

    private sealed class WrongArgument : ArgumentException
    {
        internal WrongArgument(string? paramName, string message)
            : base(message, paramName) => Message = message;

        public override string Message { get; }
    }
}
