using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GovDisclosure.Policy.Samples.Web;

/// <summary>
/// A problem told to a person: the pages (<c>/</c>, <c>/annual-report/…</c>) answer an error with a short HTML page carrying the
/// same title, sentence and advice that the API routes (<c>/api/…</c>) give as RFC 9457 <c>application/problem+json</c>.
/// </summary>
public static class ProblemPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Whether <paramref name="request"/> asked for a page rather than the JSON API.</summary>
    public static bool IsForPage(HttpRequest request) => !request.Path.StartsWithSegments("/api");

    /// <summary>The page for a problem: its status, title, sentence and, where there is one, what to do about it.</summary>
    public static string Render(int status, string title, string detail, string? whatToDo) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{status}} · {{Html.Encode(title)}}</title>
        <style>body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 2rem; max-width: 50rem; }</style>
        </head>
        <body>
        <h1 id="problem-title">{{Html.Encode(title)}}</h1>
        <p id="problem-detail">{{Html.Encode(detail)}}</p>
        {{(whatToDo is null ? "" : $"""<p id="problem-advice">{Html.Encode(whatToDo)}</p>""")}}
        <p><small>HTTP {{status}} · <a href="/">dashboard</a></small></p>
        </body>
        </html>

        """;

    /// <summary>The page as a result with its status code.</summary>
    public static IResult Result(int status, string title, string detail, string? whatToDo = null) =>
        Results.Content(Render(status, title, detail, whatToDo), "text/html; charset=utf-8", statusCode: status);
}
