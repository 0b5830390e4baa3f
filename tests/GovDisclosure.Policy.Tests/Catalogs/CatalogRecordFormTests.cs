using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Calendar;
using GovDisclosure.Policy.Tests.Evaluation;
using static GovDisclosure.Policy.Tests.Catalogs.CatalogEvaluationTests;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>A row record's own form (§10, D35): what counts in its equality, and its JSON in a register read whole or streamed.</summary>
public sealed class CatalogRecordFormTests
{
    [Fact]
    public void Sec10_a_row_record_keeps_its_catalog_and_row_and_they_count_in_its_equality()
    {
        var record = new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县民政", "2"), Made, [Website(Made)]) { Subject = "第一批" };

        Assert.Equal((ObligationKey.InCatalog("某县民政", "2"), (DisclosureItem?)null), (record.Obligation, record.Item));
        Assert.NotEqual(record, new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县民政", "3"), Made, [Website(Made)]) { Subject = "第一批" });
        Assert.NotEqual(record, new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县养老", "2"), Made, [Website(Made)]) { Subject = "第一批" });
        Assert.Equal(record, new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县民政", "2"), Made, [Website(Made)]) { Subject = "第一批" });
        ArgumentAssert.Throws<ArgumentNullException>(() => new DisclosureRecord("a", "mzj", ObligationKey.InCatalog(null!, "2"), Made, []));
        ArgumentAssert.Throws<ArgumentNullException>(() => new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县民政", null!), Made, []));
    }

    [Fact]
    public void Sec10_D35_a_publications_national_channels_and_take_down_day_count_in_its_equality_and_are_copied()
    {
        var channels = new List<NationalChannel> { NationalChannel.NoticeBoard };
        var publication = new Publication(Made, []) { NationalChannels = channels, TakenDownOn = Made.PlusDays(8) };
        channels.Add(NationalChannel.Other);

        Assert.Equal([NationalChannel.NoticeBoard], publication.NationalChannels);
        Assert.NotEqual(publication, publication with { TakenDownOn = null });
        Assert.NotEqual(publication, publication with { NationalChannels = [NationalChannel.Other] });
        Assert.Equal(publication, new Publication(Made, []) { NationalChannels = [NationalChannel.NoticeBoard], TakenDownOn = Made.PlusDays(8) });
        Assert.Empty(new Publication(Made, []).NationalChannels);
        Assert.Same(publication.NationalChannels, publication.NationalChannels);   // one view, made on first read
        ArgumentAssert.Throws<ArgumentNullException>(() => new Publication(Made, []) { NationalChannels = [null!] });
    }

    [Fact]
    public void Sec10_two_units_differ_in_any_one_of_their_members()
    {
        var unit = Bureau;
        Body[] others =
        [
            unit with { Id = "other" }, unit with { Name = "其他" }, unit with { Type = BodyType.School }, unit with { Principal = new PrincipalLeader("新局长", Made) },
            unit with { SupervisionContact = null }, unit with { Level = AdministrativeLevel.City }, unit with { Role = BodyRole.Department },
            unit with { Catalogs = ["某县民政"] },
        ];

        Assert.All(others, other => Assert.False(unit.Equals(other)));
        Assert.False(unit.Equals(null));
        Assert.True(unit.Equals(Bureau));
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private const string Bodies = """
          "bodies": [
            { "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王局长", "tookOffice": "2020-03-01" }, "catalogs": ["某县民政"] }
          ],
        """;

    [Fact]
    public void Sec10_a_row_record_in_json_names_its_catalog_and_row_and_its_publications_national_channels_and_take_down()
    {
        var json = $$"""
            {
              "year": 2024,
            {{Bodies}}
              "records": [
                { "id": "list", "body": "mzj", "catalog": "某县民政", "row": "2", "trigger": "2024-03-01",
                  "publications": [ { "date": "2024-03-04", "channels": ["GovernmentPortal"], "nationalChannels": ["NoticeBoard"], "takenDownOn": "2024-03-08" } ] }
              ]
            }
            """;

        var record = Assert.Single(PolicyJson.ReadRegister(Utf8(json)).Records);
        var streamed = PolicyJson.EvaluateRegister(CatalogEvaluationTests.Policy, Utf8(json), YearEnd);

        Assert.Equal(Row("list", "2", Made, new Publication(new LocalDate(2024, 3, 4), [Channel.GovernmentPortal])
        {
            NationalChannels = [NationalChannel.NoticeBoard],
            TakenDownOn = new LocalDate(2024, 3, 8),
        }), record);
        Assert.Contains(streamed.Findings, f => f.Kind == FindingKind.TakenDownEarly && f.SubjectId == "list");
    }

    [Fact]
    public void Sec10_json_refuses_a_record_naming_a_row_and_an_entry_or_half_a_row()
    {
        var json = $$"""
            {
              "year": 2024,
            {{Bodies}}
              "records": [
                { "id": "both", "body": "mzj", "entry": "IM1", "catalog": "某县民政", "row": "1", "trigger": "2024-03-01" },
                { "id": "half", "body": "mzj", "catalog": "某县民政", "trigger": "2024-03-01" },
                { "id": "down", "body": "mzj", "catalog": "某县民政", "row": "1", "trigger": "2024-03-01",
                  "publications": [ { "date": "2024-03-04", "channels": [], "takenDownOn": "2024-03-04" } ] }
              ]
            }
            """;

        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(Utf8(json))).Problems;

        Assert.Equal(["$.records[0]", "$.records[1]", "$.records[2]"], problems.Select(p => p.Path));
        Assert.Contains("a record names one obligation: a county catalog's row", problems[0].Message);
        Assert.Contains("taken down on 2024-03-04", problems[2].Message);
    }

    [Fact]
    public void Sec10_a_streamed_evaluation_refuses_the_row_records_and_catalogs_the_policy_cannot_judge_with_their_paths()
    {
        var json = $$"""
            {
              "year": 2024,
            {{Bodies}}
              "records": [
                { "id": "on-request", "body": "mzj", "catalog": "某县民政", "row": "8", "trigger": "2024-03-01" },
                { "id": "q2-a", "body": "mzj", "catalog": "某县民政", "row": "5", "trigger": "2024-05-06" },
                { "id": "q2-b", "body": "mzj", "catalog": "某县民政", "row": "5", "trigger": "2024-06-03" },
                { "id": "early", "body": "mzj", "catalog": "某县民政", "row": "5", "trigger": "2024-08-15",
                  "publications": [ { "date": "2024-06-28", "channels": [], "nationalChannels": ["GovernmentWebsite"] } ] }
              ]
            }
            """;

        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(CatalogEvaluationTests.Policy, Utf8(json), YearEnd)).Problems;
        var unassigned = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default.WithCatalog(Care), Utf8(json), YearEnd)).Problems;

        Assert.Equal(["$.records[0]", "$.records[2]", "$.records[3]"], problems.Select(p => p.Path));
        Assert.Contains("before its obligation starts on 2024-07-01", problems[2].Message);
        Assert.Contains("disclosed on request only", problems[0].Message);
        Assert.Contains("another record already covers 某县民政 序号5 of mzj", problems[1].Message);
        Assert.Equal("$.bodies[0].catalogs", Assert.Single(unassigned).Path);
        Assert.Contains("the body \"mzj\" is assigned the catalog \"某县民政\"", unassigned[0].Message);
    }
}
