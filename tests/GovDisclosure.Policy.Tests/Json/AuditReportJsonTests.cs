using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static GovDisclosure.Policy.Tests.Reporting.PublishedReports;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §12, §13: the audit of a published annual report as JSON — written in the schema's form, read back equal, the figures that follow from
/// the findings' kinds written for readers and never trusted on the way back.
/// </summary>
public sealed class AuditReportJsonTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static byte[] Written(AnnualReportAudit audit)
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteAudit(audit, stream);
        return stream.ToArray();
    }

    private static AuditReport Read(byte[] json) => PolicyJson.ReadAuditReport(new MemoryStream(json));

    private static byte[] Edited(byte[] json, Action<System.Text.Json.Nodes.JsonNode> edit)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    [Fact]
    public void Sec12_the_audit_of_the_real_2023_report_against_2022_reads_back_with_every_finding_place_and_figure()
    {
        var audit = Policy.Audit(Pingtan2023, Pingtan2022);

        var back = Read(Written(audit));

        Assert.Equal(PolicyJson.ToReport(audit), back);
        Assert.Equal(("平潭综合实验区2023年政府信息公开工作年度报告", "平潭综合实验区", 2023, BodyRole.Government), (back.Title, back.PublisherName, back.Year, back.PublisherRole));
        Assert.Equal((Pingtan2023.PublishedOn, new LocalDate(2024, 3, 31), Pingtan2022.Title), (back.PublishedOn, back.PublicationDue, back.LastYearTitle));
        Assert.Equal(audit.Findings.Select(f => (f.Kind, f.Place, f.Found, f.Expected, f.Message.Zh, f.Message.En)),
            back.Findings.Select(f => (f.Kind, f.Place, f.Found, f.Expected, f.MessageZh, f.MessageEn)));
        var documents = Assert.Single(back.Findings, finding => finding.Kind == AuditFindingKind.DocumentsInForce);
        Assert.Equal(("二/行政规范性文件/现行有效件数", 470m, 643m, "§12.6", true), (documents.Place.Path, documents.Found, documents.Expected, documents.Clause, documents.IsToExplain));
        Assert.Equal(audit.Similarities, back.Similarities);
        Assert.Equal(audit.HasErrors, back.HasErrors);
    }

    [Fact]
    public void Sec12_7_a_finding_in_the_text_keeps_its_section_and_sentence()
    {
        var audit = Policy.Audit(Pingtan2022);

        var ambiguous = Read(Written(audit)).Findings.First(finding => finding.Kind == AuditFindingKind.AmbiguousCount);

        Assert.Equal((ReportSection.Requests, Pingtan2022Received.TrimEnd('。'), "三", "一", "总计"),
            (ambiguous.Place.Section, ambiguous.Place.Sentence, ambiguous.Place.Table, ambiguous.Place.Row, ambiguous.Place.Column));
        Assert.Null(Read(Written(audit)).LastYearTitle);
        Assert.Empty(Read(Written(audit)).Similarities);
    }

    private static Gen<PublishedAnnualReport> Reports =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            int? Cell() => random.Next(6) == 0 ? null : random.Next(-2, 40);   // blank and negative cells are findings too
            var requests = RequestTable.Rows.Aggregate(Clean.Requests, (table, row) => random.Next(4) != 0 ? table
                : table.With(row, PublishedApplicantCounts.FromCells([Cell(), Cell(), Cell(), Cell(), Cell(), Cell(), Cell()])));
            var report = Clean with
            {
                Requests = requests,
                PublisherRole = random.Next(3) switch { 0 => null, 1 => BodyRole.Government, _ => BodyRole.Department },
                PublishedOn = random.Next(4) == 0 ? null : new LocalDate(2026, 1, 1).PlusDays(random.Next(120)),
            };
            return random.Next(2) == 0 ? report : report.WithText(ReportSection.OtherMatters, "本年度未收取信息处理费。收到申请" + random.Next(50) + "件。");
        });

    [Property(MaxTest = 60)]
    public Property Sec12_any_audit_with_or_without_last_years_report_reads_back_equal() =>
        Prop.ForAll(Reports.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (report, withLastYear) =>
        {
            var lastYear = withLastYear ? Clean with { Year = 2024, Title = "县民政局2024年政府信息公开工作年度报告" } : null;
            var audit = Policy.Audit(report, lastYear);
            return Read(Written(audit)).Equals(PolicyJson.ToReport(audit)).Label($"{audit}");
        });

    [Fact]
    public void Sec13_what_follows_from_the_kinds_is_written_for_readers_and_never_read_back()
    {
        var audit = Policy.Audit(Pingtan2023, Pingtan2022);
        var json = Edited(Written(audit), node =>
        {
            node["hasErrors"] = !audit.HasErrors;
            foreach (var finding in node["findings"]!.AsArray())
            {
                finding!["clause"] = "§0";
                finding["isToExplain"] = !finding["isToExplain"]!.GetValue<bool>();
                finding["place"]!["path"] = "elsewhere";
            }
        });

        var back = Read(json);

        Assert.Equal(PolicyJson.ToReport(audit), back);
        Assert.Equal(audit.HasErrors, back.HasErrors);
        Assert.Equal(audit.Findings.Select(f => (f.Clause, f.Kind.IsToExplain, f.Place.Path)), back.Findings.Select(f => (f.Clause, f.IsToExplain, f.Place.Path)));
    }

    [Fact]
    public void Sec13_a_misspelt_property_of_a_finding_is_one_problem_at_its_path_and_line()
    {
        var text = Encoding.UTF8.GetString(Written(Policy.Audit(Pingtan2022)));
        var at = text.IndexOf("\"found\"", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => Read(Encoding.UTF8.GetBytes(text[..at] + "\"foundd\"" + text[(at + 7)..]))).Problems);

        Assert.Equal(("$.findings[0].foundd", line, "an audit finding report has no property \"foundd\"."), (problem.Path, problem.Line, problem.Message));
    }

    [Fact]
    public void Sec13_a_finding_without_its_kind_or_a_report_with_an_unknown_kind_is_refused_with_its_path()
    {
        var json = Written(Policy.Audit(Pingtan2022));

        var missing = Assert.Single(Assert.Throws<PolicyJsonException>(() => Read(Edited(json, node => node["findings"]![0]!.AsObject().Remove("kind")))).Problems);
        var unknown = Assert.Single(Assert.Throws<PolicyJsonException>(() => Read(Edited(json, node => node["findings"]![1]!["kind"] = "Blank"))).Problems);

        Assert.Equal(("$.findings[0]", "the required property \"kind\" of an audit finding report is missing."), (missing.Path, missing.Message));
        Assert.Equal("$.findings[1].kind", unknown.Path);
        Assert.StartsWith("\"Blank\" is not a AuditFindingKind code; valid codes: Balance, RowTotal,", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_written_audit_conforms_to_its_schema_which_lists_each_objects_properties_in_the_order_written()
    {
        var json = Written(Policy.Audit(Pingtan2023, Pingtan2022));
        var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "audit-report.schema.json"))).RootElement;
        var written = JsonDocument.Parse(json).RootElement;
        static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name);

        Assert.Empty(SchemaValidationTests.Violations(SchemaValidationTests.Load("audit-report.schema.json"), json));
        Assert.Equal(Names(schema.GetProperty("properties")), Names(written));
        Assert.Equal(Names(schema.GetProperty("$defs").GetProperty("finding").GetProperty("properties")), Names(written.GetProperty("findings")[0]));
        Assert.Equal(Names(schema.GetProperty("$defs").GetProperty("place").GetProperty("properties")), Names(written.GetProperty("findings")[0].GetProperty("place")));
        Assert.Equal(Names(schema.GetProperty("$defs").GetProperty("similarity").GetProperty("properties")), Names(written.GetProperty("similarities")[0]));
        Assert.NotEmpty(SchemaValidationTests.Violations(SchemaValidationTests.Load("audit-report.schema.json"), Edited(json, node => node["findings"]![0]!["kind"] = "Blank")));
    }

    [Fact]
    public void Sec12_the_audit_schema_lists_exactly_the_librarys_finding_kinds_and_sections()
    {
        var defs = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "audit-report.schema.json"))).RootElement.GetProperty("$defs");

        Assert.Equal(AuditFindingKind.InOrder.Select(kind => kind.Name), defs.GetProperty("finding").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ReportSection.InOrder.Select(section => section.Name), defs.GetProperty("similarity").GetProperty("properties").GetProperty("section").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Sec12_a_report_has_errors_exactly_when_a_finding_is_not_one_to_explain()
    {
        var report = PolicyJson.ToReport(Policy.Audit(Pingtan2023, Pingtan2022));
        var toExplain = report.Findings.Where(finding => finding.IsToExplain).ToList();
        var errors = report.Findings.Where(finding => !finding.IsToExplain).ToList();

        Assert.NotEmpty(toExplain);
        Assert.NotEmpty(errors);
        Assert.True(report.HasErrors);
        Assert.False((report with { Findings = toExplain }).HasErrors);
        Assert.True((report with { Findings = errors }).HasErrors);
        Assert.False((report with { Findings = [] }).HasErrors);
    }

    [Fact]
    public void Sec13_an_audit_report_that_is_not_an_object_says_what_was_expected()
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => Read("null"u8.ToArray())).Problems);

        Assert.Equal(("$", "expected an audit report; found null."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec13_writing_or_reading_nothing_is_refused_by_name()
    {
        Assert.Equal("audit", Assert.ThrowsAny<ArgumentNullException>(() => PolicyJson.ToReport((AnnualReportAudit)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.ThrowsAny<ArgumentNullException>(() => PolicyJson.WriteAudit(Policy.Audit(Clean), null!)).ParamName);
        Assert.Equal("utf8Json", Assert.ThrowsAny<ArgumentNullException>(() => PolicyJson.ReadAuditReport(null!)).ParamName);
    }
}
