using System.Text;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Notices made up for tests. The 2027 one is hypothetical: the real 2027 notice was not in the data.</summary>
internal static class SampleNotices
{
    internal const string Hypothetical2027Json = """
        {
          "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
          "year": 2027,
          "papers": ["https://example.invalid/notice-2027"],
          "days": [
            { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
            { "name": "春节", "date": "2027-02-05", "isOffDay": true },
            { "name": "春节", "date": "2027-02-06", "isOffDay": true },
            { "name": "春节", "date": "2027-02-07", "isOffDay": true },
            { "name": "春节", "date": "2027-02-08", "isOffDay": true },
            { "name": "春节", "date": "2027-02-09", "isOffDay": true },
            { "name": "春节", "date": "2027-02-10", "isOffDay": true },
            { "name": "春节", "date": "2027-02-11", "isOffDay": true },
            { "name": "春节", "date": "2027-02-20", "isOffDay": false },
            { "name": "清明节", "date": "2027-04-05", "isOffDay": true },
            { "name": "劳动节", "date": "2027-05-01", "isOffDay": true },
            { "name": "劳动节", "date": "2027-05-02", "isOffDay": true },
            { "name": "劳动节", "date": "2027-05-03", "isOffDay": true },
            { "name": "端午节", "date": "2027-06-09", "isOffDay": true },
            { "name": "中秋节", "date": "2027-09-15", "isOffDay": true },
            { "name": "国庆节", "date": "2027-10-01", "isOffDay": true },
            { "name": "国庆节", "date": "2027-10-02", "isOffDay": true },
            { "name": "国庆节", "date": "2027-10-03", "isOffDay": true }
          ]
        }
        """;

    /// <summary>The same made-up 2027 notice as text, in the State Council's short style.</summary>
    internal const string Hypothetical2027Text = """
        https://example.invalid/notice-2027
        一、元旦：1月1日（周五）放假，与周末连休。
        二、春节：2月5日（农历除夕、周五）至11日（农历正月初六、周四）放假调休，共7天。2月20日（周六）上班。
        三、清明节：4月5日（周一）放假，与周末连休。
        四、劳动节：5月1日（周六）至3日（周一）放假，共3天。
        五、端午节：6月9日（周三）放假，共1天。
        六、中秋节：9月15日（周三）放假，共1天。
        七、国庆节：10月1日（周五）至3日（周日）放假，共3天。
        """;

    /// <summary>A whole notice for <paramref name="year"/>: its statutory days off, with <paramref name="days"/> replacing them on the same dates.</summary>
    internal static HolidayNotice Whole(int year, params NoticeDay[] days)
    {
        var given = days.Select(day => day.Date).ToHashSet();
        return new HolidayNotice(year, StatutoryHolidays.ForYear(year).Where(day => !given.Contains(day.Date)).Concat(days));
    }

    internal static Stream Utf8(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    internal static HolidayNotice Hypothetical2027 => HolidayNoticeJson.Read(Utf8(Hypothetical2027Json));
}
