using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: each object a reader reads is described once, as the members of its fields, and its schema lists exactly those properties, in
/// that order — so that a property added to one and not the other fails here, not in a user's file.
/// </summary>
public sealed class SchemaPropertyTests
{
    private static readonly Assembly JsonPackage = typeof(PolicyJson).Assembly;

    public static TheoryData<string, string, string, string> Objects => new()
    {
        { "register.schema.json", "", "RegisterReader", "RootFields" },
        { "register.schema.json", "/properties/bodies/items", "RegisterReader", "BodyFields" },
        { "register.schema.json", "/properties/bodies/items/properties/principal", "RegisterReader", "PrincipalFields" },
        { "register.schema.json", "/properties/records/items", "RegisterReader", "RecordFields" },
        { "register.schema.json", "/properties/records/items/properties/publications/items", "RegisterReader", "PublicationFields" },
        { "register.schema.json", "/properties/commitments/items", "RegisterReader", "CommitmentFields" },
        { "register.schema.json", "/properties/disclosureRules/items", "RegisterReader", "RulesFields" },
        { "register.schema.json", "/properties/inspections/items", "RegisterReader", "PlanFields" },
        { "register.schema.json", "/properties/complaints/items", "RegisterReader", "ComplaintFields" },
        { "register.schema.json", "/properties/complaints/items/properties/answeredOn", "RegisterReader", "AnswerFields" },
        { "register.schema.json", "/properties/requests/items", "RegisterReader", "RequestFields" },
        { "register.schema.json", "/properties/requests/items/properties/events/items", "RegisterReader", "EventFields" },
        { "register.schema.json", "/properties/annualReports/items", "RegisterReader", "ReportFields" },
        { "register.schema.json", "/properties/redressCases/items", "RegisterReader", "RedressFields" },
        { "profile.schema.json", "", "PolicyJson", "ProfileFields" },
        { "profile.schema.json", "/properties/overrides/items", "PolicyJson", "OverrideFields" },
        { "profile.schema.json", "/properties/gradeThresholds", "PolicyJson", "ThresholdFields" },
        { "catalog.schema.json", "", "PolicyJson", "CatalogFields" },
        { "catalog.schema.json", "/properties/rows/items", "PolicyJson", "RowFields" },
        { "annual-report.schema.json", "", "PolicyJson", "AnnualReportFields" },
        { "annual-report.schema.json", "/properties/proactive", "PolicyJson", "ProactiveFields" },
        { "annual-report.schema.json", "/$defs/documentCounts", "PolicyJson", "DocumentFields" },
        { "annual-report.schema.json", "/$defs/applicantCounts", "PolicyJson", "ApplicantFields" },
        { "annual-report.schema.json", "/properties/requests", "PolicyJson", "RequestRowFields" },
        { "annual-report.schema.json", "/properties/redress", "PolicyJson", "RedressGroupFields" },
        { "annual-report.schema.json", "/$defs/redressCounts", "PolicyJson", "RedressResultFields" },
        { "regional-notice.schema.json", "", "RegionalNoticeJson", "NoticeFields" },
        { "regional-notice.schema.json", "/properties/days/items", "HolidayNoticeJson", "DayFields" },
    };

    private static JsonElement At(string schema, string pointer)
    {
        var element = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", schema))).RootElement;
        foreach (var step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.GetProperty(step);
        }

        return element;
    }

    private static IReadOnlyList<string> ReaderNames(string owner, string table)
    {
        var type = JsonPackage.GetType($"GovDisclosure.Policy.Json.{owner}", throwOnError: true)!;
        var field = type.GetField(table, BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException($"{owner} has no {table}");
        return ((JsonFields)field.GetValue(null)!).Names;
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Sec13_each_objects_schema_lists_exactly_the_properties_its_reader_reads_in_order(string schema, string pointer, string owner, string table)
    {
        var described = At(schema, pointer);

        Assert.Equal(described.GetProperty("properties").EnumerateObject().Select(property => property.Name), ReaderNames(owner, table));
        Assert.False(described.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Sec13_every_object_of_a_schema_that_refuses_other_properties_is_checked_here()
    {
        static IEnumerable<string> Closed(JsonElement element, string pointer) => element.ValueKind switch
        {
            JsonValueKind.Object => (element.TryGetProperty("additionalProperties", out var more) && more.ValueKind == JsonValueKind.False ? [pointer] : Enumerable.Empty<string>())
                .Concat(element.EnumerateObject().SelectMany(property => Closed(property.Value, $"{pointer}/{property.Name}"))),
            JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => Closed(item, $"{pointer}/{i}")),
            _ => [],
        };

        var schemas = Objects.Select(row => (string)row[0]).Distinct();
        var closed = schemas.SelectMany(schema => Closed(At(schema, ""), "").Select(pointer => (schema, pointer)));

        Assert.Equal(closed.Order(), Objects.Select(row => ((string)row[0], (string)row[1])).Order());
    }

    /// <summary>Every instance in <paramref name="example"/> of each object <paramref name="schema"/> describes as closed, by its schema pointer.</summary>
    private static IEnumerable<(string Pointer, JsonObject Instance)> DescribedObjects(string schema, JsonNode example) =>
        Objects.Where(row => (string)row[0] == schema).Select(row => (string)row[1]).SelectMany(pointer =>
        {
            IEnumerable<JsonNode?> nodes = [example];
            foreach (var step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(step => step != "properties"))
            {
                nodes = step == "items" ? nodes.SelectMany(node => node as JsonArray ?? []) : nodes.Select(node => node?[step]);
            }

            return nodes.OfType<JsonObject>().Select(instance => (pointer, instance));
        });

    /// <summary>Each schema's reader, and a document of it that gives every property (the examples, the sample catalog, a written report).</summary>
    private static readonly Dictionary<string, (Func<Stream, object> Read, Func<string> Example)> Documents = new()
    {
        ["register.schema.json"] = (stream => PolicyJson.ReadRegister(stream), () => SchemaFile("register.example.json")),
        ["profile.schema.json"] = (stream => PolicyJson.ReadProfile(stream), () => SchemaFile("profile.example.json")),
        ["catalog.schema.json"] = (stream => PolicyJson.ReadCatalog(stream),
            () => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.json"))),
        ["regional-notice.schema.json"] = (stream => RegionalNoticeJson.Read(stream), () => GovDisclosure.Policy.Tests.Calendar.RegionalNoticeJsonTests.Guangxi2023Json),
        ["annual-report.schema.json"] = (stream => PolicyJson.ReadAnnualReport(stream), WrittenReport),
    };

    private static string SchemaFile(string name) => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", name));

    private static string WrittenReport()
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteAnnualReport(GovDisclosure.Policy.Tests.Reporting.Reports.Report2025 with { LastYearCarriedForward = ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0) }, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The problems of <paramref name="json"/>, read as <paramref name="schema"/>'s document.</summary>
    private static IReadOnlyList<JsonProblem> ProblemsOf(string schema, byte[] json) =>
        (Record.Exception(() => Documents[schema].Read(new MemoryStream(json))) as PolicyJsonException)?.Problems ?? [];

    [Theory]
    [InlineData("register.schema.json", 13)]
    [InlineData("profile.schema.json", 3)]
    [InlineData("catalog.schema.json", 2)]
    [InlineData("regional-notice.schema.json", 2)]
    [InlineData("annual-report.schema.json", 4)]   // the counts' objects stand under $defs, and are held to their names above
    public void Sec13_a_property_the_schema_requires_is_exactly_one_the_reader_reports_missing(string schema, int objects)
    {
        var text = Documents[schema].Example();
        var found = DescribedObjects(schema, JsonNode.Parse(text)!).ToList();
        foreach (var pointer in found.Select(object_ => object_.Pointer).Distinct())
        {
            var required = At(schema, pointer).TryGetProperty("required", out var list) ? list.EnumerateArray().Select(name => name.GetString()!).ToHashSet() : [];
            var instances = found.Where(object_ => object_.Pointer == pointer).Select(object_ => object_.Instance).ToList();
            foreach (var name in instances.SelectMany(instance => instance.Select(property => property.Key)).Distinct().Where(name => name != "$schema"))
            {
                // The property taken out of the first instance that has it, in a fresh copy of the example.
                var example = JsonNode.Parse(text)!;
                DescribedObjects(schema, example).Where(object_ => object_.Pointer == pointer).Select(object_ => object_.Instance).First(instance => instance.ContainsKey(name)).Remove(name);
                var problems = ProblemsOf(schema, Encoding.UTF8.GetBytes(example.ToJsonString()));
                var reported = problems.Any(problem => problem.Message.StartsWith($"the required property \"{name}\" of", StringComparison.Ordinal));

                Assert.True(required.Contains(name) == reported,
                    $"{schema}{pointer}: \"{name}\" is {(required.Contains(name) ? "" : "not ")}required by the schema, and the reader {(reported ? "says" : "does not say")} it is missing");
                Assert.True(!reported || problems.Count == 1, $"{schema}{pointer}: without \"{name}\", one mistake: {string.Join("; ", problems)}");
            }
        }

        Assert.Equal(objects, found.Select(object_ => object_.Pointer).Distinct().Count());
    }
}
