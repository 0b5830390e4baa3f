using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: a document may name the schema it follows in <c>"$schema"</c>, which every schema declares a string. Each reader sets a string
/// aside and reads the rest as without it; anything else there is one problem at <c>$.$schema</c>, as the schema says.
/// </summary>
public sealed class SchemaLineTests
{
    private static readonly string Samples = Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples");

    /// <summary>Each document: a file of it, and its reader writing back what it read (so that two reads can be compared as text).</summary>
    public static TheoryData<string> Documents() => ["register", "catalog", "annual report", "profile", "regional notice"];

    private static (string Json, Func<Stream, string> ReadBack) Document(string name) => name switch
    {
        "register" => (File.ReadAllText(Path.Combine(Samples, "county-2025.json")), stream => Written(s => PolicyJson.WriteRegister(PolicyJson.ReadRegister(stream), s))),
        "catalog" => (File.ReadAllText(Path.Combine(Samples, "civil-affairs-catalog.json")), stream => Written(s => PolicyJson.WriteCatalog(PolicyJson.ReadCatalog(stream), s))),
        "annual report" => (Written(s => PolicyJson.WriteAnnualReport(
            new AnnualReport("mzj", "县民政局", 2025, "概述", ProactiveDisclosureFigures.None, RequestTable.Empty, RedressTable.Empty, "问题", "其他"), s)),
            stream => Written(s => PolicyJson.WriteAnnualReport(PolicyJson.ReadAnnualReport(stream), s))),
        "profile" => ("""{ "name": "莲都区", "minInspections": 2 }""", stream => Written(s => PolicyJson.WriteProfile(PolicyJson.ReadProfile(stream), s))),
        _ => (GovDisclosure.Policy.Tests.Calendar.RegionalNoticeJsonTests.Guangxi2023Json, stream => Written(s => RegionalNoticeJson.Write(RegionalNoticeJson.Read(stream), s))),
    };

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static MemoryStream WithSchema(string json, string value)
    {
        var open = json.IndexOf('{', StringComparison.Ordinal) + 1;
        return new MemoryStream(Encoding.UTF8.GetBytes(json[..open] + $" \"$schema\": {value}," + json[open..]));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sec13_a_schema_named_by_a_string_is_set_aside(string document)
    {
        var (json, readBack) = Document(document);

        Assert.Equal(readBack(new MemoryStream(Encoding.UTF8.GetBytes(json))), readBack(WithSchema(json, "\"./any.schema.json\"")));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sec13_a_schema_line_that_is_not_a_string_is_one_problem_at_its_path(string document)
    {
        var (json, readBack) = Document(document);

        var number = Assert.Single(Assert.Throws<PolicyJsonException>(() => readBack(WithSchema(json, "5"))).Problems);
        var nested = Assert.Single(Assert.Throws<PolicyJsonException>(() => readBack(WithSchema(json, "{ \"version\": [1, { \"deep\": true }] }"))).Problems);

        Assert.Equal(("$.$schema", 1, 14, "expected a non-empty string; found the number 5."), (number.Path, number.Line, number.Column, number.Message));
        Assert.Equal(("$.$schema", "expected a non-empty string; found an object."), (nested.Path, nested.Message));
    }
}
