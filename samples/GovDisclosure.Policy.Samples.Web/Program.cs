using System.Globalization;
using System.Text;
using GovDisclosure.Policy.Samples;
using GovDisclosure.Policy.Samples.Web;
using NodaTime.Text;

// The sample county's compliance dashboard: one DisclosurePolicy for the whole process, today's date from a clock.
var builder = WebApplication.CreateBuilder(args);

// "Today" in China comes from a clock: the system's, or one stopped at Clock:FixedInstant (2027-03-01T02:00:00Z) to show
// the dashboard as it will be on a day — as tests do.
builder.Services.AddSingleton<IClock>(builder.Configuration["Clock:FixedInstant"] is { } fixedAt
    ? new FixedClock(InstantPattern.General.Parse(fixedAt).GetValueOrThrow())
    : SystemClock.Instance);

// One dashboard (policy, calendar, register) for every request: built once, immutable, safe to share between threads.
// Next year's notice is loaded here, at start-up, from the notices folder; until it is out, next year's dates are
// provisional (unless Calendar:ProvisionalYears is false, when a day beyond the notices is a 503 saying what to load).
// The county's register is read from its database: the SQLite file at Register:Database, or one beside the build output, made from the
// built-in register on the first run.
builder.Services.AddSingleton(services =>
{
    var today = ChinaTime.Today(services.GetRequiredService<IClock>());
    var folder = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Calendar:NoticeFolder"] ?? "notices");
    var provisional = builder.Configuration.GetValue("Calendar:ProvisionalYears", defaultValue: true);
    var database = builder.Configuration["Register:Database"] ?? SampleDatabase.DefaultPath;
    return CountyDashboard.LoadAsync(folder, provisionalThrough: provisional ? today.Year + 1 : 0, database).GetAwaiter().GetResult();
});

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<CoverageProblems>();

var app = builder.Build();

// Built now rather than on the first request, so that a notice that cannot be read stops the start, quoting its line.
app.Services.GetRequiredService<CountyDashboard>();
app.UseExceptionHandler();
app.UseStatusCodePages();

const string NotADateTitle = "asOf is not a date";   // one title for the page and the API forms of the problem

app.MapGet("/", async (CountyDashboard dashboard, IClock clock, string? asOf, CancellationToken cancellationToken) =>
    AsOf(asOf, clock) is { } day
        ? Results.Content(DashboardPage.Render(dashboard.Register.Year, await dashboard.EvaluateAsync(day, cancellationToken), dashboard.Policy.AssessmentRules.GradeThresholds, dashboard.Bureau,
            dashboard.UpcomingDeadlines(day), CountyDashboard.WindowEnd(day)), "text/html; charset=utf-8")
        : ProblemPage.Result(StatusCodes.Status400BadRequest, NotADateTitle, NotADateDetail(asOf!)));

app.MapGet("/api/evaluation", async (CountyDashboard dashboard, IClock clock, string? asOf, CancellationToken cancellationToken) =>
{
    if (AsOf(asOf, clock) is not { } day)
    {
        return NotADate(asOf!);
    }

    var evaluation = await dashboard.EvaluateAsync(day, cancellationToken);
    return Json(stream => PolicyJson.WriteEvaluation(evaluation, stream));
});

app.MapGet("/api/deadlines", (CountyDashboard dashboard, IClock clock, string? asOf) =>
    AsOf(asOf, clock) is { } day
        ? Json(stream => PolicyJson.WriteDeadlines(dashboard.UpcomingDeadlines(day).Select(obligation => obligation.Deadline), stream))
        : NotADate(asOf!));

app.MapGet("/annual-report/{year:int}", (CountyDashboard dashboard, int year, string? lang) =>
{
    if (year != dashboard.Register.Year)
    {
        return ProblemPage.Result(StatusCodes.Status404NotFound, NoReportTitle(year), NoReportDetail(dashboard));
    }

    var html = new StringWriter(CultureInfo.InvariantCulture);
    if (lang == "en")
    {
        AnnualReportHtml.WriteEnglish(dashboard.AnnualReport(), html);
    }
    else
    {
        AnnualReportHtml.WriteChinese(dashboard.AnnualReport(), html);
    }

    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.MapGet("/api/annual-report/{year:int}", (CountyDashboard dashboard, int year) =>
    year == dashboard.Register.Year ? Json(stream => PolicyJson.WriteAnnualReport(dashboard.AnnualReport(), stream)) : NoReport(dashboard, year));

app.Run();

// The day asked for, or today in China; null when asOf is given but is not an ISO date.
static LocalDate? AsOf(string? asOf, IClock clock) =>
    asOf is null ? ChinaTime.Today(clock) : LocalDatePattern.Iso.Parse(asOf) is { Success: true } parsed ? parsed.Value : null;

static IResult NotADate(string asOf) => Results.Problem(title: NotADateTitle, detail: NotADateDetail(asOf), statusCode: StatusCodes.Status400BadRequest);

static string NotADateDetail(string asOf) => $"asOf must be an ISO date such as 2026-03-31; it was \"{asOf}\".";

static IResult NoReport(CountyDashboard dashboard, int year) =>
    Results.Problem(title: NoReportTitle(year), detail: NoReportDetail(dashboard), statusCode: StatusCodes.Status404NotFound);

static string NoReportTitle(int year) => $"No annual report on {year}";

static string NoReportDetail(CountyDashboard dashboard) =>
    $"The register holds {dashboard.Register.Year}; the bureau's annual report on {dashboard.Register.Year} is at /annual-report/{dashboard.Register.Year}.";

// The library writes JSON to a stream; the response is written asynchronously, as Kestrel requires.
static IResult Json(Action<Stream> write)
{
    var buffer = new MemoryStream();
    write(buffer);
    return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
}
