namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>Published reports made from a seed, for the round trips: any figure or a blank in every cell (negative figures too, which a
/// report may print and the audit names), fees in 万元 to the cent, publishers of every role a title can name, sections of zero to three
/// lines.</summary>
internal static class GeneratedReports
{
    /// <summary>Publishers, each with the role its name gives (null: the name says nothing).</summary>
    internal static readonly (string Name, BodyRole? Role)[] Publishers =
    [
        ("某县人民政府", BodyRole.Government), ("某县民政局", BodyRole.Department), ("平潭综合实验区", null), ("某市发展和改革委员会", BodyRole.Department),
        ("某县人民政府办公室", BodyRole.Department), ("某县卫生健康委", BodyRole.Department), ("某区政务服务中心", null), ("某县医疗保障办", BodyRole.Department),
    ];

    private static readonly string[] Lines =
    [
        "本年度主动公开政府信息1200条，其中政策文件35件。", "全年收到政府信息公开申请12件，均按时答复。", "一是公开目录更新不够及时。",
        "二是政策解读形式单一；下一步将加强培训。", "本年度未收取信息处理费。", "全区依法受理行政复议案件2件。", "（一）规章和规范性文件",
        "Web 平台 2.0 版上线，访问量 35,000 次。",
    ];

    internal static PublishedAnnualReport Make(int seed)
    {
        var random = new Random(seed);
        int? Cell() => random.Next(10) == 0 ? null : random.Next(-3, 400);
        var (name, role) = Publishers[random.Next(Publishers.Length)];
        var table = PublishedRequestTable.Blank;
        foreach (var row in RequestTable.Rows)
        {
            table = table.With(row, new PublishedApplicantCounts(Cell(), Cell(), Cell(), Cell(), Cell(), Cell(), Cell()));
        }

        PublishedRedressCounts Group() => new(Cell(), Cell(), Cell(), Cell(), Cell());
        PublishedDocumentCounts Documents() => new(Cell(), Cell(), Cell());
        string Text() => string.Join("\n", Enumerable.Range(0, random.Next(4)).Select(_ => Lines[random.Next(Lines.Length)]));
        return new PublishedAnnualReport(name, random.Next(2021, 2031))
        {
            PublisherRole = role,
            Sections = [Text(), Text(), Text(), Text(), Text(), Text()],
            Proactive = new PublishedProactiveFigures(Documents(), Documents(), Cell(), Cell(), Cell(), random.Next(5) == 0 ? null : random.Next(0, 100000) / 100m),
            Requests = table,
            Redress = new PublishedRedressTable(Group(), Group(), Group()),
        };
    }
}
