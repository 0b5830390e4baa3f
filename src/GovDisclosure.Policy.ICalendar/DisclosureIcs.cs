using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;
using Ical.Net.Serialization;

namespace GovDisclosure.Policy.ICalendar;

/// <summary>How an export is written.</summary>
/// <param name="Stamp">
/// The DTSTAMP of every event: when the exported data last changed. Give the same instant for unchanged data
/// and the export is byte-identical, so subscribers see no change; give <c>clock.GetCurrentInstant()</c> when
/// you do not track changes.
/// </param>
public sealed record IcsOptions(Instant Stamp)
{
    /// <summary>How many working days before the due date the reminder fires (at 09:00 Beijing time); 0 for none, 3 by default.</summary>
    public int ReminderWorkingDays { get; init; } = 3;
}

/// <summary>
/// Writes deadlines as iCalendar (RFC 5545) through Ical.Net: one all-day event per due date, titled with the
/// entry in Chinese and English, described with the explanation and the rule's source, with a reminder some
/// working days before and a UID derived from the obligation (scope, entry, trigger, description) — so a
/// re-export updates the events a calendar app already has instead of duplicating them.
/// </summary>
public static class DisclosureIcs
{
    private const string ProductId = "-//GovDisclosure.Policy//Disclosure deadlines//ZH";

    /// <summary>A body's disclosure calendar as an .ics text.</summary>
    /// <param name="calendar">The body's calendar, from <see cref="DisclosurePolicy.CalendarFor(BodyType, int, IEnumerable{Deadlines.DisclosureEvent})"/>.</param>
    /// <param name="scope">What the events belong to, for their UIDs — usually the body's id, such as <c>mzj</c>.</param>
    /// <param name="workingDays">The calendar the reminders are counted in; usually the policy's.</param>
    /// <param name="options">The stamp and the reminder.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank.</exception>
    public static string Export(BodyDisclosureCalendar calendar, string scope, IWorkingDayCalendar workingDays, IcsOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Export(calendar.Scheduled.Select(obligation => (obligation.Deadline, obligation.Description)), scope, workingDays, options);
    }

    /// <summary>Deadlines as an .ics text, one event each.</summary>
    /// <param name="deadlines">The deadlines, each with what it is about (shown in the event and part of its UID).</param>
    /// <param name="scope">What the events belong to, for their UIDs — a body's id, a project's name.</param>
    /// <param name="workingDays">The calendar the reminders are counted in.</param>
    /// <param name="options">The stamp and the reminder.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank, or two deadlines would get the same UID.</exception>
    public static string Export(IEnumerable<(Deadline Deadline, string Description)> deadlines, string scope, IWorkingDayCalendar workingDays, IcsOptions options)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(scope))
        {
            throw new ArgumentException("The scope names what the events belong to and goes into every UID; it cannot be blank.", nameof(scope));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.ReminderWorkingDays);
        var ics = new Ical.Net.Calendar { ProductId = ProductId };
        var stamp = options.Stamp.ToDateTimeUtc();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (deadline, description) in deadlines)
        {
            ArgumentNullException.ThrowIfNull(deadline, nameof(deadlines));
            var uid = Uid(scope, deadline, description);
            if (!uids.Add(uid))
            {
                throw new ArgumentException(
                    $"Two deadlines of {scope} would share the UID {uid}: the same entry, trigger and description ({deadline}). Give them distinct descriptions.",
                    nameof(deadlines));
            }

            ics.Events.Add(Event(deadline, description ?? "", uid, stamp, workingDays, options.ReminderWorkingDays));
        }

        return new CalendarSerializer().SerializeToString(ics) ?? "";
    }

    /// <summary>The UID of a deadline: stable for the same obligation, whatever its due date becomes.</summary>
    internal static string Uid(string scope, Deadline deadline, string? description)
    {
        var what = deadline.Subject;
        var key = $"{scope}\n{what}\n{deadline.EventDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}\n{deadline.Trigger.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}\n{description}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16].ToLowerInvariant();
        return $"{scope}-{what}-{deadline.Trigger.ToString("uuuuMMdd", CultureInfo.InvariantCulture)}-{hash}@govdisclosure.policy";
    }

    private static CalendarEvent Event(Deadline deadline, string description, string uid, DateTime stamp, IWorkingDayCalendar workingDays, int reminderDays)
    {
        var due = deadline.Due;
        var obligation = deadline.Basis as ObligationBasis;
        ScheduleEntry? entry = null;
        _ = obligation?.Obligation.TryGetEntry(out entry);
        var title = entry is null
            ? $"{(deadline.Basis is StatutoryBasis ? Cadence.Statutory.Label.Zh : deadline.Subject)} {(description == deadline.Subject ? "" : description)}".Trim()
            : $"{entry.Code} {(description.Length > 0 ? description : entry.Description.Zh)}";
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            DtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, stamp.Hour, stamp.Minute, stamp.Second, "UTC"),
            DtStart = new CalDateTime(due.Year, due.Month, due.Day),
            DtEnd = new CalDateTime(due.PlusDays(1).Year, due.PlusDays(1).Month, due.PlusDays(1).Day),
            Summary = $"{title} {Ending(deadline)}{(entry is null ? "" : $": {entry.Description.En}")}",
            Description = $"{deadline.Explanation.Zh}\n{deadline.Explanation.En}\n依据 Source: {deadline.Rule.SourceId}" +
                          (entry is not null ? $", {entry.ClauseId}" : obligation?.LegalBasis is { } legalBasis ? $"; 公开依据 {legalBasis}" : ""),
            Transparency = "TRANSPARENT",
        };
        calendarEvent.Categories.Add(deadline.Basis switch
        {
            ObligationBasis of => of.Cadence.Label.Zh,
            AnnualReportBasis => Cadence.Yearly.Label.Zh,
            ReplyBasis or RedressBasis => "依申请公开",
            _ => Cadence.Statutory.Label.Zh,
        });
        if (deadline.IsProvisional)
        {
            calendarEvent.Categories.Add("暂定 provisional");
        }

        if (reminderDays > 0 && Reminder(due, reminderDays, workingDays) is { } remind)
        {
            // 09:00 in Beijing (UTC+8, no daylight saving) is 01:00 UTC. Ical.Net 5.2 writes an absolute
            // trigger only when its VALUE parameter says DATE-TIME; without it the TRIGGER line comes out empty.
            var trigger = new Trigger { DateTime = new CalDateTime(remind.Year, remind.Month, remind.Day, 1, 0, 0, "UTC") };
            trigger.Parameters.Set("VALUE", "DATE-TIME");
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = "DISPLAY",
                Description = $"{title}：{reminderDays}个工作日后（{due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}）{Ending(deadline)[..4]}",
                Trigger = trigger,
            });
        }

        return calendarEvent;
    }

    /// <summary>The working day the reminder falls on, or null when the calendar does not reach back that far.</summary>
    /// <summary>What ends on the day: a disclosure, a request's reply (§8.4), or a redress period (§8.11).</summary>
    private static string Ending(Deadline deadline) =>
        deadline.Basis switch
        {
            ReplyBasis => "答复截止 / reply due",
            RedressBasis => "期限届满 / last day",
            _ => "公开截止 / due",
        };

    private static LocalDate? Reminder(LocalDate due, int workingDays, IWorkingDayCalendar calendar)
    {
        try
        {
            return calendar.AddWorkingDays(due, -workingDays);
        }
        catch (CalendarCoverageException)
        {
            return null;   // a deadline in the first days of the calendar's coverage: no reminder rather than a guessed one
        }
    }
}
