using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// Turns a <see cref="CalendarCoverageException"/> into an RFC 9457 problem (<c>application/problem+json</c>) that names the
/// year the calendar lacks and how to load it — not an HTTP 500. A date the caller asked for (<c>?asOf=</c>) is the
/// caller's to change (422); today's date beyond the calendar is the host's to fix (503).
/// </summary>
public sealed class CoverageProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The problem type: a URI naming the kind of problem, stable across responses.</summary>
    public const string Type = "https://github.com/govdisclosure/GovDisclosure.Policy/blob/main/README.md#hosting-it-in-a-web-application";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CalendarCoverageException coverage)
        {
            return false;
        }

        var year = coverage.Date.Year;
        var first = coverage.Coverage.Start.Year;
        var last = coverage.Coverage.End.Year;
        var askedFor = httpContext.Request.Query.ContainsKey("asOf");
        var status = askedFor ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status503ServiceUnavailable;
        var howToLoad = year > last
            ? $"Put the State Council's holiday notice for {year} in the notices folder as {year}.txt and restart " +
              $"(it is read with HolidayNotice.ParseText and added with ChinaWorkingDayCalendar.WithNotice), or opt into provisional " +
              $"dates with ChinaWorkingDayCalendar.WithProvisionalYearsThrough({year})."
            : $"Official working-day data starts in {first}; a date of {year} cannot be counted.";
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Type = Type,
                Title = $"The working-day calendar does not cover {year}",
                Status = status,
                Detail = coverage.Message,
                Instance = httpContext.Request.Path + httpContext.Request.QueryString,
                Extensions =
                {
                    ["missingYear"] = year,
                    ["date"] = coverage.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    ["coverage"] = new { first = coverage.Coverage.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), last = coverage.Coverage.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) },
                    ["howToLoad"] = howToLoad,
                },
            },
        });
    }
}
