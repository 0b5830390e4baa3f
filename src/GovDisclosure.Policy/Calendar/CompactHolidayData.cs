using System.Text;

namespace GovDisclosure.Policy;

/// <summary>
/// The library's compact binary form of holiday notices, embedded as <c>holiday-cn.bin</c> so that the
/// official calendar loads without parsing JSON. Layout (little-endian; counts and string lengths 7-bit encoded):
/// <code>
/// "GDHC" version:byte
/// source: name url revision:string revisionDate:int32(yyyymmdd) licence:string
/// names: count, string…          (holiday names as the notices spell them)
/// notices: count, then per notice:
///   year:int16  papers: count, string…
///   days: count, then per day: offset:int16 (days from 1 January of the notice year)  flags:byte (bit 7 off day, bits 0–6 name index)
/// </code>
/// </summary>
internal static class CompactHolidayData
{
    private const byte FormatVersion = 1;
    private static readonly byte[] Magic = "GDHC"u8.ToArray();

    internal static void Write(Stream stream, CalendarDataSource source, IReadOnlyList<HolidayNotice> notices)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(source.Name);
        writer.Write(source.Url);
        writer.Write(source.Revision);
        writer.Write((source.RevisionDate.Year * 10000) + (source.RevisionDate.Month * 100) + source.RevisionDate.Day);
        writer.Write(source.Licence);

        var names = notices.SelectMany(notice => notice.Days).Select(day => day.Name).Distinct().ToList();
        if (names.Count > 127)
        {
            throw new InvalidOperationException($"The compact format holds at most 127 holiday names; the notices use {names.Count}.");
        }

        writer.Write7BitEncodedInt(names.Count);
        names.ForEach(writer.Write);
        writer.Write7BitEncodedInt(notices.Count);
        foreach (var notice in notices)
        {
            writer.Write((short)notice.Year);
            writer.Write7BitEncodedInt(notice.Papers.Count);
            foreach (var paper in notice.Papers)
            {
                writer.Write(paper);
            }

            var newYear = new LocalDate(notice.Year, 1, 1);
            writer.Write7BitEncodedInt(notice.Days.Count);
            foreach (var day in notice.Days)
            {
                writer.Write((short)Period.Between(newYear, day.Date, PeriodUnits.Days).Days);
                writer.Write((byte)((day.IsOffDay ? 0x80 : 0) | names.IndexOf(day.Name)));
            }
        }
    }

    internal static (CalendarDataSource Source, HolidayNotice[] Notices) Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != FormatVersion)
            {
                throw new CalendarDataException([$"the stream is not compact holiday data of format version {FormatVersion}."]);
            }

            var name = reader.ReadString();
            var url = reader.ReadString();
            var revision = reader.ReadString();
            var date = reader.ReadInt32();
            var source = new CalendarDataSource(name, url, revision, new LocalDate(date / 10000, date / 100 % 100, date % 100), reader.ReadString());

            var names = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.ReadString();
            }

            var notices = new HolidayNotice[reader.Read7BitEncodedInt()];
            for (var i = 0; i < notices.Length; i++)
            {
                int year = reader.ReadInt16();
                var papers = new string[reader.Read7BitEncodedInt()];
                for (var p = 0; p < papers.Length; p++)
                {
                    papers[p] = reader.ReadString();
                }

                var newYear = new LocalDate(year, 1, 1);
                var days = new NoticeDay[reader.Read7BitEncodedInt()];
                for (var d = 0; d < days.Length; d++)
                {
                    var offset = reader.ReadInt16();
                    var flags = reader.ReadByte();
                    days[d] = new NoticeDay(newYear.PlusDays(offset), (flags & 0x80) != 0, names[flags & 0x7F]);
                }

                notices[i] = new HolidayNotice(year, days, papers);
            }

            return (source, notices);
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            throw new CalendarDataException("the compact holiday data is truncated or corrupt.", e);
        }
    }
}
