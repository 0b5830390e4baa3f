using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>
/// D48, column by column: every column of every table of the layout, emptied, blanked, given a word and given a number, and every table's
/// first row repeated, in a host's tables that hold no constraint — and what the reader says of each, kept in an approval file
/// (<c>Approved/data-problem-texts.txt</c>): the table, key and column it names, and its words. One mistake, one problem, or none where the
/// value is allowed.
/// </summary>
public sealed class ColumnProblemTests
{
    private static readonly string[] Values = ["NULL", "''", "'x'", "2", "-1"];

    [Fact]
    public async Task D48_every_column_of_every_table_names_its_own_problems()
    {
        using var host = new SqliteConnection("Data Source=:memory:");
        host.Open();
        SqliteRegisters.Execute(host, Regex.Replace(RegisterLayout.SqliteDdl, @" NOT NULL| WITHOUT ROWID|,\s*PRIMARY KEY \([^)]*\)| PRIMARY KEY| DEFAULT 0", ""));
        await RegisterTables.WriteAsync(SqliteRegisters.Example, host);
        SqliteRegisters.Execute(host, "INSERT INTO body_catalogs VALUES ('mzj', 0, '某县民政目录')");
        var text = new StringBuilder();
        foreach (var table in RegisterLayout.Tables)
        {
            await Case(host, text, $"{table}: its first row twice", $"INSERT INTO {table} SELECT * FROM {table} WHERE rowid = (SELECT min(rowid) FROM {table})");
            foreach (var column in RegisterLayout.ColumnsOf(table))
            {
                foreach (var value in Values)
                {
                    await Case(host, text, $"{table}.{column} = {value}", $"UPDATE {table} SET {column} = {value} WHERE rowid = (SELECT min(rowid) FROM {table})");
                }
            }
        }

        Approvals.Verify("data-problem-texts.txt", text.ToString());
    }

    /// <summary>What the reader says after <paramref name="sql"/>, inside a transaction rolled back afterwards.</summary>
    private static async Task Case(SqliteConnection host, StringBuilder text, string name, string sql)
    {
        using var transaction = host.BeginTransaction();
        using (var command = host.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        text.Append(name).Append('\n');
        try
        {
            var register = await RegisterTables.ReadAsync(host, 2025, new RegisterTableOptions { Transaction = transaction });
            text.Append($"    read: {register.Bodies.Count} bodies, {register.Records.Count} records, {register.Requests.Count} requests, " +
                $"{register.Complaints.Count} complaints, {register.Inspections.Sum(p => p.Dates.Count)} inspection days\n");
        }
        catch (RegisterDataException e)
        {
            foreach (var problem in e.ProblemTexts)
            {
                text.Append("    ").Append(problem).Append('\n');
            }
        }

        transaction.Rollback();
    }
}
