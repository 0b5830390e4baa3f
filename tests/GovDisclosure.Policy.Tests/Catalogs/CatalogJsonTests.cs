using System.Text;
using System.Text.Json;
using Json.Schema;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>A county catalog's JSON form (§10): round trips with the CSV, the schema, and strict reading with paths.</summary>
public sealed class CatalogJsonTests
{
    private static readonly string SamplePath = Path.Combine("samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "catalog.schema.json"))));

    internal static CountyCatalog Sample()
    {
        using var csv = File.OpenRead(Path.Combine(RepositoryFiles.Root, SamplePath + ".csv"));
        return CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录");
    }

    private static byte[] Written(CountyCatalog catalog)
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteCatalog(catalog, stream);
        return stream.ToArray();
    }

    private static CountyCatalog ReadJson(string json) => PolicyJson.ReadCatalog(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Sec10_a_catalog_read_from_CSV_written_as_JSON_and_read_back_is_equal_and_the_shipped_JSON_is_that_text()
    {
        var catalog = Sample();
        var json = Written(catalog);

        Assert.Equal(catalog, PolicyJson.ReadCatalog(new MemoryStream(json)));
        Approvals.VerifyFile(SamplePath + ".json", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Sec10_the_written_catalog_conforms_to_the_schema_and_the_schema_lists_the_librarys_codes()
    {
        using var document = JsonDocument.Parse(Written(Sample()));
        Assert.True(Schema.Value.Evaluate(document.RootElement).IsValid);

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "catalog.schema.json")));
        var row = schema.RootElement.GetProperty("properties").GetProperty("rows").GetProperty("items").GetProperty("properties");
        static string[] Codes(JsonElement list) => [.. list.EnumerateArray().Select(code => code.GetString()!)];
        Assert.Equal(NationalChannel.InOrder.Select(c => c.Name), Codes(row.GetProperty("channels").GetProperty("items").GetProperty("enum")));
        Assert.Equal(CatalogAudience.InOrder.Select(c => c.Name), Codes(row.GetProperty("audience").GetProperty("enum")));
        Assert.Equal(DisclosureMode.InOrder.Select(c => c.Name), Codes(row.GetProperty("modes").GetProperty("items").GetProperty("enum")));
        Assert.Equal(AdministrativeLevel.InOrder.Select(c => c.Name), Codes(row.GetProperty("levels").GetProperty("items").GetProperty("enum")));
    }

    [Fact]
    public void D48_Sec10_a_catalog_without_levels_writes_rows_without_levels_that_read_back_equal_and_conform()
    {
        var catalog = CountyCatalog.ReadCsv(File.OpenRead(RealCatalogSheets.RowsCsv), RealCatalogSheets.Name);
        var json = Written(catalog);

        using var document = JsonDocument.Parse(json);
        Assert.All(document.RootElement.GetProperty("rows").EnumerateArray(), row => Assert.False(row.TryGetProperty("levels", out _)));
        Assert.True(Schema.Value.Evaluate(document.RootElement).IsValid);
        Assert.Equal(catalog, PolicyJson.ReadCatalog(new MemoryStream(json)));
    }

    [Fact]
    public void Sec10_an_empty_list_of_levels_is_not_a_catalog_without_levels()
    {
        const string Json = """{ "name": "民政", "rows": [{ "number": "1", "items": ["社会救助", "低保"], "content": "内容", "legalBasis": "依据", "timeLimit": "每月", "responsibleBody": "县级民政部门", "channels": ["GovernmentWebsite"], "audience": "WholeSociety", "modes": ["Proactive"], "levels": [] }] }""";

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => ReadJson(Json)).Problems);

        Assert.Equal(("$.rows[0].levels", "公开层级 names nothing"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec10_every_problem_of_a_JSON_catalog_is_reported_with_its_path()
    {
        const string Row = """{ "number": "1", "items": ["社会救助", "低保"], "content": "内容", "legalBasis": "依据", "timeLimit": "每月", "responsibleBody": "县级民政部门", "channels": ["GovernmentWebsite"], "audience": "WholeSociety", "modes": ["Proactive"], "levels": ["County"] }""";
        var json = "{ \"name\": \"民政\", \"rows\": [" + string.Join(", ",
            Row,
            Row.Replace("\"每月\"", "\"尽快公开\"").Replace("\"1\"", "\"2\""),
            Row.Replace("GovernmentWebsite", "Website").Replace("\"1\"", "\"3\""),
            Row.Replace("\"content\": \"内容\", ", "").Replace("\"1\"", "\"4\""),
            Row.Replace("\"levels\"", "\"level\"").Replace("\"1\"", "\"5\""),
            Row) + "] }";

        var error = Assert.Throws<PolicyJsonException>(() => ReadJson(json));

        Assert.Equal(
            ["$.rows[1].timeLimit", "$.rows[2].channels[0]", "$.rows[3].content", "$.rows[4].level"],   // "level" stood for "levels": one problem
            error.Problems.Select(problem => problem.Path));
        Assert.Contains("公开时限 The time limit \"尽快公开\" cannot be read", error.Problems[0].Message);
        Assert.Contains("not a NationalChannel code", error.Problems[1].Message);
    }

    [Fact]
    public void Sec10_a_number_used_twice_in_JSON_is_reported_at_the_second_rows_number()
    {
        const string Row = """{ "number": "1", "items": ["社会救助"], "content": "内容", "legalBasis": "依据", "timeLimit": "每月", "responsibleBody": "县级民政部门", "channels": ["GovernmentWebsite"], "audience": "WholeSociety", "modes": ["Proactive"], "levels": ["County"] }""";

        var error = Assert.Throws<PolicyJsonException>(() => ReadJson($$"""{ "name": "民政", "rows": [{{Row}}, {{Row}}] }"""));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.rows[1].number", 1), (problem.Path, problem.Line));
        Assert.Contains("序号 \"1\" is already the number of row 1", problem.Message);
    }
}
