using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Json;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>D48 for databases: a register in SQLite evaluates to exactly what its JSON form does, and reads back as what was written.</summary>
public sealed class DatabaseEvaluationTests
{
    private static DisclosurePolicy Policy => JsonRoundTripProperties.Policy;

    private static EvaluationReport InMemory(DisclosurePolicy policy, Register register) =>
        PolicyJson.ToReport(policy.Evaluate(SqliteRegisters.InKeyOrder(register), SqliteRegisters.AsOf));

    private static async Task<EvaluationReport> FromDatabase(DisclosurePolicy policy, Register register)
    {
        using var connection = await SqliteRegisters.Holding(register);
        return PolicyJson.ToReport(await RegisterTables.EvaluateAsync(policy, connection, register.Year, SqliteRegisters.AsOf));
    }

    [Fact]
    public async Task D48_the_county_register_in_SQLite_evaluates_to_what_its_JSON_evaluates_to()
    {
        var county = SqliteRegisters.County;

        var fromDatabase = await FromDatabase(DisclosurePolicy.Default, county);

        Assert.Equal(InMemory(DisclosurePolicy.Default, county), fromDatabase);
        Assert.Equal(county.Bodies.Count, fromDatabase.Units.Count);
        Assert.Contains(fromDatabase.Units, unit => unit.Sanction.Code != Sanction.None.Name);
    }

    [Property(MaxTest = 40)]
    public Property D48_a_generated_register_in_SQLite_evaluates_to_what_it_does_in_memory() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
            FromDatabase(Policy, register).GetAwaiter().GetResult().Equals(InMemory(Policy, register)));

    [Property(MaxTest = 40)]
    public Property D48_a_register_written_to_SQLite_reads_back_as_it_was_in_key_order() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
        {
            using var connection = SqliteRegisters.Holding(register).GetAwaiter().GetResult();
            var read = RegisterTables.ReadAsync(connection, register.Year).GetAwaiter().GetResult();
            var expected = SqliteRegisters.InKeyOrder(register);
            return read.Bodies.SequenceEqual(expected.Bodies) && read.Records.SequenceEqual(expected.Records)
                && read.Commitments.SequenceEqual(expected.Commitments) && read.DisclosureRules.SequenceEqual(expected.DisclosureRules)
                && read.Inspections.SequenceEqual(expected.Inspections) && read.Complaints.SequenceEqual(expected.Complaints)
                && read.Requests.SequenceEqual(expected.Requests) && read.AnnualReports.SequenceEqual(expected.AnnualReports)
                && read.RedressCases.SequenceEqual(expected.RedressCases);
        });

    [Fact]
    public async Task D48_the_outcome_callback_sees_every_outcome_the_register_in_memory_lists()
    {
        var county = SqliteRegisters.InKeyOrder(SqliteRegisters.County);
        using var connection = await SqliteRegisters.Holding(county);
        var seen = new List<ObligationOutcome>();

        await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf, new RegisterTableOptions { OnOutcome = seen.Add });

        Assert.Equal(DisclosurePolicy.Default.Evaluate(county, SqliteRegisters.AsOf).Outcomes.OrderBy(o => o.RecordId, StringComparer.Ordinal).ThenBy(o => o.Obligation.ToString()).ThenBy(o => o.Trigger),
            seen.OrderBy(o => o.RecordId, StringComparer.Ordinal).ThenBy(o => o.Obligation.ToString()).ThenBy(o => o.Trigger));
    }

    [Fact]
    public async Task Sec13_only_the_records_of_the_year_asked_for_are_evaluated()
    {
        var county = SqliteRegisters.County;
        using var connection = await SqliteRegisters.Holding(county);
        var first = county.Records[0];
        foreach (var (id, trigger) in new[] { ("dec-31-before", "2024-12-31"), ("jan-1-after", "2026-01-01") })
        {
            SqliteRegisters.Execute(connection, $"INSERT INTO records (id, body_id, catalog_row, trigger_date) VALUES ('{id}', '{first.BodyId}', 'IM1', '{trigger}')");
        }

        var withOthers = await RegisterTables.ReadAsync(connection, 2025);

        Assert.Equal(county.Records.Count, withOthers.Records.Count);
        Assert.DoesNotContain(withOthers.Records, record => record.Id is "dec-31-before" or "jan-1-after");
        Assert.Equal(2, (await RegisterTables.ReadAsync(connection, 2024)).Records.Count + (await RegisterTables.ReadAsync(connection, 2026)).Records.Count);
    }
}
