using System.Text.Json;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// A synthetic county register file of 2024 (or another year) written straight to disk, record by record, in the documented
/// form (year and bodies first): every entry, about one record in ten late or missing and one in a hundred falsified. Written
/// with a streaming writer, so that a file of millions of records needs no register in memory. Compiled against 0.4.0 too.
/// </summary>
internal static class RegisterFile
{
    internal static void Write(string path, int units, int recordsPerUnit) => Write(path, units, recordsPerUnit, 2024);

    /// <summary>The register of <paramref name="year"/>; a record whose due date lies beyond the calendar is published ten days after its trigger.</summary>
    internal static void Write(string path, int units, int recordsPerUnit, int year)
    {
        var random = new Random(2024);
        var calendar = ChinaWorkingDayCalendar.Official;
        var eventEntries = ScheduleEntry.InOrder.Where(entry => !entry.Cadence.IsPeriodic).ToArray();
        var periodic = ScheduleEntry.InOrder.Where(entry => entry.Cadence.IsPeriodic).ToArray();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteNumber("year", year);
        writer.WriteStartArray("bodies");
        for (var u = 0; u < units; u++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"u{u}");
            writer.WriteString("name", $"单位{u}");
            writer.WriteString("type", "AdministrativeOrgan");
            writer.WriteStartObject("principal");
            writer.WriteString("name", "负责人");
            writer.WriteString("tookOffice", "2021-01-04");
            writer.WriteEndObject();
            writer.WriteString("supervisionContact", "监督员");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("commitments");
        for (var u = 0; u < units; u++)
        {
            writer.WriteStartObject();
            writer.WriteString("body", $"u{u}");
            foreach (var one in new[] { "oneWindow", "oneTimeNotification", "oneStop", "endToEnd" })
            {
                writer.WriteBoolean(one, true);
            }

            writer.WriteString("signedBy", "负责人");
            writer.WriteString("signedOn", "2021-02-01");
            writer.WriteString("approvedOn", "2021-02-05");
            writer.WriteString("publishedOn", "2021-02-08");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("inspections");
        writer.WriteStartObject();
        writer.WriteNumber("year", year);
        writer.WriteStartArray("dates");
        writer.WriteStringValue($"{year}-06-03");
        writer.WriteStringValue($"{year}-11-04");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("records");
        for (var u = 0; u < units; u++)
        {
            var n = 0;
            foreach (var entry in periodic)
            {
                var step = entry.Cadence.MonthsPerPeriod;
                for (var month = 1; month <= 12 && n < recordsPerUnit; month += step)
                {
                    Record(u, entry, new LocalDate(year, month, 1), n++, null);
                }
            }

            while (n < recordsPerUnit)
            {
                Record(u, eventEntries[random.Next(eventEntries.Length)], new LocalDate(year, 1, 1).PlusDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365)), n++, $"doc{n}");
            }

            writer.Flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        void Record(int unit, ScheduleEntry entry, LocalDate trigger, int n, string? subject)
        {
            var due = DueOrTenDaysOn(entry, trigger);
            var roll = random.Next(20);   // 1 in 20 missing, 1 in 20 late
            writer.WriteStartObject();
            writer.WriteString("id", $"u{unit}-{n}");
            writer.WriteString("body", $"u{unit}");
            writer.WriteString("entry", entry.Name);
            writer.WriteString("trigger", trigger.ToString("yyyy-MM-dd", null));
            if (subject is not null)
            {
                writer.WriteString("subject", subject);
            }

            writer.WriteStartArray("publications");
            if (roll != 0)
            {
                var shift = roll == 1 ? 3 : -random.Next(0, 5);
                var published = Counted(() => calendar.AddWorkingDays(due, shift), due);
                var start = entry.Cadence.IsPeriodic ? new LocalDate(trigger.Year, trigger.Month, 1) : trigger;
                writer.WriteStartObject();
                writer.WriteString("date", (published < start ? due : published).ToString("yyyy-MM-dd", null));
                writer.WriteStartArray("channels");
                writer.WriteStringValue("GovernmentPortal");
                writer.WriteStringValue("InternalNoticeBoard");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (random.Next(100) == 0)
            {
                writer.WriteBoolean("falsified", true);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>The due date, or ten days after the trigger when it lies beyond the calendar.</summary>
    private static LocalDate DueOrTenDaysOn(ScheduleEntry entry, LocalDate trigger) =>
        Counted(() => DisclosurePolicy.Default.DueDate(entry, trigger).Due, trigger.PlusDays(10));

    /// <summary>A count, or <paramref name="otherwise"/> when it runs past the calendar (0.4.0's exception type and today's alike).</summary>
    private static LocalDate Counted(Func<LocalDate> count, LocalDate otherwise)
    {
        try
        {
            return count();
        }
        catch (Exception e) when (e.GetType().Name == "CalendarCoverageException")
        {
            return otherwise;
        }
    }

    /// <summary>The baseline: every token of the file walked with <see cref="Utf8JsonReader"/> over a buffer that refills, nothing built.</summary>
    internal static long WalkTokens(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var state = new JsonReaderState();
        var length = 0;
        long tokens = 0;
        while (true)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), read == 0, state);
            while (reader.Read())
            {
                tokens++;
            }

            if (read == 0)
            {
                return tokens;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
        }
    }
}
