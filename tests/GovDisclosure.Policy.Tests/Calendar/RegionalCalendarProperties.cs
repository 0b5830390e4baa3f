using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>§11: invariants of regional overlays over random regions, years and days.</summary>
public sealed class RegionalCalendarProperties
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    private static Gen<RegionCode> Regions =>
        from province in Gen.Choose(11, 82)
        from prefecture in Gen.Choose(0, 99)
        from county in Gen.Choose(0, 99)
        select new RegionCode((province * 10000) + (prefecture * 100) + (prefecture == 0 ? 0 : county));

    private static Gen<LocalDate> Dates => Gen.Choose(0, 7304).Select(offset => new LocalDate(2007, 1, 1).PlusDays(offset));

    [Property(MaxTest = 50)]
    public Property Sec11_overlaying_an_empty_regional_notice_changes_no_day_and_no_count() =>
        Prop.ForAll(Regions.ToArbitrary(), Gen.Choose(2007, 2026).ToArbitrary(), Dates.Zip(Gen.Choose(-100, 100)).ToArbitrary(),
            (region, year, dateAndCount) =>
            {
                var (date, n) = dateAndCount;
                var regional = Official.WithRegionalNotice(new RegionalNotice(region, "某地", year, []));

                Assert.Equal(region, regional.Region);
                Assert.Equal(Official.Describe(date), regional.Describe(date));
                var start = date.Year is > 2007 and < 2026 ? date : new LocalDate(2016, 6, 1);
                Assert.Equal(Official.AddWorkingDays(start, n), regional.AddWorkingDays(start, n));
                Assert.Equal(Official.WorkingDaysBetween(HolidayCnData.FirstDay, date), regional.WorkingDaysBetween(HolidayCnData.FirstDay, date));
            });

    [Property(MaxTest = 50)]
    public Property Sec11_a_regional_day_off_is_off_and_a_regional_working_day_works_whatever_the_national_notice_said() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (date, off) =>
        {
            var notice = new RegionalNotice(new RegionCode(450000), "广西壮族自治区", date.Month == 12 && date.Year < 2026 ? date.Year + 1 : date.Year,
                [new NoticeDay(date, off, "地方节日")]);
            if (notice.Year > 2026)
            {
                return;
            }

            var regional = Official.WithRegionalNotice(notice);

            Assert.Equal(!off, regional.IsWorkingDay(date));
            Assert.Equal(new RegionCode(450000), regional.Describe(date).Region);
            regional.Validate();
        });
}
