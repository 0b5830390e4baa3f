using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Outcome = GovDisclosure.Policy.Evaluation.Outcome;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// The published JSON Schemas, checked by an independent validator (JsonSchema.Net): the examples, whatever the writers
/// produce, and the evaluation report all conform.
/// </summary>
public sealed class SchemaValidationTests
{
    // The validator registers every schema by its $id once per process, so each file is loaded once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<JsonSchema> RegisterSchema = new(() => Load("register.schema.json"));
    private static readonly Lazy<JsonSchema> ProfileSchema = new(() => Load("profile.schema.json"));
    private static readonly Lazy<JsonSchema> ReportSchema = new(() => Load("evaluation-report.schema.json"));

    private static string SchemaFile(string name) => Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", name);

    internal static JsonSchema Load(string name) =>
        Loaded.GetOrAdd(name, file => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(SchemaFile(file))))).Value;

    /// <summary>The validator's complaints, empty when the document conforms.</summary>
    internal static string[] Violations(JsonSchema schema, byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))];
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("register.example.json", "register.schema.json")]
    [InlineData("profile.example.json", "profile.schema.json")]
    public void The_examples_conform_to_their_schemas(string example, string schema)
    {
        Assert.Empty(Violations(Load(schema), File.ReadAllBytes(SchemaFile(example))));
    }

    [Fact]
    public void Sec11_a_regional_notice_conforms_to_its_schema_and_a_bad_region_code_does_not()
    {
        var schema = Load("regional-notice.schema.json");

        Assert.Empty(Violations(schema, System.Text.Encoding.UTF8.GetBytes(GovDisclosure.Policy.Tests.Calendar.RegionalNoticeJsonTests.Guangxi2023Json)));
        Assert.NotEmpty(Violations(schema, """{ "region": "45000", "regionName": "广西", "year": 2023, "days": [] }"""u8.ToArray()));
        Assert.NotEmpty(Violations(schema, """{ "region": "450000", "regionName": "广西", "year": 2023, "days": [], "extra": 1 }"""u8.ToArray()));
    }

    [Property(MaxTest = 30)]
    public Property Every_register_the_writer_produces_conforms_to_the_register_schema() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
            Assert.Empty(Violations(RegisterSchema.Value, Written(stream => PolicyJson.WriteRegister(register, stream)))));

    [Property(MaxTest = 30)]
    public Property Every_profile_the_writer_produces_conforms_to_the_profile_schema() =>
        Prop.ForAll(JsonRoundTripProperties.ProfileGen.ToArbitrary(), profile =>
            Assert.Empty(Violations(ProfileSchema.Value, Written(stream => PolicyJson.WriteProfile(profile, stream)))));

    [Property(MaxTest = 30), Trait("Category", "Slow")]   // 10 to 20 seconds: the validator walks every report twice
    public Property Every_evaluation_report_conforms_to_the_report_schema() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
        {
            var evaluation = JsonRoundTripProperties.Policy.Evaluate(register, new LocalDate(2026, 3, 31));
            return Violations(ReportSchema.Value, Written(stream => PolicyJson.WriteEvaluation(evaluation, stream, includeOutcomes: true))).Length == 0
                   && Violations(ReportSchema.Value, Written(stream => PolicyJson.WriteEvaluation(evaluation, stream))).Length == 0;
        });

    [Fact]
    public void The_example_registers_report_conforms_and_a_broken_one_does_not()
    {
        var evaluation = DisclosurePolicy.Default.Evaluate(StreamingEvaluationTests.SchemaExample(), new LocalDate(2026, 3, 31));
        var report = Written(stream => PolicyJson.WriteEvaluation(evaluation, stream, includeOutcomes: true));
        var broken = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(report).Replace("\"onTimeRate\"", "\"rate\"", StringComparison.Ordinal));

        Assert.Empty(Violations(ReportSchema.Value, report));
        Assert.NotEmpty(Violations(ReportSchema.Value, broken));
    }

    [Fact]
    public void The_report_schema_lists_exactly_the_librarys_finding_kinds_and_outcomes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SchemaFile("evaluation-report.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        Assert.Equal(FindingKind.InOrder.Select(k => k.Name),
            defs.GetProperty("finding").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Outcome.InOrder.Select(o => o.Name),
            defs.GetProperty("outcome").GetProperty("properties").GetProperty("outcome").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }
}
