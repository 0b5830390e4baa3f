namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The library's compact binary form of holiday notices, embedded as <c>EmbeddedHolidayData.Bytes</c> so that the
/// official calendar loads without parsing JSON or building an object per day. Layout (little-endian;
/// counts 7-bit encoded; a string is its length in UTF-16 code units, then the code units):
/// <code>
/// "GDHC" version:byte
/// source: name url revision:string revisionDate:int32(yyyymmdd) licence:string
/// names: count, string…          (holiday names as the notices spell them)
/// days: count                     (of all notices together)
/// notices: count, then per notice:
///   year:int16  papers: count, string…
///   days: count, then per day: yearDelta:sbyte (0, or -1 for the December before) month:byte day:byte
///                              flags:byte (bit 7 day off, bits 0–6 name index)
/// </code>
/// </summary>
internal static class CompactHolidayData
{
    internal const byte FormatVersion = 1;
    internal const byte OffDayFlag = 0x80;
    internal const int MaxNames = 0x7F;

    /// <summary>
    /// Reads compact data. A span reader rather than <see cref="BinaryReader"/>, bytes compiled into the
    /// assembly rather than a manifest resource, and UTF-16 strings rather than UTF-8 ones: each of the
    /// alternatives costs a millisecond or more of start-up.
    /// </summary>
    internal static NoticeData Read(ReadOnlySpan<byte> bytes, out CalendarDataSource source)
    {
        var reader = new SpanReader(bytes);
        try
        {
            if (reader.ReadByte() != 'G' || reader.ReadByte() != 'D' || reader.ReadByte() != 'H' || reader.ReadByte() != 'C' ||
                reader.ReadByte() != FormatVersion)
            {
                throw Corrupt("it is not compact holiday data of format version 1.");
            }

            var name = reader.ReadString();
            var url = reader.ReadString();
            var revision = reader.ReadString();
            var date = reader.ReadInt32();
            source = new CalendarDataSource(name, url, revision, new LocalDate(date / 10000, date / 100 % 100, date % 100), reader.ReadString());

            var names = new string[reader.Read7BitEncodedInt()];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.ReadString();
            }

            var dayCount = reader.Read7BitEncodedInt();
            var dayYear = new int[dayCount];
            var dayMonth = new byte[dayCount];
            var dayOfMonth = new byte[dayCount];
            var isOff = new bool[dayCount];
            var dayName = new int[dayCount];
            var count = 0;
            var noticeCount = reader.Read7BitEncodedInt();
            var years = new int[noticeCount];
            var papers = new string[noticeCount][];
            var dayStart = new int[noticeCount + 1];
            for (var n = 0; n < noticeCount; n++)
            {
                years[n] = reader.ReadInt16();
                papers[n] = new string[reader.Read7BitEncodedInt()];
                for (var p = 0; p < papers[n].Length; p++)
                {
                    papers[n][p] = reader.ReadString();
                }

                dayStart[n] = count;
                for (var d = reader.Read7BitEncodedInt(); d > 0; d--)
                {
                    var year = years[n] + (sbyte)reader.ReadByte();
                    var month = reader.ReadByte();
                    var day = reader.ReadByte();
                    var flags = reader.ReadByte();
                    if (month is < 1 or > 12 || day < 1 || day > WorkingDayRanks.DaysInMonth(year, month) || (flags & MaxNames) >= names.Length)
                    {
                        throw Corrupt("it lists an impossible day or holiday name.");
                    }

                    dayYear[count] = year;
                    dayMonth[count] = month;
                    dayOfMonth[count] = day;
                    isOff[count] = (flags & OffDayFlag) != 0;
                    dayName[count++] = flags & MaxNames;
                }
            }

            dayStart[noticeCount] = count;
            if (count != dayCount)
            {
                throw Corrupt("its day count is wrong.");
            }

            return new NoticeData(years, papers, dayStart, dayYear, dayMonth, dayOfMonth, isOff, dayName, names);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            throw Corrupt("it is truncated.", e);
        }
    }

    // The start-up path keeps message formatting out of Read: the JIT would have to
    // prepare them even when nothing fails.
    private static CalendarDataException Corrupt(string why, Exception? inner = null) =>
        new("the compact holiday data is corrupt: " + why, inner);


    /// <summary>Reads the bytes of the layout above, one primitive at a time.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;
        private int position;

        internal byte ReadByte() => bytes[position++];

        // Little-endian by hand: BinaryPrimitives would load System.Memory on the start-up path.
        internal short ReadInt16() => (short)(ReadByte() | (ReadByte() << 8));

        internal int ReadInt32() => ReadByte() | (ReadByte() << 8) | (ReadByte() << 16) | (ReadByte() << 24);

        internal int Read7BitEncodedInt()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = ReadByte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new PolicyArgumentException("A 7-bit encoded integer is longer than five bytes.", null);
        }

        internal string ReadString()
        {
            var chars = new char[Read7BitEncodedInt()];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(ReadByte() | (ReadByte() << 8));
            }

            return new string(chars);
        }
    }
}
