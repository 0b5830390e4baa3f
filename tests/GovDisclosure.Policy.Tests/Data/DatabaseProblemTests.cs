using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>D48: bad data named in the database's terms — table, key and column — every problem listed once, and no evaluation returned.</summary>
public sealed class DatabaseProblemTests
{
    private static Task<RegisterDataException> ProblemsAfter(params string[] statements) => ProblemsAfter(SqliteRegisters.County, statements);

    private static async Task<RegisterDataException> ProblemsAfter(Register register, params string[] statements)
    {
        using var connection = await SqliteRegisters.Holding(register);
        foreach (var sql in statements)
        {
            SqliteRegisters.Execute(connection, sql);
        }

        var evaluating = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf));
        var reading = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(connection, 2025));
        Assert.Equal(evaluating.ProblemTexts, reading.ProblemTexts);   // the two readers agree
        return evaluating;
    }

    [Fact]
    public async Task D48_a_trigger_that_is_not_a_date_is_named_by_table_id_and_column()
    {
        var e = await ProblemsAfter("UPDATE records SET trigger_date = '2025-02-30' WHERE id = 'mzj-IM1-1'");

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("records", "id 'mzj-IM1-1'", "trigger_date"), (problem.Table, problem.Key, problem.Column));
        Assert.Equal("records, id 'mzj-IM1-1', column trigger_date: holds '2025-02-30', which is not a date; expected yyyy-MM-dd (ISO 8601), as 2025-03-31.", problem.ToString());
        Assert.Null(e.InnerException);
        Assert.Equal(SqliteRegisters.County.Records.Count, e.RecordsRead);
    }

    [Theory]
    [InlineData("UPDATE publications SET channels = 'GovernmentPortal,Wechat' WHERE record_id = 'mzj-IM1-1'",
        "publications, record_id 'mzj-IM1-1', position 0, column channels: holds 'GovernmentPortal,Wechat', and 'Wechat' is not a channel code")]
    [InlineData("UPDATE records SET body_id = 'nobody' WHERE id = 'mzj-IM1-1'",
        "records, id 'mzj-IM1-1', column body_id: names the body 'nobody', which the table bodies does not hold.")]
    [InlineData("UPDATE records SET catalog_row = 'XX1' WHERE id = 'mzj-IM1-1'",
        "records, id 'mzj-IM1-1', column catalog_row: holds 'XX1' and catalog is empty, so it names a row of the built-in catalog")]
    [InlineData("UPDATE records SET catalog = 'seed' WHERE id = 'mzj-IM1-1'",
        "records, id 'mzj-IM1-1', column catalog: is 'seed', the built-in catalog")]
    [InlineData("UPDATE records SET classified = 2 WHERE id = 'mzj-IM1-1'",
        "records, id 'mzj-IM1-1', column classified: holds 2; expected a flag (true or false, 1 or 0).")]
    [InlineData("UPDATE records SET subject = '  ' WHERE id = 'mzj-IM1-1'",
        "records, id 'mzj-IM1-1', column subject: is blank; a record gives a subject or none (NULL).")]
    [InlineData("UPDATE bodies SET type = 'Ministry' WHERE id = 'mzj'",
        "bodies, id 'mzj', column type: holds 'Ministry', which is not a body type code; expected one of ")]
    [InlineData("UPDATE complaints SET lodged_on = '3 March' WHERE id = 'TS-2025-004'",
        "complaints, id 'TS-2025-004', column lodged_on: holds '3 March', which is not a date")]
    [InlineData("INSERT INTO annual_reports (body_id, year, published_on) VALUES ('nobody', 2025, '2026-01-20')",
        "annual_reports, body_id 'nobody', year 2025, column body_id: names the body 'nobody', which the table bodies does not hold.")]
    [InlineData("INSERT INTO publications VALUES ('mzj-IM1-1', 1, '2025-03-10', 'GovernmentPortal', NULL, NULL), ('mzj-IM1-1', 2, '2025-03-11', 'GovernmentPortal', 'Billboard', NULL)",
        "publications, record_id 'mzj-IM1-1', position 2, column national_channels: holds 'Billboard', and 'Billboard' is not a national channel code")]
    public async Task D48_a_bad_value_is_one_problem_that_names_its_table_key_and_column(string sql, string expected)
    {
        var e = await ProblemsAfter(sql);

        Assert.StartsWith(expected, Assert.Single(e.ProblemTexts));
    }

    [Theory]
    [InlineData("UPDATE request_events SET working_days = 5 WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column working_days: holds a value, but an event of kind ConsultationSent has none; leave it empty.")]
    [InlineData("UPDATE request_events SET party = NULL WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column party: is empty; an event of kind ConsultationSent needs it.")]
    [InlineData("UPDATE request_events SET until_date = '2025-10-30' WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column until_date: holds a value, but an event of kind ConsultationSent has none; leave it empty.")]
    [InlineData("UPDATE request_events SET outcome = 'Disclosed' WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column outcome: holds a value, but an event of kind ConsultationSent has none; leave it empty.")]
    [InlineData("UPDATE request_events SET method = 'Post' WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column method: holds a value, but an event of kind ConsultationSent has none; leave it empty.")]
    [InlineData("UPDATE request_events SET told_of_redress = 0 WHERE kind = 'ConsultationSent'",
        "request_events, request_id 'YSQ-2025-001', position 0, column told_of_redress: holds a value, but an event of kind ConsultationSent has none; leave it empty.")]
    [InlineData("UPDATE request_events SET on_date = '2025-12-01' WHERE kind = 'ConsultationAnswered'",
        "request_events, request_id 'YSQ-2025-001', position 2: ")]
    [InlineData("UPDATE requests SET applicant = 'Robot'",
        "requests, id 'YSQ-2025-001', column applicant: holds 'Robot', which is not an applicant kind code; expected one of NaturalPerson, ")]
    [InlineData("INSERT INTO request_events (request_id, position, kind, on_date) VALUES ('YSQ-2025-999', 0, 'Corrected', '2025-10-01')",
        "request_events, request_id 'YSQ-2025-999', position 0, column request_id: names the request 'YSQ-2025-999', which the table requests does not hold.")]
    [InlineData("UPDATE complaints SET office_answered_on = '2025-04-10'",
        "complaints, id 'TS-2025-004', column office_answered_on: holds a day, but the complaint never reached that tier: escalated_to_office_on is empty.")]
    public async Task Sec8_a_request_or_complaint_history_the_model_refuses_is_named_at_its_row(string sql, string expected)
    {
        var e = await ProblemsAfter(SqliteRegisters.Example, sql);

        Assert.StartsWith(expected, Assert.Single(e.ProblemTexts));
    }

    [Fact]
    public async Task D48_every_problem_of_the_tables_is_listed_at_once_one_per_mistake()
    {
        var e = await ProblemsAfter(
            "UPDATE records SET trigger_date = '2025/3/1' WHERE id = 'mzj-IM1-1'",
            "UPDATE publications SET published_on = 'soon' WHERE record_id = 'mzj-MO1-01'",
            "UPDATE bodies SET name = '' WHERE id = 'sx'",
            "UPDATE complaints SET channel = 'Letter' WHERE id = 'TS-2025-017'");

        Assert.Equal(4, e.ProblemCount);
        Assert.Equal(["bodies", "complaints", "records", "publications"], e.Problems.Select(p => p.Table));
        Assert.StartsWith("The register in the database is not valid (4 problems):", e.Message);
    }

    [Fact]
    public async Task Sec8_4_a_history_only_the_calendar_refuses_is_named_at_its_event_when_evaluating()
    {
        // Told of the extension on 2025-12-01, long after the first period of a request that arrived on 2025-09-28 ended.
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.Example);
        SqliteRegisters.Execute(connection, "INSERT INTO request_events (request_id, position, kind, on_date, working_days) VALUES ('YSQ-2025-001', 9, 'Extended', '2025-12-01', 20)");
        SqliteRegisters.Execute(connection, "DELETE FROM request_events WHERE kind IN ('Replied', 'Delivered')");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("request_events", "request_id 'YSQ-2025-001', position 9", null), (problem.Table, problem.Key, problem.Column));
        Assert.Contains("2025-12-01", problem.Message, StringComparison.Ordinal);
        Assert.Single((await RegisterTables.ReadAsync(connection, 2025)).Requests);   // the register holds it: only a calendar refuses it
    }

    [Fact]
    public async Task Sec8_4_a_refused_event_before_later_ones_is_named_at_its_own_row()
    {
        // Told of the extension on 2025-12-01, after the period; the reply and its delivery come after it in the history.
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.Example);
        SqliteRegisters.Execute(connection, "UPDATE request_events SET position = position + 10 WHERE kind IN ('Replied', 'Delivered');" +
            "UPDATE request_events SET on_date = '2025-12-10' WHERE kind IN ('Replied', 'Delivered');" +
            "INSERT INTO request_events (request_id, position, kind, on_date, working_days) VALUES ('YSQ-2025-001', 5, 'Extended', '2025-12-01', 20)");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf));

        Assert.Equal(("request_events", "request_id 'YSQ-2025-001', position 5"), (Assert.Single(e.Problems).Table, e.Problems[0].Key));
    }

    [Fact]
    public async Task D25_two_records_of_one_month_read_whole_are_named_by_the_records_table_and_id()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.Example);
        SqliteRegisters.Execute(connection, "INSERT INTO records (id, body_id, catalog_row, trigger_date) VALUES ('mzj-MO1-01-again', 'mzj', 'MO1', '2025-01-15')");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(connection, 2025));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("records", null), (problem.Table, problem.Column));
        Assert.Contains("'mzj-MO1-01", problem.Key!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sec10_a_unit_assigned_a_catalog_the_policy_lacks_is_one_problem_and_its_records_add_none()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        SqliteRegisters.Execute(connection, "INSERT INTO body_catalogs (body_id, position, catalog) VALUES ('mzj', 0, '某县民政目录')");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf));

        Assert.Equal(["body_catalogs, body_id 'mzj', column catalog: assigns the catalog '某县民政目录', which the policy '" + DisclosurePolicy.Default.Name +
            "' does not have; add it with WithCatalog before evaluating (§10)."], e.ProblemTexts);
        Assert.Equal(["某县民政目录"], (await RegisterTables.ReadAsync(connection, 2025)).Bodies.Single(b => b.Id == "mzj").Catalogs);
    }

    [Fact]
    public async Task Sec10_a_unit_assigned_a_catalog_the_policy_has_is_evaluated_with_it()
    {
        CountyCatalog civil;
        using (var csv = File.OpenRead(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv")))
        {
            civil = CountyCatalog.ReadCsv(csv, "民政目录");
        }

        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        SqliteRegisters.Execute(connection, "INSERT INTO body_catalogs (body_id, position, catalog) VALUES ('mzj', 0, '民政目录')");

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default.WithCatalog(civil), connection, 2025, SqliteRegisters.AsOf);

        Assert.Equal(["民政目录"], evaluation.GetUnit("mzj").Body.Catalogs);
    }

    [Theory]
    [InlineData("INSERT INTO body_catalogs (body_id, position, catalog) VALUES ('mzj', 1, 'b'), ('mzj', 0, 'a')", "a,b")]
    [InlineData("INSERT INTO body_catalogs (body_id, position, catalog) VALUES ('mzj', 0, 'a'), ('mzj', 0, 'b')", null)]
    [InlineData("INSERT INTO body_catalogs (body_id, position, catalog) VALUES ('nobody', 0, 'a')", null)]
    public async Task Sec10_a_units_catalogs_come_in_their_positions_order_each_position_once(string sql, string? catalogs)
    {
        using var host = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        host.Open();
        SqliteRegisters.Execute(host, System.Text.RegularExpressions.Regex.Replace(RegisterLayout.SqliteDdl, @",\s*PRIMARY KEY \(body_id, position\)\s*\) WITHOUT ROWID", ")"));
        await RegisterTables.WriteAsync(SqliteRegisters.Example, host);
        SqliteRegisters.Execute(host, sql);

        if (catalogs is null)
        {
            Assert.Single((await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(host, 2025))).Problems, p => p.Table == "body_catalogs");
        }
        else
        {
            Assert.Equal(catalogs.Split(','), (await RegisterTables.ReadAsync(host, 2025)).Bodies.Single(b => b.Id == "mzj").Catalogs);
        }
    }

    [Fact]
    public async Task D48_the_records_of_a_body_with_problems_of_its_own_add_no_problem_of_theirs()
    {
        var e = await ProblemsAfter("UPDATE bodies SET principal_took_office = 'last year' WHERE id = 'mzj'");

        Assert.Equal("bodies, id 'mzj', column principal_took_office: holds 'last year', which is not a date; expected yyyy-MM-dd (ISO 8601), as 2025-03-31.",
            Assert.Single(e.ProblemTexts));
    }

    [Fact]
    public async Task D48_a_missing_table_names_the_table_and_the_query_with_the_providers_exception_inside()
    {
        var e = await ProblemsAfter("DROP TABLE redress_cases");

        Assert.StartsWith("redress_cases: the database failed before any record was read, so nothing is returned: SQLite Error 1: 'no such table: redress_cases'.",
            Assert.Single(e.ProblemTexts));
        Assert.IsType<SqliteException>(e.InnerException);
        Assert.StartsWith("The register could not be read from the database: ", e.Message);
    }

    [Fact]
    public async Task D48_a_missing_column_of_the_records_says_how_far_the_reading_got()
    {
        var e = await ProblemsAfter("ALTER TABLE records DROP COLUMN refused");

        Assert.Contains("records: the database failed before any record was read", e.Message);
        Assert.Contains("no such column: r.refused", e.Message);
        Assert.Equal(0, e.RecordsRead);
    }
}
