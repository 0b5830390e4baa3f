using System.Text;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The text readers on hostile input (D1, D35, §10): each shape of the fuzz run's reproducers at 1 KB, 16 KB and 256 KB of text, against
/// well-formed notice lines of the same size in the same run. Linear readers show the same time per kilobyte at every size; a reader that
/// backtracked or quoted every mistake whole would grow with the square.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(6)]
public class HostileInputBenchmarks
{
    private const string Header = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";

    private static readonly string[] OfficialLines =
    [
        "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
        "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。",
        "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。",
        "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。",
    ];

    private string wellFormed = "";
    private string spaces = "";
    private string keywords = "";
    private string commas = "";
    private string mistakes = "";
    private byte[] unknownChannels = [];
    private string numeral = "";

    /// <summary>The size of each input, in kilobytes of text (characters / 1,024).</summary>
    [Params(1, 16, 256)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var size = Kilobytes * 1024;
        wellFormed = Lines(i => OfficialLines[i % OfficialLines.Length], size);
        spaces = "a" + new string(' ', size - 2) + "b";
        keywords = Lines(_ => string.Concat(Enumerable.Repeat("调整", 490)), size);
        commas = Lines(_ => "1月1日" + new string('，', 990) + "放假", size);
        mistakes = Lines(_ => "元旦：1月1日（星期三）放假。", size);
        var channels = string.Join("、", Enumerable.Repeat("某某", size / 3));
        unknownChannels = Encoding.UTF8.GetBytes($"{Header}\n1,最低生活保障,政策文件,低保政策,《社会救助暂行办法》,制定或获取信息之日起10个工作日内,县级民政部门,{channels},全社会,主动,县级");
        numeral = "制定或获取信息之日起" + string.Concat(Enumerable.Repeat("九千九百九十九", size / 7)) + "个工作日内";
    }

    [Benchmark(Baseline = true, Description = "Well-formed notice lines")]
    public int WellFormed() => Notice(wellFormed);

    [Benchmark(Description = "One line of spaces")]
    public int Spaces() => Notice(spaces);

    [Benchmark(Description = "Lines of 调整")]
    public int Keywords() => Notice(keywords);

    [Benchmark(Description = "Dated lines of commas")]
    public int Commas() => Notice(commas);

    [Benchmark(Description = "A mistake on every line")]
    public int Mistakes() => Notice(mistakes);

    [Benchmark(Description = "A catalog cell of unknown channels")]
    public int UnknownChannels()
    {
        try
        {
            return CountyCatalog.ReadCsv(new MemoryStream(unknownChannels), "民政").Rows.Count;
        }
        catch (CatalogDataException e)
        {
            return e.ProblemCount;
        }
    }

    [Benchmark(Description = "A time limit of one long numeral")]
    public int Numeral() => TimeLimit.TryParse(numeral, out _) ? 1 : 0;

    private static int Notice(string text)
    {
        try
        {
            return HolidayNotice.ParseText(2026, text).Days.Count;
        }
        catch (CalendarDataException e)
        {
            return e.ProblemCount;
        }
    }

    private static string Lines(Func<int, string> line, int size)
    {
        var text = new StringBuilder(size + 1000);
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString(0, size);
    }
}
