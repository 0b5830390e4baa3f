using System.Runtime.CompilerServices;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// One disclosure record as a source reads it — a row of a table, an element of a file, a message of a queue — held in buffers
/// reused from record to record, for <see cref="EvaluationSession.Add(RecordBuffer)"/>. The session judges the record from here
/// and makes a <see cref="DisclosureRecord"/> of it only for a finding or an outcome, so a record found on time costs no
/// allocation when its id is given as characters or UTF-8 bytes (or as a string the source already holds).
/// </summary>
/// <remarks>
/// A buffer is a mutable scratchpad for one thread, like <see cref="System.Text.StringBuilder"/>: fill it, hand it to the session,
/// <see cref="Clear"/> it, fill it with the next record. The session reads it during the call and keeps nothing of it.
/// </remarks>
public sealed class RecordBuffer
{
    private static readonly int ChannelSlots = Channel.InOrder.Max(channel => channel.Value) + 1;
    private static readonly Channel[][] SingleChannels = [.. Enumerable.Range(0, ChannelSlots).Select(value => Channel.InOrder.Where(c => c.Value == value).Take(1).ToArray())];

    private readonly BufferedText id = new();
    private Channel[]?[]? channelPairs;   // this buffer's shared two-channel arrays, by the channels' values
    private Publication[]?[]? sharedPublications;   // see SharedPublication
    private const int SharedPublicationSlots = 1021;   // a prime: a year's days times a few channel sets, with room
    private readonly BufferedText subject = new();
    private LocalDate[] dates = new LocalDate[4];
    private LocalDate?[] takenDown = new LocalDate?[4];
    private int[] channelEnds = new int[4];    // publication i's channels end here; they start where publication i - 1's end
    private int[] nationalEnds = new int[4];
    private Channel[] channels = new Channel[8];
    private NationalChannel[] nationalChannels = new NationalChannel[4];

    /// <summary>The unit's position in <see cref="EvaluationSession.Bodies"/> (see <see cref="EvaluationSession.GetBodyIndex"/>); -1 after
    /// <see cref="Clear"/>.</summary>
    public int BodyIndex { get; set; } = -1;

    /// <summary>The obligation recorded, as <see cref="DisclosureRecord.Obligation"/>; null after <see cref="Clear"/>.</summary>
    public ObligationKey? Obligation { get; set; }

    /// <summary>For a record of an entry, the one of its items the record discloses (D23), as <see cref="DisclosureRecord.Item"/>; or null.</summary>
    public DisclosureItem? Item { get; set; }

    /// <summary>The event date, or a day of the reporting period.</summary>
    public LocalDate Trigger { get; set; }

    /// <summary>Classified (涉密, §2.1.P): exempt (D30).</summary>
    public bool IsClassified { get; set; }

    /// <summary>Falsified (弄虚作假, §4.2).</summary>
    public bool IsFalsified { get; set; }

    /// <summary>Refused (拒不执行, §4.2).</summary>
    public bool IsRefused { get; set; }

    /// <summary>The record's id, or null; made into a string on each read when it was given as characters or bytes.</summary>
    public string? Id
    {
        get => id.Value;
        set => id.Set(value);
    }

    /// <summary>What an event record is about (<see cref="DisclosureRecord.Subject"/>), or null; made into a string on each read when it
    /// was given as characters or bytes.</summary>
    public string? Subject
    {
        get => subject.Value;
        set => subject.Set(value);
    }

    /// <summary>How many publications have been added since the last <see cref="Clear"/>.</summary>
    public int PublicationCount { get; private set; }

    /// <summary>Whether the id is unset, empty or white space only (U+3000 included): a record a session refuses (D27), so a reader can
    /// say where the id stands before it hands the record on.</summary>
    public bool IsIdBlank => id.IsBlank;

    /// <summary>Whether the subject is unset, empty or white space only (U+3000 included). A subject set blank is refused (a record gives a
    /// subject or none); an unset one is none.</summary>
    public bool IsSubjectBlank => subject.IsBlank;

    /// <summary>Whether a subject was set and is blank: what a session refuses.</summary>
    internal bool HasBlankSubject => subject.IsSet && subject.IsBlank;

    /// <summary>Sets the id from characters, copied (a data reader's <c>GetChars</c>, for example).</summary>
    /// <param name="value">The id.</param>
    public void SetId(ReadOnlySpan<char> value) => id.Set(value);

    /// <summary>Sets the id from UTF-8 bytes, copied (a JSON reader's unescaped value, for example).</summary>
    /// <param name="utf8">The id in UTF-8.</param>
    /// <exception cref="ArgumentException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public void SetIdUtf8(ReadOnlySpan<byte> utf8) => id.SetUtf8(utf8, nameof(utf8));

    /// <summary>Sets the id from UTF-8 bytes, copied, when they are valid UTF-8: the form for a reader that reports bad input as a problem of its
    /// own rather than an exception.</summary>
    /// <param name="utf8">The id in UTF-8.</param>
    /// <returns>Whether the bytes were valid UTF-8 and the id was set; when false, the id is unchanged.</returns>
    public bool TrySetIdUtf8(ReadOnlySpan<byte> utf8) => id.TrySetUtf8(utf8);

    /// <summary>Sets the subject from characters, copied.</summary>
    /// <param name="value">The subject.</param>
    public void SetSubject(ReadOnlySpan<char> value) => subject.Set(value);

    /// <summary>Sets the subject from UTF-8 bytes, copied.</summary>
    /// <param name="utf8">The subject in UTF-8.</param>
    /// <exception cref="ArgumentException"><paramref name="utf8"/> is not valid UTF-8.</exception>
    public void SetSubjectUtf8(ReadOnlySpan<byte> utf8) => subject.SetUtf8(utf8, nameof(utf8));

    /// <summary>Sets the subject from UTF-8 bytes, copied, when they are valid UTF-8.</summary>
    /// <param name="utf8">The subject in UTF-8.</param>
    /// <returns>Whether the bytes were valid UTF-8 and the subject was set; when false, the subject is unchanged.</returns>
    public bool TrySetSubjectUtf8(ReadOnlySpan<byte> utf8) => subject.TrySetUtf8(utf8);

    /// <summary>Empties the buffer for the next record: no id, body, obligation, item, subject, flags or publications; the trigger the default
    /// date. The buffers' memory is kept.</summary>
    /// <returns>This buffer.</returns>
    public RecordBuffer Clear()
    {
        id.Clear();
        subject.Clear();
        (BodyIndex, Obligation, Item, Trigger) = (-1, null, null, default);
        (IsClassified, IsFalsified, IsRefused) = (false, false, false);
        PublicationCount = 0;
        return this;
    }

    /// <summary>Adds a publication on <paramref name="date"/> through the seed's <paramref name="channels"/> (§3.1), copied.</summary>
    /// <param name="date">The day published.</param>
    /// <param name="channels">The channels; may be empty.</param>
    /// <exception cref="ArgumentNullException">An element of <paramref name="channels"/> is null.</exception>
    public void AddPublication(LocalDate date, ReadOnlySpan<Channel> channels) => AddPublication(date, channels, default, null);

    /// <summary>Adds a publication, copied: the seed's channels, the national channels (§10) and the day it was taken down (D35).</summary>
    /// <param name="date">The day published.</param>
    /// <param name="channels">The seed's channels; may be empty.</param>
    /// <param name="nationalChannels">The national channels; may be empty.</param>
    /// <param name="takenDownOn">The day it was taken down, or null.</param>
    /// <exception cref="ArgumentNullException">An element of <paramref name="channels"/> or <paramref name="nationalChannels"/> is null.</exception>
    public void AddPublication(LocalDate date, ReadOnlySpan<Channel> channels, ReadOnlySpan<NationalChannel> nationalChannels, LocalDate? takenDownOn)
    {
        var (channelStart, nationalStart) = PublicationCount == 0 ? (0, 0) : (channelEnds[PublicationCount - 1], nationalEnds[PublicationCount - 1]);
        CheckNoNull(channels, nameof(channels));
        CheckNoNull(nationalChannels, nameof(nationalChannels));
        if (PublicationCount == dates.Length)
        {
            Array.Resize(ref dates, dates.Length * 2);
            Array.Resize(ref takenDown, takenDown.Length * 2);
            Array.Resize(ref channelEnds, channelEnds.Length * 2);
            Array.Resize(ref nationalEnds, nationalEnds.Length * 2);
        }

        Append(ref this.channels, channelStart, channels);
        Append(ref this.nationalChannels, nationalStart, nationalChannels);
        dates[PublicationCount] = date;
        takenDown[PublicationCount] = takenDownOn;
        channelEnds[PublicationCount] = channelStart + channels.Length;
        nationalEnds[PublicationCount++] = nationalStart + nationalChannels.Length;
    }

    /// <summary>Adds <paramref name="publication"/>'s date, channels, national channels and take-down day.</summary>
    /// <param name="publication">The publication.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publication"/> is null.</exception>
    public void AddPublication(Publication publication)
    {
        Preconditions.CheckNotNull(publication);
        AddPublication(publication.Date, publication.ChannelArray, publication.NationalChannelArray, publication.TakenDownOn);
    }

    /// <summary>The record the buffer holds, as a value of the unit <paramref name="bodyId"/>: what a source that also keeps its records
    /// (<see cref="RegisterBuilder"/>) makes of it.</summary>
    /// <param name="bodyId">The unit's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The buffer holds no id or no obligation.</exception>
    /// <exception cref="ArgumentException">The buffer's <see cref="Item"/> is set for an obligation that is not an entry.</exception>
    public DisclosureRecord ToRecord(string bodyId)
    {
        Preconditions.CheckNotNull(bodyId);
        var recordId = Id ?? throw new InvalidOperationException("The buffer holds no record id; set Id before making a record of it.");
        var obligation = Obligation ?? throw new InvalidOperationException($"The buffer's record {recordId} names no obligation; set Obligation first.");
        Publication[] publications;
        if (PublicationCount == 1 && nationalEnds[0] == 0 && takenDown[0] is null)
        {
            publications = SharedPublication(dates[0], ChannelArray(ChannelsOf(0)));
        }
        else
        {
            publications = new Publication[PublicationCount];
            for (var i = 0; i < publications.Length; i++)
            {
                publications[i] = new Publication(dates[i], ChannelArray(ChannelsOf(i)), owned: true, NationalChannelsOf(i).ToArray(), takenDown[i]);
            }
        }

        return new DisclosureRecord(recordId, bodyId, obligation, null, Trigger, publications, IsClassified, IsFalsified, IsRefused, Subject)
        {
            Item = Item,
        };
    }

    /// <summary>
    /// The one publication of a record (a register's usual record), as an array shared by the records this buffer makes with the same day and
    /// channels: publications are values and nothing writes to the arrays, so a register read record by record holds each once. A small
    /// table keyed by the day and the channels' shared array remembers the last of each; a record whose channels have no shared array gets
    /// its own.
    /// </summary>
    private Publication[] SharedPublication(LocalDate date, Channel[] used)
    {
        if (used.Length > 2)
        {
            return [new Publication(date, used, owned: true)];
        }

        var slot = (int)((uint)HashCode.Combine(date, RuntimeHelpers.GetHashCode(used)) % SharedPublicationSlots);
        var table = sharedPublications ??= new Publication[]?[SharedPublicationSlots];
        if (table[slot] is { } shared && shared[0].Date == date && ReferenceEquals(shared[0].ChannelArray, used))
        {
            return shared;
        }

        return table[slot] = [new Publication(date, used, owned: true)];
    }

    /// <summary>The channels as an array a publication may own: one channel (nearly every publication) and this buffer's pairs are shared
    /// arrays, which nothing writes to, so that a register read record by record does not hold a million copies of the same two channels.</summary>
    private Channel[] ChannelArray(ReadOnlySpan<Channel> used)
    {
        if (used.Length == 1)
        {
            return SingleChannels[used[0].Value];
        }

        if (used.Length != 2)
        {
            return used.ToArray();
        }

        var slot = (used[0].Value * ChannelSlots) + used[1].Value;
        return (channelPairs ??= new Channel[]?[ChannelSlots * ChannelSlots])[slot] ??= [used[0], used[1]];
    }

    internal LocalDate PublicationDate(int index) => dates[index];

    internal LocalDate? TakenDownOn(int index) => takenDown[index];

    internal ReadOnlySpan<Channel> ChannelsOf(int index) =>
        channels.AsSpan(index == 0 ? 0 : channelEnds[index - 1], channelEnds[index] - (index == 0 ? 0 : channelEnds[index - 1]));

    internal ReadOnlySpan<NationalChannel> NationalChannelsOf(int index) =>
        nationalChannels.AsSpan(index == 0 ? 0 : nationalEnds[index - 1], nationalEnds[index] - (index == 0 ? 0 : nationalEnds[index - 1]));

    private static void CheckNoNull<T>(ReadOnlySpan<T> values, string paramName)
        where T : class
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new PolicyArgumentNullException(paramName, $"{paramName} holds a null element; every publication channel is a member.");
            }
        }
    }

    private static void Append<T>(ref T[] store, int start, ReadOnlySpan<T> values)
    {
        if (start + values.Length > store.Length)
        {
            Array.Resize(ref store, Math.Max(start + values.Length, store.Length * 2));
        }

        values.CopyTo(store.AsSpan(start));
    }
}

/// <summary>A record in a <see cref="RecordBuffer"/>, as the evaluation reads it.</summary>
internal readonly struct BufferedRecord(RecordBuffer buffer, string bodyId) : IRecordFacts
{
    public string Id => buffer.Id!;

    public string? Subject => buffer.Subject;

    public ScheduleEntry? Entry => buffer.Obligation!.Entry;

    public DisclosureItem? Item => buffer.Item ?? buffer.Obligation!.Item;

    public string? CatalogName => buffer.Obligation!.IsBuiltIn ? null : buffer.Obligation.Catalog;

    public string? RowNumber => buffer.Obligation!.IsBuiltIn ? null : buffer.Obligation.Row;

    public LocalDate Trigger => buffer.Trigger;

    public bool IsClassified => buffer.IsClassified;

    public bool IsFalsified => buffer.IsFalsified;

    public bool IsRefused => buffer.IsRefused;

    public int PublicationCount => buffer.PublicationCount;

    public LocalDate PublicationDate(int index) => buffer.PublicationDate(index);

    public (bool External, bool Internal) Reach(int index) => RecordRules.Reach(buffer.ChannelsOf(index));

    public ulong NationalReach(int index) => RecordRules.NationalReach(buffer.ChannelsOf(index), buffer.NationalChannelsOf(index));

    public LocalDate? TakenDownOn(int index) => buffer.TakenDownOn(index);

    public DisclosureRecord Materialize() => buffer.ToRecord(bodyId);
}
