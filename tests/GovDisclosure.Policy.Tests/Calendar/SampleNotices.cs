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
            { "name": "国庆节", "date": "2027-10-01", "isOffDay": true }
          ]
        }
        """;

    internal static Stream Utf8(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    internal static HolidayNotice Hypothetical2027 => HolidayNoticeJson.Read(Utf8(Hypothetical2027Json));
}
