using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// D1, §11: the official notices, amendments and a regional notice under attack — characters flipped, lines cut, repeated and stretched,
/// digits made full width or foreign, numbers made huge, byte-order marks and every line ending. The readers may refuse with
/// <see cref="CalendarDataException"/> only; and a text read after a change that keeps its meaning (line endings, spaces at the ends of
/// lines, a byte-order mark) reads exactly as before, accepted or refused.
/// </summary>
public sealed class NoticeTextFuzzProperties
{
    private static readonly string[] Insertions =
    [
        "99999999999", "9999年12月30日", "0000年", "12月", "31日", "至", "—", "，", "。", "：", "（", "）", "、", "共", "天", "放假", "上班", "调休", "补休",
        "调至", "法定节假日", "公休日", "调整", "延长", "假期至", "放假安排", "一二三", "二十十", "百百", "星期八", "周日", "\uFEFF", "\uFFFD", "١", "१", "\r", "\n",
        "https://", new string(' ', 2000), new string('，', 1200), string.Concat(Enumerable.Repeat("调整", 300)), "关于2027年部分节假日安排的通知\n",
    ];

    private static readonly string Regional = "http://www.gxzf.gov.cn/zfwj/t0001.shtml\n一、壮族三月三：4月21日（星期五）至23日（星期日）放假，共3天。";

    private static Gen<int> Seeds => Gen.Choose(0, int.MaxValue);

    private static Gen<int> Years => Gen.Choose(2007, 2026);

    /// <summary>One to three changes of <paramref name="text"/>, chosen by <paramref name="seed"/>.</summary>
    internal static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var chars = text.ToList();
        for (var round = 0; round < 1 + random.Next(3); round++)
        {
            var at = random.Next(chars.Count + 1);
            var length = Math.Min(random.Next(1, 30), chars.Count - Math.Min(at, chars.Count));
            switch (random.Next(6))
            {
                case 0 when at < chars.Count:
                    chars[at] = (char)random.Next(0x20, 0xA000);
                    break;
                case 1:
                    chars.RemoveRange(at, random.Next(2) == 0 ? chars.Count - at : length);
                    break;
                case 2:
                    chars.InsertRange(at, Enumerable.Repeat(chars.GetRange(at, length), 1 + random.Next(40)).SelectMany(part => part));
                    break;
                case 3:
                    for (var i = 0; i < chars.Count; i++)
                    {
                        chars[i] = chars[i] is >= '0' and <= '9' && random.Next(2) == 0 ? (char)(chars[i] - '0' + '０') : chars[i];
                    }

                    break;
                default:
                    chars.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                    break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>The same text as the State Council might have saved it elsewhere: CRLF or CR, spaces after lines, a byte-order mark.</summary>
    private static string Resaved(string text, int seed)
    {
        var random = new Random(seed);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => line + (random.Next(3) == 0 ? " \u3000\t" : ""));
        return (random.Next(2) == 0 ? "\uFEFF" : "") + string.Join(random.Next(2) == 0 ? "\r\n" : "\r", lines);
    }

    /// <summary>What a reader made of a text: its days and papers, or the problems it refused it with. Anything else thrown fails the property.</summary>
    private static string Outcome<T>(Func<T> read, Func<T, IEnumerable<object>> parts)
    {
        try
        {
            return string.Join("\n", parts(read()));
        }
        catch (CalendarDataException e)
        {
            return "refused: " + e.ProblemCount + "\n" + string.Join("\n", e.Problems);
        }
    }

    private static string Notice(int year, string text) => Outcome(() => HolidayNotice.ParseText(year, text), n => [.. n.Days, .. n.Papers]);

    [Property(MaxTest = 400)]
    public Property D1_a_mutated_notice_is_read_or_refused_and_reads_the_same_when_resaved() =>
        Prop.ForAll(Years.ToArbitrary(), Seeds.ToArbitrary(), (year, seed) =>
        {
            var text = Mutate(NoticeTextOfficialTests.Blocks(year)[0].Text, seed);

            Assert.Equal(Notice(year, text), Notice(year, Resaved(text, seed)));
        });

    [Property(MaxTest = 200)]
    public Property D1_a_mutated_amendment_is_read_or_refused_and_reads_the_same_when_resaved() =>
        Prop.ForAll(Gen.Elements(2015, 2019, 2020).ToArbitrary(), Seeds.ToArbitrary(), (year, seed) =>
        {
            var blocks = NoticeTextOfficialTests.Blocks(year);
            var notice = HolidayNotice.ParseText(year, blocks[0].Text);
            var text = Mutate(blocks[1].Text, seed);
            string Read(string t) => Outcome(() => NoticeAmendment.ParseText(notice, t, "纪念日"), a => [.. a.Days, .. a.Papers]);

            Assert.Equal(Read(text), Read(Resaved(text, seed)));
        });

    [Property(MaxTest = 200)]
    public Property Sec11_a_mutated_regional_notice_is_read_or_refused_and_reads_the_same_when_resaved() =>
        Prop.ForAll(Seeds.ToArbitrary(), seed =>
        {
            var text = Mutate(Regional, seed);
            string Read(string t) => Outcome(() => RegionalNotice.ParseText(new RegionCode(450000), "广西壮族自治区", 2023, t), n => [.. n.Days, .. n.Papers]);

            Assert.Equal(Read(text), Read(Resaved(text, seed)));
        });

    [Property(MaxTest = 40)]
    public Property D1_every_official_notice_reads_the_same_when_resaved() =>
        Prop.ForAll(Years.ToArbitrary(), Seeds.ToArbitrary(), (year, seed) =>
        {
            var text = NoticeTextOfficialTests.Blocks(year)[0].Text;

            Assert.Equal(Notice(year, text), Notice(year, Resaved(text, seed)));
            Assert.DoesNotContain("refused", Notice(year, text), StringComparison.Ordinal);
        });
}
