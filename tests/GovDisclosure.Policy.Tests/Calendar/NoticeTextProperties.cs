using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D1: a notice rendered as text in the State Council's short style reads back as the same days, for any year and arrangement.</summary>
public sealed class NoticeTextProperties
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    [Property(MaxTest = 300)]
    public Property D1_parsing_a_rendered_notice_gives_back_its_days() =>
        Prop.ForAll(Gen.Choose(StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (year, seed) =>
        {
            var (text, days) = Render(year, new Random(seed));

            var notice = HolidayNotice.ParseText(year, text);

            Assert.Equal(days.OrderBy(day => day.Date).Select(day => day.ToString()), notice.Days.Select(day => day.ToString()));
        });

    /// <summary>
    /// A random whole notice for <paramref name="year"/> and its text: each statutory holiday widened by a few days, holidays that touch
    /// joined under one heading ("中秋节、国庆节"), up to two weekend make-up days each; dates with or without their year, weekdays written
    /// as 星期六, 周六 or 星期天 or not at all, counts in digits or Chinese numerals.
    /// </summary>
    internal static (string Text, List<NoticeDay> Days) Render(int year, Random random)
    {
        var arrangements = new List<(string Name, LocalDate Start, LocalDate End)>();
        foreach (var (holiday, dates) in StatutoryHolidays.ByHoliday(year).OrderBy(h => h.Dates[0]))
        {
            var start = dates[0].PlusDays(-random.Next(0, 3));
            var end = dates[^1].PlusDays(random.Next(0, 4));
            if (arrangements.Count > 0 && start <= arrangements[^1].End.PlusDays(1))
            {
                var last = arrangements[^1];
                arrangements[^1] = ($"{last.Name}、{holiday.Label.Zh}", LocalDate.Min(last.Start, start), LocalDate.Max(last.End, end));
            }
            else
            {
                arrangements.Add((holiday.Label.Zh, start, end));
            }
        }

        var first = new LocalDate(year - 1, 12, 1);
        var taken = arrangements.SelectMany(a => Days(a.Start, a.End)).ToHashSet();
        var text = new StringBuilder();
        var days = new List<NoticeDay>();
        for (var i = 0; i < arrangements.Count; i++)
        {
            var (name, start, end) = arrangements[i];
            var count = Period.DaysBetween(start, end) + 1;
            text.Append($"{Ordinals[i]}、{name}：{Date(start, year, random, withMonth: true)}");
            if (end > start)
            {
                text.Append($"至{Date(end, year, random, withMonth: end.Month != start.Month || random.Next(2) == 0)}");
            }

            text.Append(random.Next(2) == 0 ? "放假调休" : "放假").Append(random.Next(3) == 0 ? "。" : $"，共{Count(count, random)}天。");
            days.AddRange(Days(start, end).Select(date => new NoticeDay(date, isOffDay: true, name)));

            var makeUps = Days(start.PlusDays(-10), start.PlusDays(-1)).Concat(Days(end.PlusDays(1), end.PlusDays(10)))
                .Where(date => date >= first && date.Year <= year && date.DayOfWeek >= IsoDayOfWeek.Saturday && !taken.Contains(date))
                .OrderBy(_ => random.Next()).Take(random.Next(0, 3)).Order().ToArray();
            if (makeUps.Length > 0)
            {
                text.Append(string.Join("、", makeUps.Select(date => Date(date, year, random, withMonth: true)))).Append("上班。");
                days.AddRange(makeUps.Select(date => new NoticeDay(date, isOffDay: false, name)));
                taken.UnionWith(makeUps);
            }

            text.Append('\n');
        }

        return (text.ToString(), days);
    }

    private static IEnumerable<LocalDate> Days(LocalDate start, LocalDate end)
    {
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            yield return date;
        }
    }

    private static string Date(LocalDate date, int year, Random random, bool withMonth)
    {
        var written = (date.Year != year && random.Next(2) == 0) || random.Next(8) == 0 ? $"{date.Year}年{date.Month}月" : withMonth ? $"{date.Month}月" : "";
        var weekday = "一二三四五六日"[(int)date.DayOfWeek - 1];
        var note = random.Next(4) switch
        {
            0 => "",
            1 => $"（星期{weekday}）",
            2 => $"（周{weekday}）",
            _ => date.DayOfWeek == IsoDayOfWeek.Sunday ? "（星期天）" : $"（农历某日、星期{weekday}）",
        };
        return $"{written}{date.Day}日{note}";
    }

    private static string Count(int n, Random random)
    {
        if (random.Next(2) == 0)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        const string Digits = "零一二三四五六七八九";
        return n < 10 ? Digits[n].ToString() : $"{(n >= 20 ? Digits[n / 10].ToString() : "")}十{(n % 10 == 0 ? "" : Digits[n % 10].ToString())}";
    }
}
