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
        if (title is null && firstHeading == blocks.Count)
        {
            problems.Add(DocumentProblemKind.NotAReport,
                "the document holds no annual report: neither a title such as …2024年度政府信息公开工作年度报告 nor the headings of sections 一 to 六 were found");
            return new ReportReading(null, problems.All);
        }

        if (title is null)
        {
            problems.Add(DocumentProblemKind.TitleNotFound,
                "no title such as …2024年度政府信息公开工作年度报告 was found before section 一" + (options.Year is null ? ", and no year was given; the report is not read" : ""));
        }

        if ((options.Year ?? title?.Year) is not { } year)
        {
            return new ReportReading(null, problems.All);
        }

        var publisher = options.PublisherName ?? title?.Publisher ?? "";
        var earlier = year < ReportFormat.FirstYearOf2021Format;
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

        var (proactive, requests, redress) = (new ProactiveTableReader(problems), new RequestTableReader(problems), new RedressTableReader(problems));
        var tables = new[] { (ReportSection.Proactive, false), (ReportSection.Requests, false), (ReportSection.Redress, false) };
        if (!earlier)
        {
            foreach (var table in blocks.OfType<TableBlock>().Where(block => block.InArticle))
            {
                var texts = string.Concat(table.Texts().Select(TextForm.Compact));
                var (kind, reader) = texts.Contains("本年新收") || texts.Contains("上年结转") ? (1, (Action<TableBlock>?)requests.Read)
                    : texts.Contains("结果维持") || texts.Contains("尚未审结") ? (2, redress.Read)
                    : texts.Contains("规章") || texts.Contains("行政许可") || texts.Contains("第二十条") ? (0, proactive.Read)
                    : (-1, null);
                if (reader is not null)
                {
                    reader(table);
                    tables[kind].Item2 = true;
                }
            }

            Flattened(blocks, headings, tables, problems, (ProactiveTableReader.Table, proactive.Read), (RequestTableReader.Table, requests.Read),
                (RedressTableReader.Table, redress.Read));
        }

        var report = new PublishedAnnualReport(publisher, year) { Title = title?.Text ?? new PublishedAnnualReport(publisher, year).Title, Sections = sections };
        var read = report with
        {
            PublisherRole = options.PublisherRole ?? title?.Role,
            PublishedOn = options.PublishedOn ?? ReportOutline.PublishedOn(blocks, firstHeading, pubDate),
        };
        if (earlier || requests.IsEarlierFormat)
        {
            problems.Add(DocumentProblemKind.EarlierFormat, earlier
                ? $"the report is on {year}, before the format of 2021 (国办公开办函〔2021〕30号); its tables are not read against that format's rows"
                : "table 三 gives 其他处理 as one row, as the format before 2021's did; the report's tables are not read against the 2021 format's rows");
            return new ReportReading(read with { Format = ReportFormat.Earlier }, problems.Ordered(withTables: false));
        }

        read = read with { Proactive = proactive.Finish(), Requests = requests.Finish(), Redress = redress.Finish() };
        return new ReportReading(read, problems.Ordered(withTables: true));
    }

    /// <summary>The blocks of section <paramref name="index"/>: from its heading to the next heading found, or the end.</summary>
    private static (int Start, int End) Range(int[] headings, int index, int count) =>
        (headings[index], headings.Skip(index + 1).Where(at => at >= 0).DefaultIfEmpty(count).First());

    /// <summary>The blocks a table is looked for in as text: its section's, or the whole document's when its heading is missing.</summary>
    private static (int Start, int End) TableRange(int[] headings, int index, int count) =>
        headings[index] < 0 ? (0, count) : (headings[index] + 1, Range(headings, index, count).End);

    private static IEnumerable<TextBlock> Lines(IReadOnlyList<Block> blocks, int start, int end) =>
        Enumerable.Range(start, Math.Max(end - start, 0)).Select(i => blocks[i]).OfType<TextBlock>().Where(line => line.InArticle && line.Text.Length > 0);

    /// <summary>Each table not found as a table is looked for as lines of text in its section (anywhere in the report when its heading is
    /// missing): found, it is named as flattened; not found, as missing.</summary>
    private static void Flattened(IReadOnlyList<Block> blocks, int[] headings, (ReportSection Section, bool Found)[] tables, ReadProblems problems,
        params (string Name, Func<FlatLine, bool> Read)[] readers)
    {
        for (var t = 0; t < tables.Length; t++)
        {
            if (tables[t].Found)
            {
                continue;
            }

            var section = tables[t].Section;
            var (start, end) = TableRange(headings, section.Value - 1, blocks.Count);
            var lines = Lines(blocks, start, end).Select(line => FlatLine.Of(line.Text)).ToArray();
            var marker = problems.Count;
            var any = false;
            foreach (var line in lines)
            {
                any |= readers[t].Read(line);
            }

            if (any)
            {
                problems.Flattened(marker, readers[t].Name);
            }
            else
            {
                problems.Add(DocumentProblemKind.TableNotFound, readers[t].Name, null, null,
                    headings[section.Value - 1] < 0 ? $"not found, nor section {section.Numeral}'s heading" : $"not found after section {section.Numeral}'s heading");
            }
        }
    }
}
