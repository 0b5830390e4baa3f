using System.Text.Json;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>The JSON Schemas and their examples agree with the library.</summary>
public sealed class SchemaTests
{
    private static string SchemaFile(string name) => Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", name);

    private static JsonElement Schema(string name) => JsonDocument.Parse(File.ReadAllBytes(SchemaFile(name))).RootElement;

    private static string[] Enum(JsonElement element) => [.. element.GetProperty("enum").EnumerateArray().Select(code => code.GetString()!)];

    /// <summary>Every property named <paramref name="name"/> anywhere in the schema, with the object that describes it.</summary>
    private static IEnumerable<JsonElement> PropertiesNamed(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            (property.Name == name && property.Value.ValueKind == JsonValueKind.Object ? [property.Value] : Enumerable.Empty<JsonElement>())
            .Concat(PropertiesNamed(property.Value, name))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => PropertiesNamed(item, name)),
        _ => [],
    };

    [Theory]
    [InlineData("register.schema.json", 3)]
    [InlineData("annual-report.schema.json", 1)]
    [InlineData("evaluation-report.schema.json", 1)]
    public void Sec13_every_year_of_a_register_or_report_schema_is_the_models_range(string schema, int years)
    {
        var ranges = PropertiesNamed(Schema(schema), "year").Select(year => (year.GetProperty("minimum").GetInt32(), year.GetProperty("maximum").GetInt32())).ToList();

        Assert.Equal(years, ranges.Count);
        Assert.All(ranges, range => Assert.Equal((DisclosureYears.First, DisclosureYears.Last), range));
    }

    [Fact]
    public void D1_a_notices_year_in_its_schema_is_the_range_of_the_holiday_rules()
    {
        var year = Assert.Single(PropertiesNamed(Schema("regional-notice.schema.json"), "year"));

        Assert.Equal((StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear), (year.GetProperty("minimum").GetInt32(), year.GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public void The_example_register_reads_and_evaluates()
    {
        using var stream = File.OpenRead(SchemaFile("register.example.json"));

        var register = PolicyJson.ReadRegister(stream);
        var evaluation = DisclosurePolicy.Default.Evaluate(register, new LocalDate(2026, 3, 31));

        Assert.Equal(2025, register.Year);
        Assert.Equal(Sanction.PrincipalAccountability, evaluation.GetUnit("mzj").Sanction);
        Assert.Contains(evaluation.GetUnit("sx").Findings, f => f.Kind == FindingKind.CommitmentNotResigned);
        Assert.DoesNotContain(evaluation.GetUnit("mzj").Findings, f => f.ClauseIds.Contains("§9.6"));   // its 2025 report came on 28 January
        Assert.Equal(RedressResult.Pending, Assert.Single(register.RedressCases).ResultIn(2025));
    }

    [Fact]
    public void The_example_profile_reads_and_applies()
    {
        using var stream = File.OpenRead(SchemaFile("profile.example.json"));

        var policy = DisclosurePolicy.Default.WithProfile(PolicyJson.ReadProfile(stream));

        Assert.Equal(10, policy.GetRule(ScheduleEntry.MO1).Offset);
        Assert.Equal(1, policy.GetRule(ScheduleEntry.IM2).Offset);
        Assert.DoesNotContain(ScheduleEntry.BA3, policy.Entries);
    }

    [Fact]
    public void The_register_schema_lists_exactly_the_librarys_codes()
    {
        var defs = Schema("register.schema.json").GetProperty("$defs");

        Assert.Equal(ScheduleEntry.InOrder.Select(e => e.Name), Enum(defs.GetProperty("entry")));
        Assert.Equal(DisclosureItem.InOrder.Select(i => i.Name), Enum(defs.GetProperty("item")));
        Assert.Equal(BodyType.InOrder.Select(b => b.Name), Enum(defs.GetProperty("bodyType")));
        Assert.Equal(Channel.InOrder.Select(c => c.Name), Enum(defs.GetProperty("channel")));
        Assert.Equal(AdministrativeLevel.InOrder.Select(l => l.Name), Enum(defs.GetProperty("administrativeLevel")));
        Assert.Equal(BodyRole.InOrder.Select(r => r.Name), Enum(defs.GetProperty("bodyRole")));
        Assert.Equal(RedressCaseKind.InOrder.Select(k => k.Name), Enum(defs.GetProperty("redressCaseKind")));
        Assert.Equal(RedressResult.InOrder.Select(r => r.Name), Enum(defs.GetProperty("redressResult")));
    }

    [Fact]
    public void The_annual_report_schema_names_every_row_column_and_result_of_the_tables()
    {
        var schema = Schema("annual-report.schema.json");
        var defs = schema.GetProperty("$defs");
        static string[] Required(JsonElement element) => [.. element.GetProperty("required").EnumerateArray().Select(name => name.GetString()!)];

        Assert.Equal(RequestTableRow.InOrder.Select(row => row.Name), Required(schema.GetProperty("properties").GetProperty("requests")));
        Assert.Equal([.. ApplicantKind.InOrder.Select(kind => kind.Name), "Total"], Required(defs.GetProperty("applicantCounts")));
        Assert.Equal(RedressCaseKind.InOrder.Select(kind => kind.Name), Required(schema.GetProperty("properties").GetProperty("redress")));
        Assert.Equal([.. RedressResult.InOrder.Select(result => result.Name), "Total"], Required(defs.GetProperty("redressCounts")));
    }

    [Fact]
    public void The_profile_schema_lists_exactly_the_librarys_codes()
    {
        var overrides = Schema("profile.schema.json").GetProperty("properties").GetProperty("overrides").GetProperty("items").GetProperty("properties");

        Assert.Equal(Cadence.InOrder.Select(c => c.Name), Enum(overrides.GetProperty("cadence")));
        Assert.Equal(ScheduleEntry.InOrder.Select(e => e.Name), Enum(overrides.GetProperty("row")));
        Assert.Equal(ScheduleEntry.InOrder.Select(e => e.Name), Enum(overrides.GetProperty("entry")));   // 0.4's name, still read
        Assert.Equal(["WorkingDays", "CalendarDays"], Enum(overrides.GetProperty("unit")));
    }

    [Fact]
    public void Sec13_every_schemas_id_carries_the_packages_major_and_minor_version()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryFiles.Root, "Directory.Build.props"));
        var version = Version.Parse(props.Descendants("Version").Single().Value);
        var schemas = Directory.EnumerateFiles(SchemaFile(""), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(7, schemas.Length);
        Assert.All(schemas, name => Assert.Equal(
            $"https://github.com/govdisclosure/GovDisclosure.Policy/schemas/{version.Major}.{version.Minor}/{name}",
            Schema(name!).GetProperty("$id").GetString()));
    }
}
