using System.Text.Json;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>
/// D1, D2, D4, §4, §5: <c>govdisclosure due</c> and <c>calendar</c> explain a due date and a day as the library does — the day before, of
/// and after a holiday — and <c>govdisclosure evaluate</c> gives a county's evaluation from its JSON register and from the same register in
/// a SQLite database alike, its JSON report on request.
/// </summary>
public sealed class DayAndEvaluateToolTests : IDisposable
{
    private static readonly string County = Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json");

    private readonly string work = Directory.CreateTempSubdirectory("govdisclosure-evaluate-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void D4_due_gives_the_date_the_library_gives_and_the_days_it_skipped()
    {
        var run = ToolRun.Start(work, "due", "IM1", "2024-02-08");

        Assert.Equal(0, run.ExitCode);
        var deadline = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        Assert.Equal([$"IM1 from 2024-02-08: due {deadline.Due:uuuu-MM-dd} (Wednesday)", deadline.Explanation.Zh, deadline.Explanation.En],
            run.Output.Split('\n').Take(3));
        Assert.Contains("  2024-02-18 星期日：调休上班（春节，2024年通知）", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-14", "2026-02-14 星期六：调休上班（春节，2026年通知）", "A working day.")]   // the Saturday made up before the holiday
    [InlineData("2026-02-15", "2026-02-15 星期日：周末（春节，2026年通知）", "Not a working day; the next is 2026-02-24.")]
    [InlineData("2026-02-23", "2026-02-23 星期一：调休放假（春节，2026年通知）", "Not a working day; the next is 2026-02-24.")]
    [InlineData("2026-02-24", "2026-02-24 星期二：工作日", "A working day.")]
    public void D1_D2_calendar_explains_a_day_before_of_and_after_the_spring_festival(string day, string zh, string verdict)
    {
        var run = ToolRun.Run("calendar", day);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((0, zh, verdict), (run.ExitCode, lines[0], lines[2]));
        Assert.Equal(DisclosurePolicy.Default.Calendar.Describe(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture))).Explanation.En, lines[1]);
    }

    [Theory]
    [InlineData("due XX1 2024-02-08", "govdisclosure: \"XX1\" is neither a schedule entry's code (IM1…ST7) nor a catalog item's code (G01…I04)")]
    [InlineData("calendar 2026-13-01", "govdisclosure: date: \"2026-13-01\" is not a date; yyyy-MM-dd was expected, as 2026-03-31")]
    [InlineData("calendar 1999-01-04", "govdisclosure: 1999-01-04: ")]
    [InlineData("evaluate {work}/missing.json --as-of 2026-03-31", "govdisclosure: {work}/missing.json: no such file")]
    [InlineData("evaluate {work}/broken.json --as-of 2026-03-31", "govdisclosure: {work}/broken.json: ")]
    [InlineData("evaluate {work}/broken.db --as-of 2026-03-31", "govdisclosure: {work}/broken.db: ")]
    [InlineData("evaluate {work}/broken.json", "govdisclosure: Option '--as-of' is required.")]
    public void D1_bad_codes_dates_and_files_exit_with_two_and_one_line(string arguments, string error)
    {
        File.WriteAllText(Path.Combine(work, "broken.json"), "{\"year\": 2025, \"bodies\": [");
        File.WriteAllText(Path.Combine(work, "broken.db"), "not a database");

        var run = ToolRun.Run(arguments.Replace("{work}", work, StringComparison.Ordinal).Split(' '));
        error = error.Replace("{work}", work, StringComparison.Ordinal);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(error, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sec4_evaluate_gives_the_same_evaluation_from_the_json_register_and_from_its_sqlite_database()
    {
        var register = PolicyJson.ReadRegister(File.OpenRead(County));
        var database = Path.Combine(work, "county.db");
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = RegisterLayout.SqliteDdl;
                await create.ExecuteNonQueryAsync();
            }

            await RegisterTables.WriteAsync(register, connection);
        }

        SqliteConnection.ClearAllPools();
        var fromJson = ToolRun.Run("evaluate", County, "--as-of", "2026-03-31", "--json", Path.Combine(work, "evaluation.json"));
        var fromDatabase = ToolRun.Start(work, "evaluate", "county.db", "--as-of", "2026-03-31");

        Assert.Equal((0, 0), (fromJson.ExitCode, fromDatabase.ExitCode));
        Assert.Equal(fromJson.Output.Replace($"Written: {Path.Combine(work, "evaluation.json")}\n", "", StringComparison.Ordinal).Split('\n').Order(StringComparer.Ordinal),
            fromDatabase.Output.Split('\n').Order(StringComparer.Ordinal));   // the database gives its units in the order of their ids
        var evaluation = DisclosurePolicy.Default.Evaluate(register, new LocalDate(2026, 3, 31));
        var first = evaluation.Units[0];
        Assert.Contains($"{first.Body.Name}  ", fromJson.Output, StringComparison.Ordinal);
        Assert.Contains($"{evaluation.Units.Count} units.", fromJson.Output, StringComparison.Ordinal);
        var report = PolicyJson.ReadEvaluationReport(File.OpenRead(Path.Combine(work, "evaluation.json")));
        var expected = new MemoryStream();
        PolicyJson.WriteEvaluation(evaluation, expected);
        Assert.Equal(JsonDocument.Parse(expected.ToArray()).RootElement.GetRawText(), JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work, "evaluation.json"))).RootElement.GetRawText());
        Assert.NotNull(report);
    }

    [Theory]
    [InlineData("county.sqlite")]
    [InlineData("county.SQLITE3")]
    public async Task Sec4_evaluate_reads_a_sqlite_file_by_any_of_its_extensions_in_process(string name)
    {
        var database = Path.Combine(work, name);
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = RegisterLayout.SqliteDdl;
                await create.ExecuteNonQueryAsync();
            }

            await RegisterTables.WriteAsync(PolicyJson.ReadRegister(File.OpenRead(County)), connection);
        }

        SqliteConnection.ClearAllPools();
        var fromJson = ToolRun.Run("evaluate", County, "--as-of", "2026-03-31");
        var fromDatabase = ToolRun.Run("evaluate", database, "--as-of", "2026-03-31");
        SqliteConnection.ClearAllPools();

        Assert.Equal((0, 0), (fromJson.ExitCode, fromDatabase.ExitCode));
        Assert.Equal(fromJson.Output.Split('\n').Order(StringComparer.Ordinal), fromDatabase.Output.Split('\n').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sec4_an_evaluation_json_that_cannot_be_written_is_one_line_and_exit_code_two()
    {
        var run = ToolRun.Run("evaluate", County, "--as-of", "2026-03-31", "--json", Path.Combine(work, "missing", "evaluation.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"govdisclosure: {Path.Combine(work, "missing", "evaluation.json")}: ", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("Written:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec4_help_lists_the_commands_and_exits_with_zero()
    {
        var run = ToolRun.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "audit", "evaluate", "due", "calendar" }, command => Assert.Contains("  " + command, run.Output, StringComparison.Ordinal));
    }
}
