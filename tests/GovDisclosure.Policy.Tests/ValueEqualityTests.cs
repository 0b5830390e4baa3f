using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Values that define their own equality compare every member they hold: a copy is equal with the same hash, and a
/// change to any one member makes them unequal (records that hold lists compare them element by element).
/// </summary>
public sealed class ValueEqualityTests
{
    private static void EqualOnlyToCopies<T>(T value, T copy, params T[] changed)
        where T : class, IEquatable<T>
    {
        Assert.True(value.Equals(copy));
        Assert.True(value.Equals((object)copy));
        Assert.Equal(value.GetHashCode(), copy.GetHashCode());
        Assert.False(value.Equals(null));
        Assert.False(value.Equals((object?)null));
        Assert.All(changed.Select((other, index) => (other, index)), pair =>
        {
            Assert.False(value.Equals(pair.other), $"change {pair.index} was not seen");
            Assert.False(value.Equals((object)pair.other), $"change {pair.index} was not seen through Equals(object)");
        });
    }

    [Fact]
    public void D1_a_day_description_compares_its_date_kind_holiday_notice_and_provisional_flag()
    {
        static DayInfo Day(int day = 10, string kind = nameof(DayKind.StatutoryHoliday), bool spring = true, string? name = "春节", int? year = 2024, bool provisional = false) =>
            new(new LocalDate(2024, 2, day), DayKind.Parse(kind), spring ? Holiday.SpringFestival : Holiday.NationalDay, name, year, provisional);

        EqualOnlyToCopies(Day(), Day(),
            Day(day: 11), Day(kind: nameof(DayKind.AdjustedWorkingDay)), Day(spring: false), Day(name: "春"), Day(name: null), Day(year: 2023), Day(year: null),
            Day(provisional: true));
    }

    [Fact]
    public void D26_a_profile_compares_its_name_overrides_removed_entries_and_pre_disclosure_days()
    {
        static DeadlineProfile Profile(string name = "县", int offset = 10, bool remove = true, int preDays = 30)
        {
            var profile = new DeadlineProfile(name).Override(Cadence.Monthly, offset, DeadlineUnit.WorkingDays).WithPreDisclosureDays(preDays);
            return remove ? profile.Without(ScheduleEntry.BA3) : profile;
        }

        EqualOnlyToCopies(Profile(), Profile(), Profile(name: "区"), Profile(offset: 11), Profile(remove: false), Profile(preDays: 31));
    }

    [Fact]
    public void D11_a_complaint_compares_every_step_of_its_history()
    {
        var lodged = Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, new LocalDate(2024, 3, 4));
        Complaint Full(Complaint start) => start.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 20), "已答复").Rectify(new LocalDate(2024, 3, 25));

        EqualOnlyToCopies(Full(lodged), Full(lodged),
            Full(Complaint.Lodge("c2", "school", ComplaintChannel.Hotline, new LocalDate(2024, 3, 4))),
            Full(Complaint.Lodge("c1", "mzj", ComplaintChannel.Hotline, new LocalDate(2024, 3, 4))),
            Full(Complaint.Lodge("c1", "school", ComplaintChannel.Mailbox, new LocalDate(2024, 3, 4))),
            Full(Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, new LocalDate(2024, 3, 5))),
            lodged.Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 20), "已答复").Rectify(new LocalDate(2024, 3, 25)),
            lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 10)).Resolve(new LocalDate(2024, 3, 20), "已答复").Rectify(new LocalDate(2024, 3, 25)),
            lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 21), "已答复").Rectify(new LocalDate(2024, 3, 25)),
            lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 20), "已整改").Rectify(new LocalDate(2024, 3, 25)),
            lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 20), "已答复").Rectify(new LocalDate(2024, 3, 26)),
            lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 9)).Resolve(new LocalDate(2024, 3, 20), "已答复"));
    }

    [Fact]
    public void Sec3_1_a_publication_compares_its_date_and_each_channel_in_order()
    {
        static Publication On(int day, params Channel[] channels) => new(new LocalDate(2024, 3, day), channels);

        EqualOnlyToCopies(On(4, Channel.GovernmentPortal, Channel.Intranet), On(4, Channel.GovernmentPortal, Channel.Intranet),
            On(5, Channel.GovernmentPortal, Channel.Intranet), On(4, Channel.GovernmentPortal), On(4, Channel.Intranet, Channel.GovernmentPortal));
    }

    [Fact]
    public void D13_a_record_compares_every_field_and_each_publication()
    {
        static DisclosureRecord Record(string id = "r", string body = "school", bool item = false, int day = 8, bool classified = false, bool falsified = false,
            bool refused = false, string? subject = "doc", int publishedDay = 12) =>
            new(id, body, ScheduleEntry.IM1, item ? DisclosureItem.G01 : null, new LocalDate(2024, 2, day), [Registers.Portal(new LocalDate(2024, 3, publishedDay))],
                classified, falsified, refused, subject);

        EqualOnlyToCopies(Record(), Record(),
            Record(id: "s"), Record(body: "mzj"), Record(item: true), Record(day: 9), Record(classified: true), Record(falsified: true), Record(refused: true),
            Record(subject: null), Record(publishedDay: 13),
            new DisclosureRecord("r", "school", ScheduleEntry.IM2, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 3, 12))]) { Subject = "doc" });
    }

    [Fact]
    public void D24_an_inspection_plan_compares_its_year_body_and_dates()
    {
        static InspectionPlan Plan(int year = 2024, string? body = null, int day = 18) => new(year, body, [new LocalDate(2024, 6, day), new LocalDate(2024, 11, 20)]);

        EqualOnlyToCopies(Plan(), Plan(), Plan(year: 2025), Plan(body: "school"), Plan(day: 19));
    }

    [Fact]
    public void Sec5_a_reason_compares_its_clauses_and_both_texts()
    {
        EqualOnlyToCopies(new Reason(["§4.2", "D14"], new("zh", "en")), new Reason(["§4.2", "D14"], new("zh", "en")),
            new Reason(["§4.2"], new("zh", "en")), new Reason(["D14", "§4.2"], new("zh", "en")), new Reason(["§4.2", "D14"], new("中", "en")), new Reason(["§4.2", "D14"], new("zh", "EN")));
    }

    [Fact]
    public void Sec3_1_a_publication_and_a_record_copy_what_they_are_given_and_refuse_null_elements()
    {
        Channel[] channels = [Channel.GovernmentPortal];
        var publication = new Publication(new LocalDate(2024, 3, 4), channels);
        Publication[] publications = [publication];
        var record = new DisclosureRecord("r", "school", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), publications);

        channels[0] = Channel.Intranet;
        publications[0] = Registers.Portal(new LocalDate(2024, 5, 1));

        Assert.Equal([Channel.GovernmentPortal], publication.Channels);
        Assert.Equal([publication], record.Publications);
        Assert.Same(publication.Channels, publication.Channels);
        Assert.Same(record.Publications, record.Publications);
        Assert.Equal("channels", ArgumentAssert.Throws<ArgumentNullException>(() => new Publication(new LocalDate(2024, 3, 4), [null!])).ParamName);
        Assert.Equal("publications", ArgumentAssert.Throws<ArgumentNullException>(() => new DisclosureRecord("r", "school", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), [null!])).ParamName);
    }

    [Fact]
    public void Sec2_2_a_body_keeps_the_administrative_level_it_is_given_and_otherwise_takes_its_types()
    {
        Assert.Equal(AdministrativeLevel.Township, (Registers.School() with { Level = AdministrativeLevel.Township }).Level);
        Assert.Equal(AdministrativeLevel.Township, new Body("t", "镇学校", BodyType.School, Registers.Principal, null) { Level = AdministrativeLevel.Township }.Level);
        Assert.Equal(AdministrativeLevel.Of(BodyType.School), Registers.School().Level);
    }
}
