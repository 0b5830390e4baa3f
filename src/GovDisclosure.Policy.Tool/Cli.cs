using System.CommandLine;
using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Tool;

/// <summary>
/// The commands — <c>audit</c>, <c>evaluate</c>, <c>due</c>, <c>calendar</c> — and what every one shares: its exit codes (0 done and
/// nothing failing, 1 a finding the user named as failing, 2 bad arguments or input) and its errors, one line on standard error that names
/// the file and the problem.
/// </summary>
internal static class Cli
{
    internal const int Success = 0, Failing = 1, BadInput = 2;

    /// <summary>Runs the command line <paramref name="args"/>, writing results to <paramref name="output"/> and errors and progress to
    /// <paramref name="error"/>; <paramref name="terminal"/> when <paramref name="error"/> is a terminal, where progress is a bar.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool terminal)
    {
        var progress = new Progress(error, terminal);
        var root = new RootCommand("govdisclosure — audit published annual reports on government information disclosure (政府信息公开工作年度报告), " +
                                   "evaluate a county's register, and explain due dates and working days in China's official calendar.")
        {
            AuditCommand.Create(output, progress),
            EvaluateCommand.Create(output),
            DayCommands.Due(output),
            DayCommands.Calendar(output),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"govdisclosure: {parsed.Errors[0].Message} (govdisclosure --help lists the commands)");
            return BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolInputException e)
        {
            progress.Clear();
            await error.WriteLineAsync($"govdisclosure: {e.Message}");
            return BadInput;
        }
    }

    /// <summary>The policy every command answers with: the seed's, its calendar estimating the years after the official data through the
    /// year after <paramref name="year"/> (answers resting on them say they are provisional).</summary>
    internal static DisclosurePolicy PolicyThrough(int year) =>
        DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(Math.Clamp(year + 1, 1, StatutoryHolidays.LastYear)));

    /// <summary>A library's exception as one line: its summary and its first problem, and how many more there are.</summary>
    internal static string OneLine(Exception exception)
    {
        var lines = exception.Message.Split('\n').Select(line => line.Trim().TrimStart('-', ' ')).Where(line => line.Length > 0).ToArray();
        return lines.Length <= 2 ? string.Join(" ", lines) : $"{lines[0]} {lines[1]} (and {lines.Length - 2} more)";
    }
}

/// <summary>Bad input the tool names in one line: a file or folder missing or unreadable, a value it cannot use.</summary>
internal sealed class ToolInputException(string message) : Exception(message)
{
    /// <summary>The problem with <paramref name="path"/>, from the exception that said it.</summary>
    internal static ToolInputException Of(string path, Exception exception) => new($"{path}: {Cli.OneLine(exception)}");
}
