using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// Turns a <see cref="CalendarCoverageException"/> into an RFC 9457 problem (<c>application/problem+json</c>) that names the
/// year the calendar lacks and how to load it — not an HTTP 500. A date the caller asked for (<c>?asOf=</c>) is the
/// caller's to change (422); today's date beyond the calendar is the host's to fix (503). Every missing year is named, in the
/// order to load it. A page (not under <c>/api</c>) gets the same as an HTML page (<see cref="ProblemPage"/>).
/// </summary>
public sealed class CoverageProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The problem type: a URI naming the kind of problem, stable across responses.</summary>
    public const string Type = "https://github.com/govdisclosure/GovDisclosure.Policy/blob/main/docs/hosting.md";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CalendarCoverageException coverage)
        {
            return false;
        }

        var year = coverage.Date.Year;
        var missing = coverage.MissingYears;
        var askedFor = httpContext.Request.Query.ContainsKey("asOf");
        var status = askedFor ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status503ServiceUnavailable;
        var howToLoad = year > coverage.Coverage.End.Year && missing.Count > 0
            ? $"Put the State Council's holiday {(missing.Count == 1 ? "notice" : "notices")} for {Years(missing)} in the notices folder as " +
              $"{Years(missing.Select(missingYear => $"{missingYear}.txt").ToList())} and restart (each is read with HolidayNotice.ParseText and " +
              $"added, in that order, with ChinaWorkingDayCalendar.WithNotice), or opt into provisional dates with " +
              $"ChinaWorkingDayCalendar.WithProvisionalYearsThrough({year})."
            : $"Official working-day data starts in {coverage.Coverage.Start.Year}; a date of {year} cannot be counted.";
        var title = $"The working-day calendar does not cover {year}";
        httpContext.Response.StatusCode = status;
        if (ProblemPage.IsForPage(httpContext.Request))
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(ProblemPage.Render(status, title, coverage.Message, howToLoad), cancellationToken);
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Type = Type,
                Title = title,
                Status = status,
                Detail = coverage.Message,
                Instance = httpContext.Request.Path + httpContext.Request.QueryString,
                Extensions =
                {
                    ["missingYear"] = year,
                    ["missingYears"] = missing,
                    ["date"] = coverage.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    ["coverage"] = new { first = coverage.Coverage.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), last = coverage.Coverage.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) },
                    ["howToLoad"] = howToLoad,
                },
            },
        });
    }

    private static string Years<T>(IReadOnlyList<T> years) =>
        years.Count == 1 ? $"{years[0]}" : $"{string.Join(", ", years.Take(years.Count - 1))} and {years[^1]}";
}
