using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §9.3, §10, §13: each mistake in an annual report's or a catalog's JSON, one edit of a written document at a time, is exactly one
/// problem at its path in the library's words.
/// </summary>
public sealed class DocumentProblemTextTests
{
    private static readonly string Report = Written(stream => PolicyJson.WriteAnnualReport(
        new AnnualReport("mzj", "县民政局", 2025, "概述", ProactiveDisclosureFigures.None, RequestTable.Empty, RedressTable.Empty, "问题", "其他"), stream));

    private static readonly string Catalog = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.json"));

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static MemoryStream Bytes(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>The written report with the value at <paramref name="pointer"/> (steps split by '/') replaced by <paramref name="value"/>, or
    /// removed when it is null.</summary>
    private static string ReportWith(string pointer, string? value)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Report)!;
        var steps = pointer.Split('/');
        var parent = steps[..^1].Aggregate(root, (node, step) => node[step]!).AsObject();
        if (value is null)
        {
            parent.Remove(steps[^1]);
        }
        else
        {
            parent[steps[^1]] = System.Text.Json.Nodes.JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }

    public static TheoryData<string, string?, string, string> ReportMistakes() => new()
    {
        { "proactive", "1", "$.proactive", "expected a set of proactive-disclosure figures (an object); found the number 1." },
        { "requests", "1", "$.requests", "expected a request table (an object); found the number 1." },
        { "redress", "1", "$.redress", "expected a redress table (an object); found the number 1." },
        { "proactive/rules", "1", "$.proactive.rules", "expected a set of document counts (an object); found the number 1." },
        { "requests/NewThisYear", "1", "$.requests.NewThisYear", "expected a row of applicant counts (an object); found the number 1." },
        { "redress/Reconsideration", "1", "$.redress.Reconsideration", "expected a group of redress counts (an object); found the number 1." },
        { "lastYearCarriedForward", "1", "$.lastYearCarriedForward", "expected a row of applicant counts (an object); found the number 1." },
        { "bodyName", null, "$.bodyName", "the required property \"bodyName\" of an annual report is missing." },
        { "proactive/licensingDecisions", null, "$.proactive.licensingDecisions", "the required property \"licensingDecisions\" of a set of proactive-disclosure figures is missing." },
        { "proactive/rules/inForce", null, "$.proactive.rules.inForce", "the required property \"inForce\" of a set of document counts is missing." },
        { "requests/NewThisYear/Total", null, "$.requests.NewThisYear.Total", "the required property \"Total\" of a row of applicant counts is missing." },
        { "requests/Disclosed", null, "$.requests.Disclosed", "the required property \"Disclosed\" of a request table is missing." },
        { "redress/DirectLitigation", null, "$.redress.DirectLitigation", "the required property \"DirectLitigation\" of a redress table is missing." },
        { "redress/Reconsideration/Pending", null, "$.redress.Reconsideration.Pending", "the required property \"Pending\" of a group of redress counts is missing." },
        { "aggregate", "\"yes\"", "$.aggregate", "expected true or false; found \"yes\"." },
    };

    [Theory]
    [MemberData(nameof(ReportMistakes))]
    public void Sec9_3_each_mistake_in_an_annual_report_is_one_problem_at_its_path(string pointer, string? value, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(Bytes(ReportWith(pointer, value)))).Problems);

        Assert.Equal((path, message), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec9_3_an_annual_report_that_is_not_an_object_or_lacks_a_row_is_refused_at_its_path()
    {
        var root = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(Bytes("[]"))).Problems);
        var row = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(Bytes(Report.Edited("\"CarriedOver\": {", "\"CarriedOverr\": {")))).Problems;

        Assert.Equal(("$", "expected an annual report (an object); found an array."), (root.Path, root.Message));
        Assert.Equal("$.requests.CarriedOverr", row[0].Path);
    }

    [Fact]
    public void Sec9_3_a_null_carried_forward_row_and_a_schema_line_read_as_absent()
    {
        var plain = PolicyJson.ReadAnnualReport(Bytes(Report));

        Assert.Equal(plain, PolicyJson.ReadAnnualReport(Bytes(Report.Edited("\"otherMatters\": \"其他\"", "\"otherMatters\": \"其他\", \"lastYearCarriedForward\": null, \"aggregate\": false"))));
        Assert.Equal(plain, PolicyJson.ReadAnnualReport(Bytes(Report.Edited("\"bodyId\": \"mzj\",", "\"$schema\": \"./annual-report.schema.json\", \"bodyId\": \"mzj\","))));
    }

    public static TheoryData<string, string, string, string> CatalogMistakes() => new()
    {
        { "\"rows\": [", "\"rows\": [1, ", "$.rows[0]", "expected a catalog row (an object); found the number 1." },
        { "\"name\": \"某县民政领域基层政务公开标准目录\",", "", "$.name", "the required property \"name\" of a catalog is missing." },
        { "\"content\": \"低保的法规、规章和规范性文件\"", "\"content\": \" \"", "$.rows[0].content", "expected a non-empty string; found \" \"." },
        { "\"legalBasis\": \"《社会救助暂行办法》《国务院关于进一步加强和改进最低生活保障工作的意见》\"", "\"legalBasis\": \" \"", "$.rows[0].legalBasis", "expected a non-empty string; found \" \"." },
        { "\"responsibleBody\": \"县级民政部门\"", "\"responsibleBody\": \" \"", "$.rows[0].responsibleBody", "expected a non-empty string; found \" \"." },
        { "\"number\": \"1\"", "\"number\": \"2\"", "$.rows[1].number", "序号 \"2\" is already the number of row 1" },
        { "\"channels\": [\n        \"GovernmentWebsite\",\n        \"WeiboWeChatApp\",\n        \"GovernmentGazette\"\n      ]", "\"channels\": []", "$.rows[0].channels", "公开渠道和载体 names nothing" },
        { "\"modes\": [\n        \"Proactive\"\n      ]", "\"modes\": []", "$.rows[0].modes", "公开方式 names nothing" },
        { "\"levels\": [\n        \"County\"\n      ]", "\"levels\": []", "$.rows[0].levels", "公开层级 names nothing" },
        { "\"items\": [\n        \"社会救助\",\n        \"最低生活保障\",\n        \"政策法规\"\n      ]", "\"items\": []", "$.rows[0].items", "一级事项/二级事项/三级事项 the item tree has 0 names" },
    };

    [Theory]
    [MemberData(nameof(CatalogMistakes))]
    public void Sec10_each_mistake_in_a_catalog_is_one_problem_at_its_path(string old, string replacement, string path, string messageStart)
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadCatalog(Bytes(Catalog.Edited(old, replacement)))).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sec10_a_catalog_may_name_its_schema_and_is_read_alike_either_way_and_an_empty_one_is_said_to_be_empty()
    {
        var plain = PolicyJson.ReadCatalog(Bytes(Catalog));

        Assert.Equal(plain, PolicyJson.ReadCatalog(Bytes(Catalog.Edited("\"rows\": [", "\"$schema\": \"./catalog.schema.json\", \"rows\": ["))));
        var empty = await Assert.ThrowsAsync<PolicyJsonException>(() => PolicyJson.ReadCatalogAsync(Bytes(" ")));
        Assert.Equal("the input is empty; expected a catalog.", Assert.Single(empty.Problems).Message);
        Assert.Equal("catalog", ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.WriteCatalog(null!, new MemoryStream())).ParamName);
    }

    [Fact]
    public void Sec10_a_catalog_that_is_not_an_object_or_has_no_rows_is_refused_at_its_path()
    {
        var root = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadCatalog(Bytes("5"))).Problems);
        var empty = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadCatalog(Bytes("{ \"name\": \"某县目录\", \"rows\": [] }"))).Problems);

        Assert.Equal(("$", "expected a catalog (an object); found the number 5."), (root.Path, root.Message));
        Assert.Equal(("$.rows", "The catalog has no rows."), (empty.Path, empty.Message));
        var notArray = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadCatalog(Bytes("{ \"name\": \"某县目录\", \"rows\": 1 }"))).Problems);
        Assert.Equal(("$.rows", "expected an array; found the number 1."), (notArray.Path, notArray.Message));
    }
}
