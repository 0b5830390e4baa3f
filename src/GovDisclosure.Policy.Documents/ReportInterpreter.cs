using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Reads a published annual report from a document's blocks, whatever the document's format: the title and what it names, the six
/// sections' headings and texts, and tables 二, 三 and 四 — as tables wherever they are in the report, or as lines of text in their
/// section where a site flattened them. Everything it cannot read is a problem with its place; the caller's options fill what the
/// document does not say.
/// </summary>
internal static class ReportInterpreter
{
    internal static ReportReading Read(IReadOnlyList<Block> blocks, string? pageTitle, string? pubDate, ReportReadOptions options)
    {
        var problems = new ReadProblems();
        var headings = ReportOutline.Headings(blocks);
        var firstHeading = headings.Where(at => at >= 0).DefaultIfEmpty(blocks.Count).Min();
        var title = ReportOutline.FindTitle(blocks, firstHeading, pageTitle);
        if (YearOf(title, firstHeading == blocks.Count, options, problems) is not { } year)
        {
            return new ReportReading(null, problems.All);
        }

        var publisher = options.PublisherName ?? title?.Publisher ?? "";
        var report = new PublishedAnnualReport(publisher, year)
        {
            Sections = Sections(blocks, headings, problems),
            PublisherRole = options.PublisherRole ?? title?.Role,
            PublishedOn = options.PublishedOn ?? ReportOutline.PublishedOn(blocks, firstHeading, pubDate),
        };
        report = title is null ? report : report with { Title = title.Text };
        if (year < ReportFormat.FirstYearOf2021Format)
        {
            return Earlier(report, problems, $"the report is on {year}, before the format of 2021 (国办公开办函〔2021〕30号); its tables are not read against that format's rows");
        }

        var (proactive, requests, redress) = (new ProactiveTableReader(problems), new RequestTableReader(problems), new RedressTableReader(problems));
        Tables(blocks, headings, problems, [requests, redress, proactive]);
        if (requests.IsEarlierFormat)
        {
            return Earlier(report, problems, "table 三 gives 其他处理 as one row, as the format before 2021's did; the report's tables are not read against the 2021 format's rows");
        }

        report = report with { Proactive = proactive.Finish(), Requests = requests.Finish(), Redress = redress.Finish() };
        return new ReportReading(report, problems.Ordered(withTables: true));
    }

    /// <summary>The year, from the caller or the title; null, and why, when neither gives it or the document holds no report.</summary>
    private static int? YearOf(ReportTitle? title, bool noHeading, ReportReadOptions options, ReadProblems problems)
    {
        if (title is null && noHeading)
        {
            problems.Add(DocumentProblemKind.NotAReport,
                "the document holds no annual report: neither a title such as …2024年度政府信息公开工作年度报告 nor the headings of sections 一 to 六 were found");
            return null;
        }

        if (title is null)
        {
            problems.Add(DocumentProblemKind.TitleNotFound,
                "no title such as …2024年度政府信息公开工作年度报告 was found before section 一" + (options.Year is null ? ", and no year was given; the report is not read" : ""));
        }

        return options.Year ?? title?.Year;
    }

    /// <summary>Each section's lines between its heading and the next, joined by line breaks; empty, and named, where its heading is missing.</summary>
    private static string[] Sections(IReadOnlyList<Block> blocks, int[] headings, ReadProblems problems)
    {
        var sections = new string[ReportSection.InOrder.Count];
        foreach (var section in ReportSection.InOrder)
        {
            var (start, end) = Range(headings, section.Value - 1, blocks.Count);
            if (start < 0)
            {
                problems.Add(DocumentProblemKind.SectionNotFound, section, $"the heading {section.Heading} was not found; the section's text is left empty");
            }

            sections[section.Value - 1] = start < 0 ? "" : string.Join("\n", Lines(blocks, start + 1, end).Select(line => line.Text));
        }

        return sections;
    }

    /// <summary>Hands each table of the article to the first reader whose table it holds; a reader given none looks for its table as text.</summary>
    private static void Tables(IReadOnlyList<Block> blocks, int[] headings, ReadProblems problems, ITableReader[] readers)
    {
        var found = new HashSet<ITableReader>();
        foreach (var table in blocks.OfType<TableBlock>().Where(block => block.InArticle))
        {
            var texts = string.Concat(table.Texts().Select(TextForm.Compact));
            if (readers.FirstOrDefault(reader => reader.Holds(texts)) is { } reader)
            {
                problems.Page = table.PageOf(0);   // the header's: a reader names its rows' own
                reader.Read(table);
                problems.Page = null;
                found.Add(reader);
            }
        }

        foreach (var reader in readers.Where(reader => !found.Contains(reader)))
        {
            Flattened(blocks, headings, problems, reader);
        }
    }

    /// <summary>The report in the format before 2021's: its frame and texts read, its tables not, the problems of its tables dropped.</summary>
    private static ReportReading Earlier(PublishedAnnualReport report, ReadProblems problems, string why)
    {
        problems.Add(DocumentProblemKind.EarlierFormat, why);
        return new ReportReading(report with { Format = ReportFormat.Earlier }, problems.Ordered(withTables: false));
    }

    /// <summary>The blocks of section <paramref name="index"/>: from its heading to the next heading found, or the end.</summary>
    private static (int Start, int End) Range(int[] headings, int index, int count) =>
        (headings[index], headings.Skip(index + 1).Where(at => at >= 0).DefaultIfEmpty(count).Min());

    /// <summary>The blocks a table is looked for in as text: its section's, or the whole document's when its heading is missing.</summary>
    private static (int Start, int End) TableRange(int[] headings, int index, int count) =>
        headings[index] < 0 ? (0, count) : (headings[index] + 1, Range(headings, index, count).End);

    private static IEnumerable<TextBlock> Lines(IReadOnlyList<Block> blocks, int start, int end) =>
        Enumerable.Range(start, Math.Max(end - start, 0)).Select(i => blocks[i]).OfType<TextBlock>().Where(line => line.InArticle);

    /// <summary>A table not found as a table is looked for as lines of text in its section (anywhere in the report when its heading is
    /// missing): found, it is named as flattened; not found, as missing.</summary>
    private static void Flattened(IReadOnlyList<Block> blocks, int[] headings, ReadProblems problems, ITableReader reader)
    {
        var index = reader.Section.Value - 1;
        var (start, end) = TableRange(headings, index, blocks.Count);
        var marker = problems.Count;
        var any = false;
        foreach (var line in Lines(blocks, start, end))
        {
            problems.Page = line.Page;
            any |= reader.Read(FlatLine.Of(line.Text));
        }

        problems.Page = null;

        if (any)
        {
            problems.Flattened(marker, reader.Table);
        }
        else
        {
            problems.Add(DocumentProblemKind.TableNotFound, reader.Table, null, null,
                headings[index] < 0 ? $"not found, nor section {reader.Section.Numeral}'s heading" : $"not found after section {reader.Section.Numeral}'s heading");
        }
    }
}

/// <summary>A reader of one of the report's tables, from a grid or from lines of text.</summary>
internal interface ITableReader
{
    /// <summary>The table's numeral: 二, 三 or 四.</summary>
    string Table { get; }

    /// <summary>The section the table belongs to.</summary>
    ReportSection Section { get; }

    /// <summary>Whether a table whose cells' compacted texts run together as <paramref name="texts"/> is this one.</summary>
    bool Holds(string texts);

    void Read(TableBlock table);

    /// <summary>Reads a line of the table flattened to text; true when the line is one of its rows.</summary>
    bool Read(FlatLine line);
}
