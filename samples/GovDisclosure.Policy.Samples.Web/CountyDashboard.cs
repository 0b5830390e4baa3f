using System.Reflection;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// The dashboard's data: one policy, the county's register in its database (a SQLite file, made from the sample's JSON on the first
/// run), and the bureau's annual-report input, built once at start-up and shared by every request. Everything in it is immutable, so no
/// request can change what another sees and no lock is needed; each evaluation reads the database on a connection of its own.
/// </summary>
public sealed class CountyDashboard
{
    /// <summary>The unit whose own deadlines and annual report the dashboard shows: the county Civil Affairs Bureau (民政局).</summary>
    public const string BureauId = "mzj";

    private readonly Register reportRegister;
    private readonly string database;

    private CountyDashboard(DisclosurePolicy policy, string database, Register register, IEnumerable<InformationRequest> bureauRequests)
    {
        Policy = policy;
        this.database = database;
        Register = register;
        Bureau = register.Bodies.Single(body => body.Id == BureauId);
        reportRegister = register.WithRequests(bureauRequests);
    }

    /// <summary>The policy, over the calendar loaded at start-up.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The county's register of the year, as read from its database at start-up.</summary>
    public Register Register { get; }

    /// <summary>The bureau, as the register lists it.</summary>
    public Body Bureau { get; }

    /// <summary>
    /// Builds the dashboard: the built-in calendar, every notice text in <paramref name="noticeFolder"/> (2027.txt, …) added
    /// to it, provisional dates for the years after the last notice through <paramref name="provisionalThrough"/>, and the
    /// county register in the SQLite file at <paramref name="database"/> (made from the built-in JSON when it is absent).
    /// </summary>
    /// <exception cref="CalendarDataException">A notice text cannot be read; the message quotes the line.</exception>
    /// <exception cref="GovDisclosure.Policy.Data.RegisterDataException">The database's register cannot be read; the message names the table, key and column.</exception>
    public static async Task<CountyDashboard> LoadAsync(string noticeFolder, int provisionalThrough, string database)
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

        await using var connection = await SampleDatabase.OpenAsync(database, CountyJson);
        var register = await RegisterTables.ReadAsync(connection, CountyYear);
        using var requests = Assembly.GetExecutingAssembly().GetManifestResourceStream("bureau-requests-2025.json")!;
        return new CountyDashboard(DisclosurePolicy.Default.WithCalendar(calendar), database, register, PolicyJson.ReadRegister(requests).Requests);
    }

    /// <summary>The year of the county's register.</summary>
    public const int CountyYear = 2025;

    /// <summary>Every unit's evaluation as of <paramref name="asOf"/> (§4, §13, D13, D14), its records streamed from the database.</summary>
    /// <exception cref="CalendarCoverageException">The calendar does not reach <paramref name="asOf"/>.</exception>
    public async Task<RegisterEvaluation> EvaluateAsync(LocalDate asOf, CancellationToken cancellationToken)
    {
        await using var connection = await SampleDatabase.OpenAsync(database, CountyJson);
        return await RegisterTables.EvaluateAsync(Policy, connection, CountyYear, asOf, null, cancellationToken);
    }

    /// <summary>The last day of the window of upcoming deadlines that starts on <paramref name="asOf"/>: a month later.</summary>
    public static LocalDate WindowEnd(LocalDate asOf) => asOf.PlusMonths(1);

    /// <summary>
    /// Every deadline of the bureau due from <paramref name="asOf"/> through <see cref="WindowEnd"/>, none left out (D4–D8, D34): the
    /// obligations of that year and of the year before, whose December, fourth-quarter and yearly reports and annual report fall due
    /// in the new year.
    /// </summary>
    /// <exception cref="CalendarCoverageException">A deadline of either year falls beyond the calendar.</exception>
    public IReadOnlyList<ScheduledObligation> UpcomingDeadlines(LocalDate asOf)
    {
        Policy.Calendar.IsWorkingDay(asOf);   // a day beyond the calendar is named for itself, before any deadline's
        var years = asOf.Year > Policy.Calendar.Coverage.Start.Year ? new[] { asOf.Year - 1, asOf.Year } : [asOf.Year];
        var end = WindowEnd(asOf);
        var calendars = years.Select(year => Policy.CalendarFor(Bureau, year)).ToArray();
        // D41: an obligation due beyond the calendar may fall in a window that runs past it; the window is listed whole or not at all.
        var coverage = Policy.Calendar.Coverage;
        if (end > coverage.End && calendars.SelectMany(calendar => calendar.DueBeyondCalendar).FirstOrDefault() is { } beyond)
        {
            throw new CalendarCoverageException(nameof(asOf), coverage.End.PlusDays(1), coverage,
                $"The deadline of {beyond.Obligation.Row} counted from {beyond.Trigger:uuuu-MM-dd}");
        }

        return [.. calendars.SelectMany(calendar => calendar.Scheduled)
            .Where(obligation => obligation.Deadline.Due >= asOf && obligation.Deadline.Due <= end)
            .OrderBy(obligation => obligation.Deadline.Due)];
    }

    /// <summary>The bureau's annual report on the register's year (§9), counted from the bureau's requests of that year.</summary>
    public AnnualReport AnnualReport() => Policy.BuildAnnualReport(reportRegister, BureauId, Register.Year, new AnnualReportInput
    {
        Overview = $"{Register.Year}年，县民政局坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。",
        ProblemsAndImprovements = "一是依申请公开答复文书不够规范；二是基层工作人员业务培训不足。下一步将完善答复模板，开展专题培训。",
    });

    private static Stream CountyJson() => Assembly.GetExecutingAssembly().GetManifestResourceStream("county-2025.json")!;
}
