using System.Data;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy.Data;

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
            throw WrongArgument(paramName,
                $"The date {date} uses the {date.Calendar.Id} calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).");
        }
    }

    /// <summary>The connection, when it is open: the package runs commands on the caller's connection and never opens or closes it.</summary>
    internal static DbConnection CheckOpen(DbConnection? connection, [CallerArgumentExpression(nameof(connection))] string paramName = "") =>
        CheckNotNull(connection, paramName).State == ConnectionState.Open ? connection
            : throw WrongArgument(paramName, $"The connection is {connection.State}; open it first (the package uses the caller's connection as it is, and never opens or closes it).");

    /// <summary>An <see cref="ArgumentException"/> whose message is <paramref name="message"/> alone.</summary>
    internal static ArgumentException WrongArgument(string? paramName, string message) => new Wrong(paramName, message);

    // The framework's argument exceptions, so callers catch what they know, with the sentence alone as the message (the framework would
    // append the parameter's name).
    private sealed class NullArgument : ArgumentNullException
    {
        internal NullArgument(string paramName, string message)
            : base(paramName, message) => Message = message;

        public override string Message { get; }
    }

    private sealed class Wrong : ArgumentException
    {
        internal Wrong(string? paramName, string message)
            : base(message, paramName) => Message = message;

        public override string Message { get; }
    }
}
