using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Evaluation;
using NodaTime.Testing;
using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>"Today" in mainland China from a clock (D27: every evaluation is as of a day): UTC+8, no daylight saving, and the clock overloads.</summary>
public sealed class ChinaTimeTests
{
    // Received Mon 23 Sep 2024, due Thu 24 Oct: overdue from China's 25 October, which starts at 16:00 UTC on the 24th.
    private static readonly InformationRequest Unanswered = InPerson(D(2024, 9, 23), "unanswered");

    private static readonly Instant LastMomentOfDueDay = Instant.FromUtc(2024, 10, 24, 15, 59, 59).PlusNanoseconds(999_999_999);

    private static FakeClock At(Instant instant) => new(instant);

    private static Register WithUnanswered() =>
        new RegisterBuilder(2024).AddBodies([Registers.Bureau()]).AddInspections([Registers.CountyInspections]).AddRequests([Unanswered]).Build();

    [Theory]
    [InlineData(2024, 10, 23, 15, 59, 23)]
    [InlineData(2024, 10, 23, 16, 0, 24)]   // midnight in Beijing
    [InlineData(2024, 10, 24, 15, 59, 24)]
    [InlineData(2024, 10, 24, 16, 0, 25)]
    [InlineData(2024, 12, 31, 16, 0, 1)]    // New Year's Day in China while it is still 31 December in UTC
    public void D27_today_in_China_turns_at_16_00_UTC(int year, int month, int day, int hour, int minute, int chinaDay)
    {
        var today = ChinaTime.Today(At(Instant.FromUtc(year, month, day, hour, minute)));

        Assert.Equal(chinaDay, today.Day);
        Assert.Equal(chinaDay == 1 ? year + 1 : year, today.Year);
    }

    [Fact]
    public void D27_China_is_UTC_plus_8_in_winter_and_in_summer()
    {
        Assert.Equal(Offset.FromHours(8), ChinaTime.Offset);
        Assert.Equal(Offset.FromHours(8), ChinaTime.Zone.GetUtcOffset(Instant.FromUtc(2024, 1, 15, 0, 0)));
        Assert.Equal(Offset.FromHours(8), ChinaTime.Zone.GetUtcOffset(Instant.FromUtc(2024, 7, 15, 0, 0)));
        Assert.Equal("UTC+08", ChinaTime.Zone.Id);
    }

    [Property(MaxTest = 500)]
    public Property D27_China_time_is_tzdbs_Asia_Shanghai_on_every_instant_from_2000_to_2099()
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var start = Instant.FromUtc(2000, 1, 1, 0, 0);
        var instants = Gen.Choose(0, 36_524).Zip(Gen.Choose(0, 86_399))
            .Select(t => start.Plus(Duration.FromDays(t.Item1) + Duration.FromSeconds(t.Item2)));
        return Prop.ForAll(instants.ToArbitrary(), instant =>
            ChinaTime.DateAt(instant) == instant.InZone(shanghai).Date && ChinaTime.Today(At(instant)) == instant.InZone(shanghai).Date);
    }

    [Fact]
    public void A_missing_clock_is_named()
    {
        Assert.Equal("clock", ArgumentAssert.Throws<ArgumentNullException>(() => ChinaTime.Today(null!)).ParamName);
    }

    [Fact]
    public void D17_a_request_is_overdue_by_clock_from_the_first_moment_of_the_day_after_its_due_date_in_China()
    {
        Assert.Equal(D(2024, 10, 24), Due(Unanswered));
        Assert.False(Seed.ReplyStatusOn(Unanswered, ChinaTime.Today(At(Instant.FromUtc(2024, 10, 23, 16, 0)))).IsOverdue);
        Assert.False(Seed.ReplyStatusOn(Unanswered, ChinaTime.Today(At(LastMomentOfDueDay))).IsOverdue);
        var overdue = Seed.ReplyStatusOn(Unanswered, ChinaTime.Today(At(LastMomentOfDueDay.PlusNanoseconds(1))));
        Assert.True(overdue.IsOverdue);
        Assert.Equal(1, overdue.WorkingDaysLate);
    }

    [Fact]
    public void D27_an_evaluation_by_clock_is_as_of_the_day_in_China()
    {
        var register = WithUnanswered();

        Assert.Equal(0, Seed.Evaluate(register, ChinaTime.Today(At(LastMomentOfDueDay))).GetUnit("mzj").Requests.Overdue);
        Assert.Equal(1, Seed.Evaluate(register, ChinaTime.Today(At(LastMomentOfDueDay.PlusNanoseconds(1)))).GetUnit("mzj").Requests.Overdue);
        Assert.Equal(D(2024, 10, 25), Seed.Evaluate(register, ChinaTime.Today(At(LastMomentOfDueDay.PlusNanoseconds(1)))).AsOf);
    }

    [Fact]
    public async Task D27_a_streamed_evaluation_by_clock_is_as_of_the_day_in_China()
    {
        var json = new MemoryStream();
        PolicyJson.WriteRegister(WithUnanswered(), json);
        MemoryStream Input() => new(json.ToArray());

        Assert.Equal(0, PolicyJson.EvaluateRegister(Seed, Input(), ChinaTime.Today(At(LastMomentOfDueDay))).GetUnit("mzj").Requests.Overdue);
        Assert.Equal(1, PolicyJson.EvaluateRegister(Seed, Input(), ChinaTime.Today(At(LastMomentOfDueDay.PlusNanoseconds(1)))).GetUnit("mzj").Requests.Overdue);
        Assert.Equal(0, (await PolicyJson.EvaluateRegisterAsync(Seed, Input(), ChinaTime.Today(At(LastMomentOfDueDay)))).GetUnit("mzj").Requests.Overdue);
        Assert.Equal(1, (await PolicyJson.EvaluateRegisterAsync(Seed, Input(), ChinaTime.Today(At(LastMomentOfDueDay.PlusNanoseconds(1))))).GetUnit("mzj").Requests.Overdue);
    }

    [Fact]
    public void D11_a_complaint_is_overdue_by_clock_from_the_day_after_its_tier_deadline_in_China()
    {
        var complaint = Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, D(2024, 3, 1));
        var deadline = complaint.TierDeadline(Seed.Calendar);
        var lastMoment = deadline.PlusDays(1).AtMidnight().InZoneStrictly(ChinaTime.Zone).ToInstant().PlusNanoseconds(-1);

        Assert.False(complaint.IsOverdue(Seed.Calendar, ChinaTime.Today(At(lastMoment))));
        Assert.True(complaint.IsOverdue(Seed.Calendar, ChinaTime.Today(At(lastMoment.PlusNanoseconds(1)))));
    }
}
