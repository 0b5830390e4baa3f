using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>§13: the documented layout, its DDL for SQLite and PostgreSQL, and its map onto a host's own tables and columns.</summary>
public sealed class RegisterLayoutTests
{
    private static readonly string[] Expected =
        ["bodies", "body_catalogs", "records", "publications", "commitments", "disclosure_rules", "inspections", "complaints", "requests", "request_events", "annual_reports", "redress_cases"];

    [Fact]
    public void Sec13_the_layout_has_a_table_per_section_and_the_SQLite_DDL_creates_each_with_the_layouts_columns()
    {
        using var connection = SqliteRegisters.Empty();

        Assert.Equal(Expected, RegisterLayout.Tables);
        foreach (var table in RegisterLayout.Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            using var reader = command.ExecuteReader();
            var columns = new List<string>();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }

            Assert.Equal(RegisterLayout.ColumnsOf(table), columns);
        }
    }

    [Fact]
    public void Sec13_the_PostgreSQL_DDL_creates_the_same_tables_and_columns_with_date_and_boolean_types()
    {
        var tables = Regex.Matches(RegisterLayout.PostgreSqlDdl, @"CREATE TABLE (\w+) \((.*?)\n\);", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => Regex.Matches(m.Groups[2].Value, @"^\s{4}(\w+)\s+(\w+)", RegexOptions.Multiline)
                .Where(c => c.Groups[1].Value != "PRIMARY").Select(c => (c.Groups[1].Value, c.Groups[2].Value)).ToList());

        Assert.Equal(Expected, tables.Keys);
        Assert.All(Expected, table => Assert.Equal(RegisterLayout.ColumnsOf(table), tables[table].Select(c => c.Item1)));
        Assert.Equal("date", tables["records"].Single(c => c.Item1 == "trigger_date").Item2);
        Assert.Equal("boolean", tables["records"].Single(c => c.Item1 == "classified").Item2);
        Assert.Equal("text", tables["records"].Single(c => c.Item1 == "id").Item2);
        Assert.DoesNotContain("WITHOUT ROWID", RegisterLayout.PostgreSqlDdl, StringComparison.Ordinal);
        Assert.True(RegisterLayout.PostgreSql.NativeDates);
        Assert.False(RegisterLayout.Default.NativeDates);
    }

    [Fact]
    public void Sec13_a_map_names_the_hosts_tables_and_columns_and_leaves_the_rest_as_they_are()
    {
        var layout = RegisterLayout.Default.MapTable("records", "gk.gk_jl").MapColumn("records", "trigger_date", "触发日期").MapColumn("records", "id", "[编号]");

        Assert.Equal(("gk.gk_jl", "触发日期", "[编号]", "body_id", "publications"),
            (layout.TableName("records"), layout.ColumnName("records", "trigger_date"), layout.ColumnName("records", "id"), layout.ColumnName("records", "body_id"),
             layout.TableName("publications")));
        Assert.Equal("records", RegisterLayout.Default.TableName("records"));
        Assert.Equal("register layout (ISO text dates; 1 table and 2 columns mapped)", layout.ToString());
        Assert.Equal("register layout (date columns; 0 tables and 0 columns mapped)", RegisterLayout.PostgreSql.ToString());
        Assert.Same(RegisterLayout.PostgreSql, RegisterLayout.PostgreSql.WithNativeDates(true));
        Assert.True(layout.WithNativeDates(true).NativeDates);
        Assert.Equal("触发日期", layout.WithNativeDates(true).ColumnName("records", "trigger_date"));
    }

    [Theory]
    [InlineData("records; DROP TABLE bodies")]
    [InlineData("1records")]
    [InlineData("")]
    [InlineData("\"a\"b\"")]
    [InlineData("a..b")]
    [InlineData("gk.")]
    public void Sec13_a_name_SQL_cannot_carry_as_given_is_refused(string name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapTable("records", name));

        Assert.Equal("name", e.ParamName);
        Assert.StartsWith($"\"{name}\" is not a name SQL can carry as given: use letters, digits and _ (not starting with a digit; a schema before a dot)", e.Message);
    }

    [Fact]
    public void Sec13_a_column_takes_no_schema_and_an_unknown_table_or_column_lists_the_known_ones()
    {
        Assert.StartsWith("\"gk.trigger\" is not a name SQL can carry as given: use letters, digits and _ (not starting with a digit), or quote",
            Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapColumn("records", "trigger_date", "gk.trigger")).Message);
        Assert.Equal("A register's layout has no table \"record\"; its tables are " + string.Join(", ", Expected) + ".",
            Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapTable("record", "x")).Message);
        Assert.Equal("The table records has no column \"trigger\"; its columns are id, body_id, catalog, catalog_row, item, trigger_date, subject, classified, falsified, refused.",
            Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.ColumnName("records", "trigger")).Message);
        Assert.ThrowsAny<ArgumentNullException>(() => RegisterLayout.Default.MapTable("records", null!));
        Assert.ThrowsAny<ArgumentNullException>(() => RegisterLayout.ColumnsOf(null!));
        Assert.ThrowsAny<ArgumentNullException>(() => new RegisterTableOptions { Layout = null! });
        Assert.Equal("`trigger`", RegisterLayout.Default.MapColumn("records", "trigger_date", "`trigger`").ColumnName("records", "trigger_date"));
        Assert.Equal(new string('x', 128), RegisterLayout.Default.MapTable("records", new string('x', 128)).TableName("records"));
        Assert.ThrowsAny<ArgumentException>(() => RegisterLayout.Default.MapTable("records", new string('x', 129)));
    }

    [Fact]
    public async Task D48_a_register_in_a_hosts_own_tables_with_its_own_names_and_integer_ids_evaluates_as_in_the_packages_own()
    {
        var county = SqliteRegisters.County;
        var numbered = Renumbered(county);
        using var host = new SqliteConnection("Data Source=:memory:");
        host.Open();
        // A host's tables: other names, Chinese column names, integer ids, no constraints.
        var ddl = RegisterLayout.SqliteDdl.Replace("CREATE TABLE records (", "CREATE TABLE gk_jl (", StringComparison.Ordinal)
            .Replace("    trigger_date TEXT NOT NULL,", "    触发日期 TEXT,", StringComparison.Ordinal)
            .Replace("    id                    TEXT NOT NULL PRIMARY KEY,", "    id INTEGER PRIMARY KEY,", StringComparison.Ordinal)
            .Replace("    body_id      TEXT NOT NULL,", "    body_id INTEGER,", StringComparison.Ordinal);
        SqliteRegisters.Execute(host, ddl);
        var layout = RegisterLayout.Default.MapTable("records", "gk_jl").MapColumn("records", "trigger_date", "触发日期");
        var options = new RegisterTableOptions { Layout = layout };

        await RegisterTables.WriteAsync(numbered, host, options);
        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, host, 2025, SqliteRegisters.AsOf, options);

        Assert.Equal(PolicyJson.ToReport(DisclosurePolicy.Default.Evaluate(SqliteRegisters.InKeyOrder(numbered), SqliteRegisters.AsOf)), PolicyJson.ToReport(evaluation));
        Assert.Equal("integer", DataTypeOf(host, "bodies", "id"));
    }

    [Fact]
    public async Task D48_a_required_column_a_hosts_table_leaves_empty_is_named()
    {
        using var host = new SqliteConnection("Data Source=:memory:");
        host.Open();
        SqliteRegisters.Execute(host, Regex.Replace(RegisterLayout.SqliteDdl, " NOT NULL| WITHOUT ROWID", ""));
        await RegisterTables.WriteAsync(SqliteRegisters.Example, host);
        SqliteRegisters.Execute(host, "UPDATE records SET trigger_date = NULL WHERE id = 'mzj-MO1-01'; UPDATE bodies SET name = NULL WHERE id = 'sx'");

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(host, 2025));

        // A record with no trigger belongs to no year: it is read, and named, whichever year is asked for; the body's other rows add nothing.
        Assert.Equal(["bodies, id 'sx', column name: is empty (NULL); the column needs a value.",
            "records, id 'mzj-MO1-01', column trigger_date: is empty (NULL); the column needs a value."], e.ProblemTexts);
    }

    [Fact]
    public async Task Sec13_a_layout_of_date_columns_writes_date_values_which_SQLite_keeps_as_a_timestamps_text_and_the_reader_refuses()
    {
        using var connection = SqliteRegisters.Empty();
        var example = SqliteRegisters.Example;

        await RegisterTables.WriteAsync(example, connection, new RegisterTableOptions { Layout = RegisterLayout.PostgreSql });

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT trigger_date, typeof(classified), classified FROM records WHERE id = 'mzj-MO1-01'";
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            Assert.Equal(("2025-01-01 00:00:00", "integer", 0L), (reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.ReadAsync(connection, 2025));
        Assert.Contains("bodies, id 'mzj', column principal_took_office: holds '2022-03-01 00:00:00', which is not a date", e.ProblemTexts[0], StringComparison.Ordinal);
    }

    private static string DataTypeOf(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT typeof({column}) FROM {table} LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>The register with its units' ids made numbers, as a host with integer keys holds them.</summary>
    private static Register Renumbered(Register register)
    {
        var number = register.Bodies.Select((body, i) => (body.Id, Number: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary();
        return new RegisterBuilder(register.Year)
            .AddBodies(register.Bodies.Select(b => b with { Id = number[b.Id] }))
            .AddRecords(register.Records.Select(r => new DisclosureRecord(r.Id, number[r.BodyId], r.Obligation, r.Trigger, r.Publications)
                { Item = r.Item, Subject = r.Subject, IsClassified = r.IsClassified, IsFalsified = r.IsFalsified, IsRefused = r.IsRefused }))
            .AddCommitments(register.Commitments.Select(c => c with { BodyId = number[c.BodyId] }))
            .AddDisclosureRules(register.DisclosureRules.Select(r => r with { BodyId = number[r.BodyId] }))
            .AddInspections(register.Inspections.Select(p => p with { BodyId = p.BodyId is null ? null : number[p.BodyId] }))
            .AddAnnualReports(register.AnnualReports.Select(r => new AnnualReportPublication(number[r.BodyId], r.Year, r.PublishedOn)))
            .Build();
    }
}
