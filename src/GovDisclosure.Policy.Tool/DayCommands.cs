using System.CommandLine;
using GovDisclosure.Policy.Calendar;
using NodaTime.Text;

namespace GovDisclosure.Policy.Tool;

/// <summary><c>govdisclosure due IM1 2024-02-08</c> — when an obligation is due from a day, and the days that put it there — and
/// <c>govdisclosure calendar 2026-02-16</c> — what a day is in the official calendar, and why (D1, D2).</summary>
internal static class DayCommands
{
    internal static Command Due(TextWriter output)
    {
        var obligation = new Argument<ObligationKey>("obligation")
        {
            Description = "A schedule entry's code (IM1…ST7) or a catalog item's (G01…I04).",
            CustomParser = result =>
            {
                var code = result.Tokens.Single().Value;
                if (ObligationKey.TryParse(code, out var key))
                {
                    return key;
                }

                result.AddError($"\"{code}\" is neither a schedule entry's code (IM1…ST7) nor a catalog item's code (G01…I04)");
                return null;
            },
        };
        var date = DateArgument("date", "The day the obligation arose (a document formed, a request accepted), yyyy-MM-dd.");
        var command = new Command("due", "When an obligation is due from a day, counted in official working days, and why.") { obligation, date };
        command.SetAction(parsed =>
        {
            var (key, day) = (parsed.GetValue(obligation)!, parsed.GetValue(date));
            var deadline = Guarded(day, () => Policy(day).DueDate(key, day));
            output.WriteLine($"{deadline.Subject} from {day:uuuu-MM-dd}: due {deadline.Due:uuuu-MM-dd} ({deadline.Due.DayOfWeek}){(deadline.IsProvisional ? ", provisional: no holiday notice yet for a day it counts" : "")}");
            output.WriteLine(deadline.Explanation.Zh);
            output.WriteLine(deadline.Explanation.En);
            foreach (var skipped in deadline.Days.Where(info => info.Kind != DayKind.Weekday))
            {
                output.WriteLine($"  {skipped.Explanation.Zh}");
            }

            return Cli.Success;
        });
        return command;
    }

    internal static Command Calendar(TextWriter output)
    {
        var date = DateArgument("date", "The day, yyyy-MM-dd.");
        var command = new Command("calendar", "What a day is in the official working-day calendar — a working day, a weekend, a holiday or a day made up for one — and why.") { date };
        command.SetAction(parsed =>
        {
            var day = parsed.GetValue(date);
            var calendar = Policy(day).Calendar;
            var info = Guarded(day, () => calendar.Describe(day));
            output.WriteLine(info.Explanation.Zh);
            output.WriteLine(info.Explanation.En);
            output.WriteLine(info.IsWorkingDay
                ? "A working day."
                : $"Not a working day; the next is {Guarded(day, () => calendar.NextWorkingDay(day)):uuuu-MM-dd}.");
            return Cli.Success;
        });
        return command;
    }

    internal static Option<LocalDate> DateOption(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result => Date(result.Tokens.Single().Value, name, result.AddError),
    };

    private static Argument<LocalDate> DateArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Date(result.Tokens.Single().Value, name, result.AddError),
    };

    private static LocalDate Date(string text, string name, Action<string> error)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        error($"{name}: \"{text}\" is not a date; yyyy-MM-dd was expected, as 2026-03-31");
        return default;
    }

    private static DisclosurePolicy Policy(LocalDate day) => Cli.PolicyThrough(day.Year);

    private static T Guarded<T>(LocalDate day, Func<T> answer)
    {
        try
        {
            return answer();
        }
        catch (CalendarCoverageException e)
        {
            throw new ToolInputException($"{day:uuuu-MM-dd}: {Cli.OneLine(e)}");
        }
    }
}
