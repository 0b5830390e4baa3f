using System.CommandLine;
using System.Globalization;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tool;

/// <summary>
/// <c>govdisclosure evaluate register.json --as-of 2026-03-31</c>, or a SQLite database in the library's table layout
/// (<c>register.db</c>, the year given by <c>--year</c>, by default the year before <c>--as-of</c>'s): the county's evaluation — each
/// unit's on-time, late and missing disclosures, its grade and sanction (§4, §5) — as a table, and as the library's JSON evaluation report
/// with <c>--json</c>.
/// </summary>
internal static class EvaluateCommand
{
    internal static Command Create(TextWriter output)
    {
        var register = new Argument<string>("register") { Description = "The register: a JSON file (register.schema.json) or a SQLite database (.db, .sqlite) in the library's tables." };
        var asOf = DayCommands.DateOption("--as-of", "The day of the evaluation, yyyy-MM-dd.");
        var year = new Option<int?>("--year") { Description = "The assessment year of a database's register; by default the year before --as-of's. A JSON register names its own." };
        var json = new Option<string?>("--json") { Description = "Also write the evaluation as the library's JSON evaluation report (evaluation-report.schema.json) to this file." };
        var command = new Command("evaluate", "Evaluate a county's register as of a day: each unit's disclosures, grade and sanction (§3.3, §4, §5).")
        {
            register, asOf, year, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (path, day) = (parsed.GetValue(register)!, parsed.GetValue(asOf));
            var evaluation = await Evaluate(path, day, parsed.GetValue(year) ?? day.Year - 1, cancellationToken);
            Summary(output, evaluation);
            if (parsed.GetValue(json) is { } file)
            {
                try
                {
                    using var stream = File.Create(file);
                    PolicyJson.WriteEvaluation(evaluation, stream);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw ToolInputException.Of(file, e);
                }

                output.WriteLine($"Written: {file}");
            }

            return Cli.Success;
        });
        return command;
    }

    private static async Task<RegisterEvaluation> Evaluate(string path, LocalDate asOf, int year, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ToolInputException($"{path}: no such file");
        }

        var policy = Cli.PolicyThrough(asOf.Year);
        try
        {
            if (Path.GetExtension(path).ToLowerInvariant() is ".db" or ".sqlite" or ".sqlite3")
            {
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
                await connection.OpenAsync(cancellationToken);
                return await RegisterTables.EvaluateAsync(policy, connection, year, asOf, cancellationToken: cancellationToken);
            }

            using var stream = File.OpenRead(path);
            return await PolicyJson.EvaluateRegisterAsync(policy, stream, asOf, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is GovDisclosureException or IOException or UnauthorizedAccessException or SqliteException or ArgumentException)
        {
            throw ToolInputException.Of(path, e);
        }
    }

    private static void Summary(TextWriter output, RegisterEvaluation evaluation)
    {
        string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{evaluation.PolicyName}: the register of {evaluation.Register.Year}, as of {evaluation.AsOf:uuuu-MM-dd}; {evaluation.Units.Count} units.");
        TextTable.Write(output, ["unit", "level", "on time", "late", "missing", "pending", "on-time rate", "grade", "sanction"],
            evaluation.Units.Select(unit => (IReadOnlyList<string>)
            [
                unit.Body.Name, unit.Level.Label.Zh, Number(unit.OnTime), Number(unit.Late), Number(unit.Missing), Number(unit.Pending),
                unit.OnTimeRate is { } rate ? rate.ToString("P1", CultureInfo.InvariantCulture) : "—", unit.Grade?.Label.Zh ?? "—",
                unit.Sanction.Label.Zh + (unit.SanctionIsAdvisory && unit.Sanction != Sanction.None ? "（建议）" : ""),
            ]));
        var findings = evaluation.Findings.ToList();
        output.WriteLine();
        output.WriteLine($"{findings.Count} findings; by clause: " +
                         string.Join(", ", findings.SelectMany(finding => finding.ClauseIds).GroupBy(id => id).OrderBy(group => group.Key, StringComparer.Ordinal)
                             .Select(group => $"{group.Key} ×{group.Count()}")));
    }
}
