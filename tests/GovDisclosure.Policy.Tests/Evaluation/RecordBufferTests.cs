using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>The record buffer a source fills (§13): it holds what it was given, in any form, and makes the same record of it.</summary>
public sealed class RecordBufferTests
{
    [Property(MaxTest = 30)]
    public Property Sec13_a_record_copied_into_a_buffer_comes_back_equal() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), seed =>
        {
            var register = CountyRegisters.Of(seed, CountyRegisters.Bodies("a", 3), "a");
            var buffer = new RecordBuffer();
            return register.Records.All(record => Sessions.Fill(buffer, record, 0).ToRecord(record.BodyId) == record);
        });

    [Fact]
    public void Sec13_an_id_given_as_a_string_characters_or_utf8_reads_back_the_same()
    {
        var buffer = new RecordBuffer { Id = "文-1" };
        Assert.Equal("文-1", buffer.Id);

        buffer.SetId("文-2".AsSpan());
        Assert.Equal("文-2", buffer.Id);

        buffer.SetIdUtf8(Encoding.UTF8.GetBytes("文-3"));
        Assert.Equal("文-3", buffer.Id);

        buffer.SetSubject("第一批".AsSpan());
        Assert.Equal("第一批", buffer.Subject);
        buffer.SetSubjectUtf8(Encoding.UTF8.GetBytes("第二批"));
        Assert.Equal("第二批", buffer.Subject);
    }

    [Fact]
    public void Sec13_long_text_grows_the_buffers()
    {
        var buffer = new RecordBuffer();
        var longId = new string('档', 300);

        buffer.SetId(longId.AsSpan());
        Assert.Equal(longId, buffer.Id);
        buffer.SetIdUtf8(Encoding.UTF8.GetBytes(longId));
        Assert.Equal(longId, buffer.Id);
    }

    [Fact]
    public void Sec13_bytes_that_are_not_utf8_are_an_argument_error()
    {
        var buffer = new RecordBuffer();

        Assert.Equal("utf8 is not valid UTF-8.", ArgumentAssert.Throws<ArgumentException>("utf8", () => buffer.SetIdUtf8([0xE6, 0x96])).Message);
        ArgumentAssert.Throws<ArgumentException>("utf8", () => buffer.SetSubjectUtf8([0xFF]));
    }

    [Fact]
    public void Sec13_the_try_forms_set_valid_utf8_and_otherwise_say_no_and_keep_what_was_held()
    {
        var buffer = new RecordBuffer();

        Assert.True(buffer.TrySetIdUtf8("编号-1"u8));
        Assert.True(buffer.TrySetSubjectUtf8("关于"u8));
        Assert.False(buffer.TrySetIdUtf8([0xE6, 0x96]));
        Assert.False(buffer.TrySetSubjectUtf8([0xFF]));
        Assert.Equal(("编号-1", "关于"), (buffer.Id, buffer.Subject));
        Assert.True(buffer.TrySetIdUtf8(Encoding.UTF8.GetBytes(new string('长', 40))));
        Assert.Equal(new string('长', 40), buffer.Id);
        var fresh = new RecordBuffer();
        Assert.False(fresh.TrySetIdUtf8([0xC0, 0x80]));   // an overlong form of U+0000
        Assert.Null(fresh.Id);
    }

    [Fact]
    public void Sec13_clear_empties_everything_but_keeps_the_buffers()
    {
        var buffer = new RecordBuffer
        {
            Id = "r", Subject = "s", BodyIndex = 3, Obligation = ScheduleEntry.IM1, Item = DisclosureItem.G01, Trigger = new LocalDate(2024, 1, 2),
            IsClassified = true, IsFalsified = true, IsRefused = true,
        };
        buffer.AddPublication(new LocalDate(2024, 1, 3), [Channel.GovernmentPortal]);

        Assert.Same(buffer, buffer.Clear());
        Assert.Equal((null, null, -1, null, null, default(LocalDate), false, false, false, 0),
            (buffer.Id, buffer.Subject, buffer.BodyIndex, buffer.Obligation, buffer.Item, buffer.Trigger, buffer.IsClassified, buffer.IsFalsified, buffer.IsRefused, buffer.PublicationCount));
    }

    [Fact]
    public void Sec13_many_publications_with_many_channels_are_kept_each_with_its_own()
    {
        var buffer = new RecordBuffer { Id = "r", Obligation = ScheduleEntry.IM1, Trigger = new LocalDate(2024, 1, 2) };
        var publications = Enumerable.Range(0, 9).Select(i => new Publication(new LocalDate(2024, 1, 3).PlusDays(i), Channel.InOrder.Take(i % 5).ToArray())
        {
            NationalChannels = GovDisclosure.Policy.Catalogs.NationalChannel.InOrder.Skip(i).Take(i % 3).ToArray(),
            TakenDownOn = i % 2 == 0 ? new LocalDate(2024, 6, 1) : null,
        }).ToArray();
        foreach (var publication in publications)
        {
            buffer.AddPublication(publication);
        }

        Assert.Equal(publications, buffer.ToRecord("b").Publications);
        Assert.Equal(9, buffer.PublicationCount);
    }

    [Fact]
    public void Sec13_a_null_channel_is_an_argument_error_naming_the_list()
    {
        var buffer = new RecordBuffer();

        ArgumentAssert.Throws<ArgumentNullException>("channels", () => buffer.AddPublication(new LocalDate(2024, 1, 3), [null!]));
        ArgumentAssert.Throws<ArgumentNullException>("nationalChannels", () => buffer.AddPublication(new LocalDate(2024, 1, 3), [], [null!], null));
        ArgumentAssert.Throws<ArgumentNullException>("publication", () => buffer.AddPublication(null!));
        Assert.Equal(0, buffer.PublicationCount);
    }

    [Fact]
    public void Sec13_a_record_needs_an_id_an_obligation_and_a_unit_to_be_made()
    {
        Assert.Throws<InvalidOperationException>(() => new RecordBuffer { Obligation = ScheduleEntry.IM1 }.ToRecord("b"));
        Assert.Throws<InvalidOperationException>(() => new RecordBuffer { Id = "r" }.ToRecord("b"));
        ArgumentAssert.Throws<ArgumentNullException>("bodyId", () => new RecordBuffer { Id = "r", Obligation = ScheduleEntry.IM1 }.ToRecord(null!));
        ArgumentAssert.Throws<ArgumentException>("Item", () => new RecordBuffer { Id = "r", Obligation = ObligationKey.Of(DisclosureItem.G15), Item = DisclosureItem.G15 }.ToRecord("b"));
    }

    [Theory]
    [InlineData(" \t\r\n", true)]
    [InlineData("\u3000", true)]
    [InlineData("", true)]
    [InlineData(" a ", false)]
    [InlineData("档", false)]
    public void Sec13_a_blank_id_is_blank_however_it_was_given(string id, bool blank)
    {
        var session = DisclosurePolicy.Default.BeginEvaluation(2024, [Registers.School()], new LocalDate(2024, 12, 31));
        var buffer = new RecordBuffer { BodyIndex = 0, Obligation = ScheduleEntry.ST1, Trigger = new LocalDate(2024, 3, 1) };
        foreach (Action<RecordBuffer> set in new Action<RecordBuffer>[] { b => b.Id = id, b => b.SetId(id.AsSpan()), b => b.SetIdUtf8(Encoding.UTF8.GetBytes(id)) })
        {
            set(buffer);
            var taken = session.TryAdd(buffer, out var problem);
            Assert.Equal(blank, problem?.Message == "it has no id; every record has a stable id.");
            Assert.Equal(!blank, taken);   // an event's record: the session keeps no ids, so the same one is taken again
        }
    }

    [Fact]
    public void Sec13_a_new_buffer_names_no_unit_and_an_id_set_to_null_is_gone()
    {
        var buffer = new RecordBuffer { Id = "r" };
        buffer.Id = null;

        Assert.Equal((-1, null), (new RecordBuffer().BodyIndex, buffer.Id));
    }

    [Fact]
    public void Sec13_records_made_from_one_buffer_share_their_one_and_two_channel_arrays()
    {
        var buffer = new RecordBuffer { Id = "r", Obligation = ScheduleEntry.IM1, Trigger = new LocalDate(2024, 1, 2) };
        buffer.AddPublication(new LocalDate(2024, 1, 3), [Channel.GovernmentPortal]);
        buffer.AddPublication(new LocalDate(2024, 1, 4), [Channel.GovernmentPortal, Channel.InternalNoticeBoard]);
        buffer.AddPublication(new LocalDate(2024, 1, 5), [Channel.InternalNoticeBoard, Channel.GovernmentPortal]);
        var (first, second) = (buffer.ToRecord("b").PublicationArray, buffer.ToRecord("b").PublicationArray);

        Assert.Same(first[0].ChannelArray, second[0].ChannelArray);
        Assert.Same(first[1].ChannelArray, second[1].ChannelArray);
        Assert.Same(first[2].ChannelArray, second[2].ChannelArray);
        Assert.NotSame(first[1].ChannelArray, first[2].ChannelArray);
        Assert.Equal([Channel.InternalNoticeBoard, Channel.GovernmentPortal], first[2].Channels);
    }

    [Fact]
    public void Sec13_records_of_one_publication_on_the_same_day_through_the_same_channels_share_it()
    {
        var buffer = new RecordBuffer { Id = "r", Obligation = ScheduleEntry.IM1, Trigger = new LocalDate(2024, 1, 2) };
        Publication[] Made(LocalDate day, Channel[] channels, NationalChannel[]? national = null, LocalDate? takenDown = null)
        {
            buffer.Clear();
            (buffer.Id, buffer.Obligation, buffer.Trigger) = ("r", ScheduleEntry.IM1, new LocalDate(2024, 1, 2));
            buffer.AddPublication(day, channels, national ?? [], takenDown);
            return buffer.ToRecord("b").PublicationArray;
        }

        var day = new LocalDate(2024, 1, 3);
        Channel[] one = [Channel.GovernmentPortal], two = [Channel.GovernmentPortal, Channel.InternalNoticeBoard];
        Channel[] three = [Channel.GovernmentPortal, Channel.InternalNoticeBoard, Channel.Intranet];

        Assert.Same(Made(day, one), Made(day, one));
        Assert.Same(Made(day, two), Made(day, two));
        Assert.NotSame(Made(day, one), Made(day, two));
        Assert.NotSame(Made(day, one), Made(day.PlusDays(1), one));
        Assert.NotSame(Made(day, three), Made(day, three));
        Assert.Equal(three, Made(day, three)[0].Channels);
        Assert.NotSame(Made(day, one, [NationalChannel.InOrder[0]]), Made(day, one, [NationalChannel.InOrder[0]]));
        Assert.Equal([NationalChannel.InOrder[0]], Made(day, one, [NationalChannel.InOrder[0]])[0].NationalChannels);
        Assert.NotSame(Made(day, one, takenDown: day.PlusDays(9)), Made(day, one, takenDown: day.PlusDays(9)));
        Assert.Equal(day.PlusDays(9), Made(day, one, takenDown: day.PlusDays(9))[0].TakenDownOn);

        // Far more days than the table has slots: each record still holds its own day and channels, and the last made of each is shared.
        for (var i = 0; i < 3_000; i++)
        {
            var (date, channels) = (day.PlusDays(i % 1_500), i % 2 == 0 ? one : two);
            var made = Made(date, channels);
            Assert.Equal(date, made[0].Date);
            Assert.Equal(channels, made[0].Channels);
            Assert.Same(made, Made(date, channels));
        }
    }

    [Fact]
    public void Sec13_what_a_buffer_lacks_for_a_record_is_said()
    {
        Assert.Equal("The buffer holds no record id; set Id before making a record of it.",
            Assert.Throws<InvalidOperationException>(() => new RecordBuffer { Obligation = ScheduleEntry.IM1 }.ToRecord("b")).Message);
        Assert.Equal("The buffer's record r names no obligation; set Obligation first.",
            Assert.Throws<InvalidOperationException>(() => new RecordBuffer { Id = "r" }.ToRecord("b")).Message);
        Assert.Equal("channels holds a null element; every publication channel is a member.",
            ArgumentAssert.Throws<ArgumentNullException>("channels", () => new RecordBuffer().AddPublication(new LocalDate(2024, 1, 3), [null!])).Message);
    }
}
