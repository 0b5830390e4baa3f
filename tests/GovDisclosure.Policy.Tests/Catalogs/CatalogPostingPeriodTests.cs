using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Calendar;
using static GovDisclosure.Policy.Tests.Catalogs.CatalogEvaluationTests;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>D35: a row's posting period (公示期) — an item taken down on or before its last day came down too early — judged on registers
/// of catalog rows (the registers and helpers of <see cref="CatalogEvaluationTests"/>).</summary>
public sealed class CatalogPostingPeriodTests
{
    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void D35_an_item_taken_down_on_or_before_the_last_day_of_its_posting_period_was_taken_down_too_early(int daysAfterEnd, bool early)
    {
        var published = new LocalDate(2024, 3, 4);
        var end = WalkingCalendar.AddWorkingDays(published, 7);

        var evaluation = Evaluate(YearEnd, Row("list", "2", Made, Website(published) with { TakenDownOn = end.PlusDays(daysAfterEnd) }));

        var kinds = FindingsAbout(evaluation, "list").Select(f => f.Kind).ToArray();
        Assert.Equal(early ? [FindingKind.TakenDownEarly] : [], kinds);
    }

    [Fact]
    public void D35_the_taken_down_early_finding_gives_the_posting_end_and_the_day_it_came_down()
    {
        var evaluation = Evaluate(YearEnd, Row("list", "2", Made, Website(new LocalDate(2024, 3, 4)) with { TakenDownOn = new LocalDate(2024, 3, 8) }));

        var finding = Assert.Single(FindingsAbout(evaluation, "list"));
        Assert.Equal(["§10", "D35"], finding.ClauseIds);
        Assert.Equal("某县民政 序号2 (record list) was posted on 2024-03-04 for 7 working days, through 2024-03-13, and taken down on 2024-03-08.", finding.MessageEn);
    }

    [Fact]
    public void D35_a_second_posting_still_up_on_the_last_day_keeps_the_item_posted()
    {
        var first = Website(new LocalDate(2024, 3, 4)) with { TakenDownOn = new LocalDate(2024, 3, 6) };
        var board = On(new LocalDate(2024, 3, 5), NationalChannel.NoticeBoard) with { TakenDownOn = new LocalDate(2024, 3, 14) };
        var tooShort = On(new LocalDate(2024, 3, 5), NationalChannel.NoticeBoard) with { TakenDownOn = new LocalDate(2024, 3, 13) };

        Assert.Empty(FindingsAbout(Evaluate(YearEnd, Row("list", "2", Made, first, board)), "list"));
        var finding = Assert.Single(FindingsAbout(Evaluate(YearEnd, Row("list", "2", Made, first, tooShort)), "list"));
        Assert.EndsWith("taken down on 2024-03-13.", finding.MessageEn);   // the later of the two take-downs
    }

    [Fact]
    public void D35_a_take_down_after_the_evaluation_day_or_a_posting_made_after_it_is_not_yet_known()
    {
        var record = Row("list", "2", Made, Website(new LocalDate(2024, 3, 4)) with { TakenDownOn = new LocalDate(2024, 3, 8) },
            On(new LocalDate(2024, 3, 11), NationalChannel.NoticeBoard));

        Assert.Empty(FindingsAbout(Evaluate(new LocalDate(2024, 3, 7), record), "list"));
        Assert.Single(FindingsAbout(Evaluate(new LocalDate(2024, 3, 8), Row("list", "2", Made,
            Website(new LocalDate(2024, 3, 4)) with { TakenDownOn = new LocalDate(2024, 3, 8) })), "list"));
        Assert.Empty(FindingsAbout(Evaluate(new LocalDate(2024, 3, 11), record), "list"));   // the board posting from 11 March is still up
    }

    [Fact]
    public void D35_a_row_with_no_posting_period_may_come_down_the_next_day()
    {
        Assert.Empty(FindingsAbout(Evaluate(YearEnd, Row("r", "1", Made, Website(Made) with { TakenDownOn = Made.PlusDays(1) })), "r"));
    }

    [Property(MaxTest = 60)]
    public Property D35_a_take_down_is_early_exactly_when_it_falls_on_or_before_the_posting_end() =>
        Prop.ForAll(Gen.Choose(0, 330).ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (day, after) =>
        {
            var published = new LocalDate(2024, 1, 1).PlusDays(day);
            var down = published.PlusDays(after);
            var evaluation = Evaluate(YearEnd, Row("list", "2", published, Website(published) with { TakenDownOn = down }));
            var early = FindingsAbout(evaluation, "list").Any(f => f.Kind == FindingKind.TakenDownEarly);
            return early == (down <= WalkingCalendar.AddWorkingDays(published, 7));
        });
}
