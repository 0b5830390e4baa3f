using System.Reflection;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// The dashboard's data: one policy, one register and the bureau's annual-report input, built once at start-up and shared
/// by every request. Everything in it is immutable, so no request can change what another sees and no lock is needed.
/// </summary>
public sealed class CountyDashboard
{
    /// <summary>The unit whose own deadlines and annual report the dashboard shows: the county Civil Affairs Bureau (民政局).</summary>
    public const string BureauId = "mzj";

    private CountyDashboard(DisclosurePolicy policy, Register register)
    {
        Policy = policy;
        Register = register;
        Bureau = register.Bodies.Single(body => body.Id == BureauId);
    }

    /// <summary>The policy, over the calendar loaded at start-up.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The county's register of the year.</summary>
    public Register Register { get; }

    /// <summary>The bureau, as the register lists it.</summary>
    public Body Bureau { get; }

    /// <summary>
    /// Builds the dashboard: the built-in calendar, every notice text in <paramref name="noticeFolder"/> (2027.txt, …) added
    /// to it, provisional dates for the years after the last notice through <paramref name="provisionalThrough"/>, and the
    /// built-in county register.
    /// </summary>
    /// <exception cref="CalendarDataException">A notice text cannot be read; the message quotes the line.</exception>
    public static CountyDashboard Load(string noticeFolder, int provisionalThrough)
    {
        var calendar = ChinaWorkingDayCalendar.Official;
        if (Directory.Exists(noticeFolder))
        {
            foreach (var file in Directory.EnumerateFiles(noticeFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                if (!int.TryParse(Path.GetFileNameWithoutExtension(file), out var year))
                {
                    throw new CalendarDataException([$"{file}: a notice's file is named by its year, such as 2027.txt."]);
                }

                calendar = calendar.WithNotice(HolidayNotice.ParseText(year, File.ReadAllText(file)));
            }
        }

        if (provisionalThrough > calendar.Coverage.End.Year)
        {
            calendar = calendar.WithProvisionalYearsThrough(provisionalThrough);
        }

        using var json = Assembly.GetExecutingAssembly().GetManifestResourceStream("county-2025.json")!;
        return new CountyDashboard(DisclosurePolicy.Default.WithCalendar(calendar), PolicyJson.ReadRegister(json));
    }

    /// <summary>Every unit's evaluation as of <paramref name="asOf"/> (§4, D13, D14).</summary>
    /// <exception cref="CalendarCoverageException">The calendar does not reach <paramref name="asOf"/>.</exception>
    public RegisterEvaluation Evaluate(LocalDate asOf) => Policy.Evaluate(Register, asOf);

    /// <summary>The bureau's next <paramref name="count"/> deadlines of <paramref name="asOf"/>'s year due on or after it (D4–D8).</summary>
    /// <exception cref="CalendarCoverageException">A deadline of the year falls beyond the calendar.</exception>
    public IReadOnlyList<ScheduledObligation> UpcomingDeadlines(LocalDate asOf, int count = 12) =>
        [.. Policy.CalendarFor(Bureau, asOf.Year).Scheduled.Where(o => o.Deadline.Due >= asOf).OrderBy(o => o.Deadline.Due).Take(count)];

    /// <summary>The bureau's annual report on the register's year (§9).</summary>
    public AnnualReport AnnualReport() => Policy.AnnualReport(Register, BureauId, Register.Year, new AnnualReportInput
    {
        Overview = $"{Register.Year}年，县民政局坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。",
        ProblemsAndImprovements = "一是依申请公开答复文书不够规范；二是基层工作人员业务培训不足。下一步将完善答复模板，开展专题培训。",
    });
}
