using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>§13, D48 at their edges: the caller's mistakes found before any query, the order a database gives back, what the writer stores and
/// refuses, many problems at once, and a host whose tables share column names.</summary>
public sealed class DatabaseEdgeTests
{
    [Fact]
    public async Task Sec13_a_closed_connection_or_a_null_is_the_callers_mistake_in_every_form()
    {
        using var closed = new SqliteConnection("Data Source=:memory:");
        using var open = SqliteRegisters.Empty();

        Assert.Equal("connection", (await Assert.ThrowsAnyAsync<ArgumentException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, closed, 2025, SqliteRegisters.AsOf))).ParamName);
        Assert.Equal("connection", (await Assert.ThrowsAnyAsync<ArgumentException>(() => RegisterTables.WriteAsync(SqliteRegisters.Example, closed))).ParamName);
        Assert.Equal("register cannot be null.", (await Assert.ThrowsAnyAsync<ArgumentNullException>(() => RegisterTables.WriteAsync(null!, open))).Message);
        Assert.Equal("connection cannot be null.", (await Assert.ThrowsAnyAsync<ArgumentNullException>(() => RegisterTables.ReadAsync(null!, 2025))).Message);
    }

    [Fact]
    public async Task Sec13_a_wrong_year_or_day_is_refused_before_any_query_runs()
    {
        using var noTables = new SqliteConnection("Data Source=:memory:");
        noTables.Open();

        var julian = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            RegisterTables.EvaluateAsync(DisclosurePolicy.Default, noTables, 2025, SqliteRegisters.AsOf.WithCalendar(CalendarSystem.Julian)));
        Assert.Equal("asOf", julian.ParamName);
        Assert.StartsWith("The date ", julian.Message, StringComparison.Ordinal);
        Assert.EndsWith(" uses the Julian calendar; the library counts ISO (Gregorian) dates only. Convert it with WithCalendar(CalendarSystem.Iso).", julian.Message, StringComparison.Ordinal);
        foreach (var year in new[] { 0, 9999 })
        {
            var evaluating = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, noTables, year, SqliteRegisters.AsOf));
            Assert.Equal(("year", (object)year), (evaluating.ParamName, evaluating.ActualValue));
            Assert.StartsWith($"The year is {year}; a register's year is from 1 to 9998.", evaluating.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sec13_sections_come_back_in_the_order_of_their_keys_whatever_order_they_were_stored_in()
    {
        using var connection = SqliteRegisters.Empty();
        var example = SqliteRegisters.Example;
        var extra = new RegisterBuilder(2025).AddBodies([.. example.Bodies, example.Bodies[0] with { Id = "aaa" }, example.Bodies[0] with { Id = "zzz" }])
            .AddCommitments([.. example.Commitments, example.Commitments[0] with { BodyId = "zzz" }, example.Commitments[0] with { BodyId = "aaa" }])
            .AddDisclosureRules([new DisclosureRules("zzz", null, null), .. example.DisclosureRules, new DisclosureRules("aaa", null, null)])
            .AddInspections([new InspectionPlan(2025, "zzz", [new LocalDate(2025, 9, 1), new LocalDate(2025, 3, 1)]), new InspectionPlan(2025, "aaa", []), .. example.Inspections,
                new InspectionPlan(2024, "zzz", [new LocalDate(2024, 5, 1)])])
            .AddAnnualReports([new AnnualReportPublication("zzz", 2025, new LocalDate(2026, 1, 20)), new AnnualReportPublication("zzz", 2024, new LocalDate(2025, 1, 20)),
                .. example.AnnualReports, new AnnualReportPublication("aaa", 2025, new LocalDate(2026, 1, 21))])
            .AddRedressCases([example.RedressCases[0] with { }, new RedressCase("AAA", "aaa", RedressCaseKind.Reconsideration, new LocalDate(2025, 2, 1), RedressResult.Pending, null)])
            .Build();
        await RegisterTables.WriteAsync(extra, connection);

        var read = await RegisterTables.ReadAsync(connection, 2025);

        Assert.Equal(["aaa", "mzj", "sx", "zzz"], read.Bodies.Select(b => b.Id));
        Assert.Equal(["aaa", "sx", "zzz"], read.Commitments.Select(c => c.BodyId));
        Assert.Equal(["aaa", "mzj", "zzz"], read.DisclosureRules.Select(r => r.BodyId));
        Assert.Equal([(2024, "zzz"), (2025, null), (2025, "aaa"), (2025, "zzz")], read.Inspections.Select(p => (p.Year, p.BodyId)));
        Assert.Equal([new LocalDate(2025, 3, 1), new LocalDate(2025, 9, 1)], read.Inspections[3].Dates);
        Assert.Equal([("aaa", 2025), ("mzj", 2025), ("zzz", 2024), ("zzz", 2025)], read.AnnualReports.Select(r => (r.BodyId, r.Year)));
        Assert.Equal(["AAA", "FY-2025-003"], read.RedressCases.Select(c => c.Id));
    }

    [Fact]
    public void Sec13_the_writers_parameter_types_are_the_PostgreSQL_DDLs_column_types()
    {
        var types = Regex.Matches(RegisterLayout.PostgreSqlDdl, @"CREATE TABLE (\w+) \((.*?)\n\);", RegexOptions.Singleline)
            .SelectMany(m => Regex.Matches(m.Groups[2].Value, @"^\s{4}(\w+)\s+(\w+)", RegexOptions.Multiline).Where(c => c.Groups[1].Value != "PRIMARY")
                .Select(c => (Table: m.Groups[1].Value, Column: c.Groups[1].Value, Type: c.Groups[2].Value)));

        Assert.All(types, column =>
        {
            var table = LayoutTables.Find(column.Table);
            var ordinal = table.Ordinal(column.Column);
            var (native, text) = column.Type switch
            {
                "date" => (System.Data.DbType.Date, System.Data.DbType.String),
                "boolean" => (System.Data.DbType.Boolean, System.Data.DbType.Boolean),
                "integer" => (System.Data.DbType.Int32, System.Data.DbType.Int32),
                _ => (System.Data.DbType.String, System.Data.DbType.String),
            };
            Assert.Equal((native, text), (table.TypeOf(ordinal, nativeDates: true), table.TypeOf(ordinal, nativeDates: false)));
        });
    }

    [Fact]
    public async Task Sec13_a_row_refused_late_rolls_back_every_row_before_it_and_names_its_key_and_position()
    {
        using var connection = SqliteRegisters.Empty();
        SqliteRegisters.Execute(connection, "INSERT INTO publications (record_id, position, published_on, channels) VALUES ('mzj-MO1-01', 0, '2025-02-20', '')");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.WriteAsync(SqliteRegisters.Example, connection));

        Assert.StartsWith("publications, record_id 'mzj-MO1-01', position 0: the database refused the row: SQLite Error 19: 'UNIQUE constraint failed",
            Assert.Single(e.ProblemTexts), StringComparison.Ordinal);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT count(*) FROM bodies) + (SELECT count(*) FROM records)";
        Assert.Equal(0L, count.ExecuteScalar());   // the bodies and records, written before, were rolled back with the rest
    }

    [Fact]
    public async Task Sec13_a_units_own_level_national_channels_and_a_reply_not_telling_of_redress_are_written_and_read_back()
    {
        var example = SqliteRegisters.Example;
        var record = example.Records[0] with
        {
            Publications = [new Publication(example.Records[0].Publications[0].Date, []) { NationalChannels = [NationalChannel.GovernmentWebsite, NationalChannel.NoticeBoard] }],
        };
        var register = new RegisterBuilder(2025).AddBodies([example.Bodies[0] with { Level = AdministrativeLevel.Township }, example.Bodies[1]])
            .AddRecords([record, .. example.Records.Skip(1)]).Build();
        using var connection = await SqliteRegisters.Holding(register);

        var read = await RegisterTables.ReadAsync(connection, 2025);

        Assert.Equal(AdministrativeLevel.Township, read.Bodies.Single(b => b.Id == "mzj").Level);
        Assert.Equal([NationalChannel.GovernmentWebsite, NationalChannel.NoticeBoard], read.Records.Single(r => r.Id == record.Id).Publications[0].NationalChannels);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM bodies WHERE level IS NULL";
        Assert.Equal(1L, command.ExecuteScalar());   // the other unit's level is its type's: not written
        command.CommandText = "SELECT count(*) FROM publications WHERE national_channels IS NULL";
        Assert.Equal(example.Records.Sum(r => r.Publications.Count) - 1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task D48_more_problems_than_an_exception_keeps_are_all_counted_and_the_first_hundred_kept()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        SqliteRegisters.Execute(connection, "UPDATE records SET refused = 7");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(connection, 2025));

        Assert.Equal(SqliteRegisters.County.Records.Count, e.ProblemCount);
        Assert.Equal(GovDisclosureException.MaxProblems, e.Problems.Count);
        Assert.Equal(SqliteRegisters.County.Records.Count, e.RecordsRead);
    }

    [Fact]
    public async Task D48_a_hosts_tables_whose_columns_share_names_are_read_by_qualified_names()
    {
        using var host = new SqliteConnection("Data Source=:memory:");
        host.Open();
        SqliteRegisters.Execute(host, RegisterLayout.SqliteDdl.Replace("    published_on      TEXT NOT NULL,", "    trigger_date      TEXT NOT NULL,", StringComparison.Ordinal)
            .Replace("    record_id         TEXT NOT NULL,", "    id                TEXT NOT NULL,", StringComparison.Ordinal)
            .Replace("PRIMARY KEY (record_id, position)", "PRIMARY KEY (id, position)", StringComparison.Ordinal));
        var options = new RegisterTableOptions
        {
            Layout = RegisterLayout.Default.MapColumn("publications", "published_on", "trigger_date").MapColumn("publications", "record_id", "id"),
        };
        await RegisterTables.WriteAsync(SqliteRegisters.Example, host, options);

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, host, 2025, SqliteRegisters.AsOf, options);

        Assert.Equal(PolicyJson.ToReport(DisclosurePolicy.Default.Evaluate(SqliteRegisters.InKeyOrder(SqliteRegisters.Example), SqliteRegisters.AsOf)),
            PolicyJson.ToReport(evaluation));
    }

    [Fact]
    public void Sec13_a_map_of_an_unknown_column_or_an_empty_quoted_name_is_refused()
    {
        Assert.Equal("column", Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapColumn("records", "trigger", "x")).ParamName);
        Assert.Equal("table", Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapColumn("record", "id", "x")).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapTable("records", "\"\""));
        Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapTable("records", "[]"));
        Assert.Equal("\"a\"", RegisterLayout.Default.MapTable("records", "\"a\"").TableName("records"));
    }
}
