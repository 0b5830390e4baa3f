using System.Text.Json;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using NodaTime;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// The reports the document fixtures are made from (tests/…/Documents/Fixtures, made by tools/make-fixtures.sh): 平潭综合实验区's real
/// reports on 2022 and 2023 — their published figures, with the cells the data does not give left blank — and a county bureau's report on
/// 2024 with blank cells in every table and fees in 万元. The texts are written for the fixtures; the real sentence of 2022 that §12.7 turns
/// on is kept. Shared with tools/FixtureMaker, so it uses nothing of the test framework.
/// </summary>
internal static class FixtureReports
{
    /// <summary>The fixtures' names, each the stem of its files: <c>{name}.docx</c>, <c>{name}.lo.docx</c>, <c>{name}.lo.html</c>, <c>{name}.mso.html</c>, <c>{name}.pdf</c>.</summary>
    internal static readonly string[] Names = ["pingtan-2022", "pingtan-2023", "county-bureau-2024"];

    /// <summary>The report of the fixture <paramref name="name"/>, read from the real figures in <paramref name="pingtanJson"/>.</summary>
    internal static PublishedAnnualReport Get(string name, string pingtanJson) => name switch
    {
        "pingtan-2022" => Pingtan(pingtanJson, 2022, new PublishedDocumentCounts(88, 55, 698), new LocalDate(2023, 2, 20),
            "全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。\n全区依法答复，均在法定期限内办结。"),
        "pingtan-2023" => Pingtan(pingtanJson, 2023, new PublishedDocumentCounts(77, 132, 470), new LocalDate(2024, 3, 8),
            "2023年，全区新收政府信息公开申请81件，上年结转0件。"),
        "county-bureau-2024" => Bureau,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such fixture."),
    };

    /// <summary>Tables 三 and 四 of 平潭综合实验区's report on <paramref name="year"/> as the data gives them, in the 25 rows of the format.</summary>
    internal static (PublishedRequestTable Requests, PublishedRedressTable Redress) PingtanTables(string pingtanJson, int year)
    {
        using var json = JsonDocument.Parse(pingtanJson);
        var source = json.RootElement.GetProperty($"平潭综合实验区{year}");
        var table = PublishedRequestTable.Blank;
        var rows = source.GetProperty("table3").EnumerateObject().ToArray();
        if (rows.Length != RequestTable.Rows.Count)
        {
            throw new InvalidDataException($"The data gives {rows.Length} rows of table 三 for {year}; the format has {RequestTable.Rows.Count}.");
        }

        for (var r = 0; r < rows.Length; r++)
        {
            int?[] cells = [.. rows[r].Value.EnumerateArray().Select(cell => (int?)cell.GetInt32())];
            table = table.With(RequestTable.Rows[r], PublishedApplicantCounts.FromCells(cells));
        }

        PublishedRedressCounts Group(string group)
        {
            var cells = source.GetProperty("table4").GetProperty(group).EnumerateArray().Select(cell => cell.GetInt32()).ToArray();
            return new PublishedRedressCounts(cells[0], cells[1], cells[2], cells[3], cells[4]);
        }

        return (table, new PublishedRedressTable(Group("行政复议"), Group("直接起诉"), Group("复议后起诉")));
    }

    private static PublishedAnnualReport Pingtan(string pingtanJson, int year, PublishedDocumentCounts normative, LocalDate published, string requestsText)
    {
        var (requests, redress) = PingtanTables(pingtanJson, year);
        return new PublishedAnnualReport("平潭综合实验区", year)
        {
            PublishedOn = published,
            Sections =
            [
                $"{year}年，平潭综合实验区坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。\n全区各单位按照统一部署，及时更新政府信息公开目录。",
                $"{year}年，全区主动公开各类政府信息，通过政府网站、政务新媒体等渠道发布。",
                requestsText,
                "行政复议、行政诉讼情况见下表。",
                "一是公开内容的规范性有待提高；二是政策解读形式较为单一。\n下一步，将加强培训，提升公开质量。",
                "本年度未收取信息处理费。",
            ],
            Proactive = PublishedProactiveFigures.Blank with { Rules = new PublishedDocumentCounts(0, 0, 0), NormativeDocuments = normative },
            Requests = requests,
            Redress = redress,
        };
    }

    /// <summary>A county bureau's report on 2024, a department's by its name: cells left blank in each table, fees of 0.35 万元.</summary>
    internal static PublishedAnnualReport Bureau { get; } = new PublishedAnnualReport("示例县民政局", 2024)
    {
        Title = "示例县民政局2024年度政府信息公开工作年度报告",
        PublisherRole = BodyRole.Department,
        Sections =
        [
            "2024年，县民政局认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息126条。",
            "",
            "本年度新收政府信息公开申请9件，上年结转1件，予以公开5件。",
            "",
            "存在的主要问题：公开目录更新不够及时。\n改进措施：建立月度检查制度。",
            "本年度收取信息处理费0.35万元。",
        ],
        Proactive = new PublishedProactiveFigures(new PublishedDocumentCounts(0, 0, 0), new PublishedDocumentCounts(3, 1, null), 214, null, 0, 0.35m),
        Requests = BureauRequests(),
        Redress = new PublishedRedressTable(new PublishedRedressCounts(1, 0, 0, 0, 1), new PublishedRedressCounts(0, 0, null, 0, 0), PublishedRedressCounts.Blank),
    };

    private static PublishedRequestTable BureauRequests()
    {
        static PublishedApplicantCounts Row(int? natural, int? enterprise, int? total) => new(natural, enterprise, 0, 0, 0, 0, total);
        var table = PublishedRequestTable.Blank;
        foreach (var row in RequestTable.Rows)
        {
            table = table.With(row, Row(0, 0, 0));
        }

        return table
            .With(RequestTableRow.NewThisYear, Row(8, 1, 9))
            .With(RequestTableRow.CarriedOver, Row(1, 0, 1))
            .With(RequestTableRow.Disclosed, Row(4, 1, 5))
            .With(RequestTableRow.PartlyDisclosed, Row(2, 0, 2))
            .With(RequestTableRow.NotHeld, new PublishedApplicantCounts(2, null, 0, 0, 0, 0, 2))
            .With(RequestTableRow.Total, Row(8, 1, 9))
            .With(RequestTableRow.CarriedForward, Row(1, 0, 1))
            .With(RequestTableRow.OtherHandling, PublishedApplicantCounts.Blank);
    }
}
