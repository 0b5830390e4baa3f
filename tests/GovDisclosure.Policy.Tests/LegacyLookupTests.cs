namespace GovDisclosure.Policy.Tests;

#pragma warning disable CS0618   // the obsolete lookups are what these tests are about

/// <summary>
/// SmartEnum's lookups by name, re-declared by the library so that callers of 0.6 keep its behaviour (null and empty codes are false, an
/// unknown code names the valid ones) rather than SmartEnum's own, and marked obsolete in favour of <c>Parse</c> and <c>TryParse</c>.
/// </summary>
public sealed class LegacyLookupTests
{
    [Fact]
    public void Sec3_3_FromName_and_TryFromName_answer_as_Parse_and_TryParse()
    {
        Assert.Same(ScheduleEntry.MO1, ScheduleEntry.FromName("MO1"));
        Assert.Same(ScheduleEntry.MO1, ScheduleEntry.FromName("mo1", ignoreCase: true));
        Assert.True(ScheduleEntry.TryFromName("MO1", out var found));
        Assert.Same(ScheduleEntry.MO1, found);
        Assert.False(ScheduleEntry.TryFromName(null, out _));
        Assert.False(ScheduleEntry.TryFromName("", ignoreCase: true, out _));
        Assert.True(ScheduleEntry.TryFromName("mo1", ignoreCase: true, out _));
        Assert.Equal("MO9", Assert.Throws<UnknownCodeException>(() => ScheduleEntry.FromName("MO9")).Code);
    }

    [Fact]
    public void Sec3_3_Parse_compares_codes_with_case_unless_asked_not_to()
    {
        Assert.Equal("mo1", Assert.Throws<UnknownCodeException>(() => ScheduleEntry.Parse("mo1")).Code);
        Assert.Same(ScheduleEntry.MO1, ScheduleEntry.Parse("mo1", ignoreCase: true));
        Assert.False(ScheduleEntry.TryParse("mo1", out _));
    }
}
