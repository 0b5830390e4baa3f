using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: everything a writer writes, its reader reads back equal — catalogs, annual reports and notices; registers, profiles,
/// evaluations and deadlines are in <see cref="JsonRoundTripProperties"/>.</summary>
public sealed class DocumentRoundTripProperties
{
    /// <summary>Text as offices write it: Chinese, ASCII, quotation marks, backslashes, line breaks, a character outside the BMP.</summary>
    private static readonly string[] Pieces = ["县", "民政局", "公开", "a", "Z", "\"", "\\", "\n", "\t", " ", "　", "𠀀", "/", "<b>", "&", "é", "0"];

    private static string Text(Random random, int length) => string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));

    /// <summary>A text that is not blank: an id, a name.</summary>
    private static string Name(Random random) => "名" + Text(random, random.Next(4));

    private static Gen<Random> Randoms => Gen.Choose(0, int.MaxValue).Select(seed => new Random(seed));

    private static MemoryStream Written(Action<Stream> write)
    {
        var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        return buffer;
    }

    [Fact]
    public void Sec13_D1_every_official_notice_reads_back_with_its_year_days_and_papers()
    {
        var notices = ChinaWorkingDayCalendar.Official.Notices;

        Assert.Equal(20, notices.Count);   // 2007–2026
        Assert.All(notices, notice =>
        {
            using var json = Written(stream => HolidayNoticeJson.Write(notice, stream));
            var copy = HolidayNoticeJson.Read(json);
            Assert.Equal(notice.Year, copy.Year);
            Assert.Equal(notice.Days, copy.Days);
            Assert.Equal(notice.Papers, copy.Papers);
        });
    }

    [Property]
    public Property Sec11_a_regional_notice_reads_back_with_its_region_year_days_and_papers() =>
        Prop.ForAll(Randoms.ToArbitrary(), random =>
        {
            var year = 2000 + random.Next(100);
            var days = Enumerable.Range(0, 366).Where(_ => random.Next(40) == 0).Select(d => new LocalDate(year, 1, 1).PlusDays(d - 31))
                .Where(date => date.Year == year || date.Month == 12).Select(date => new NoticeDay(date, random.Next(2) == 0, Name(random)));
            var notice = new RegionalNotice(new RegionCode(450000 + random.Next(100) * 100), Name(random), year, days,
                Enumerable.Range(0, random.Next(3)).Select(_ => "https://" + Text(random, 3)));
            using var json = Written(stream => RegionalNoticeJson.Write(notice, stream));
            var copy = RegionalNoticeJson.Read(json);
            return (copy.Region, copy.RegionName, copy.Year).Equals((notice.Region, notice.RegionName, notice.Year))
                   && copy.Days.SequenceEqual(notice.Days) && copy.Papers.SequenceEqual(notice.Papers);
        });

    [Property]
    public Property Sec10_a_catalog_reads_back_equal_row_by_row() =>
        Prop.ForAll(Randoms.ToArbitrary(), random =>
        {
            var rows = Catalogs.CatalogDeadlineTests.Civil.Rows.Where((_, i) => i == 0 || random.Next(2) == 0).Select(row =>
                new CatalogRow(row.Number, row.Items, Name(random), Name(random), row.TimeLimitText, Name(random), row.Channels, row.Audience, row.Modes, row.Levels)
                {
                    Remarks = random.Next(2) == 0 ? null : Name(random),
                });
            var catalog = new CountyCatalog(Name(random), rows);
            using var json = Written(stream => PolicyJson.WriteCatalog(catalog, stream));
            return PolicyJson.ReadCatalog(json).Equals(catalog);
        });

    [Property]
    public Property Sec9_3_an_annual_report_reads_back_equal_whatever_its_figures_and_texts() =>
        Prop.ForAll(Randoms.ToArbitrary(), random =>
        {
            int Figure() => random.Next(-3, 40);   // figures are kept as given, a wrong one included (§9.4)
            ApplicantCounts Row() => new(Figure(), Figure(), Figure(), Figure(), Figure(), Figure(), Figure());
            RedressCounts Redress() => new(Figure(), Figure(), Figure(), Figure(), Figure());
            var requests = RequestTable.Rows.Aggregate(RequestTable.Empty, (table, row) => table.With(row, Row()));
            var report = new AnnualReport(Name(random), Name(random), 2000 + random.Next(100), Text(random, random.Next(6)),
                new ProactiveDisclosureFigures(new DocumentCounts(Figure(), Figure(), Figure()), new DocumentCounts(Figure(), Figure(), Figure()), Figure(), Figure(),
                    Figure(), random.Next(100_000) / 100m),
                requests, new RedressTable(Redress(), Redress(), Redress()), Text(random, random.Next(6)), Text(random, random.Next(6)))
            {
                LastYearCarriedForward = random.Next(2) == 0 ? null : Row(),
                IsAggregate = random.Next(2) == 0,
            };
            using var json = Written(stream => PolicyJson.WriteAnnualReport(report, stream));
            return PolicyJson.ReadAnnualReport(json).Equals(report);
        });
}
