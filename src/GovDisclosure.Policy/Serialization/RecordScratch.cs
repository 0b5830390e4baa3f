using System.Text;
using System.Text.Json;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Serialization;

/// <summary>
/// The record being read, held in buffers the reader reuses: its id and subject as UTF-8 bytes, its unit by position,
/// its publications as dates and channel arrays. A streaming evaluation judges it from here and makes a
/// <see cref="DisclosureRecord"/> only for a finding or an outcome; reading a register makes one of every record.
/// </summary>
internal sealed class RecordScratch
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] id = new byte[64];
    private byte[] subject = new byte[128];
    private LocalDate[] dates = new LocalDate[4];
    private Channel[][] channels = new Channel[4][];
    private NationalChannel[]?[] nationalChannels = new NationalChannel[]?[4];   // null: none given
    private LocalDate?[] takenDown = new LocalDate?[4];

    internal int IdLength { get; private set; }

    internal ReadOnlySpan<byte> IdBytes => id.AsSpan(0, IdLength);

    internal int SubjectLength { get; private set; } = -1;   // -1: none

    /// <summary>The unit's position among the bodies read before the records, or -1 with the id in <see cref="BodyText"/>.</summary>
    internal int BodyIndex { get; set; } = -1;

    internal string? BodyText { get; set; }

    internal string[] BodyIds { get; set; } = [];

    internal ScheduleEntry? Entry { get; set; }

    internal DisclosureItem? Item { get; set; }

    /// <summary>The catalog a row record names (§10), or null; rare enough to be kept as a string.</summary>
    internal string? CatalogName { get; set; }

    /// <summary>The 序号 a row record names, or null.</summary>
    internal string? RowNumber { get; set; }

    internal LocalDate Trigger { get; set; }

    internal bool IsClassified { get; set; }

    internal bool IsFalsified { get; set; }

    internal bool IsRefused { get; set; }

    internal int PublicationCount { get; private set; }

    internal string BodyId => BodyText ?? BodyIds[BodyIndex];

    internal void Clear()
    {
        IdLength = 0;
        SubjectLength = -1;
        BodyIndex = -1;
        BodyText = null;
        Entry = null;
        Item = null;
        CatalogName = RowNumber = null;
        Trigger = default;
        IsClassified = IsFalsified = IsRefused = false;
        PublicationCount = 0;
    }

    /// <summary>Copies the reader's string as the id; false when it is not valid text.</summary>
    internal bool SetId(ref Utf8JsonReader reader)
    {
        var ok = Copy(ref reader, ref id, out var length);
        IdLength = ok ? length : 0;
        return ok;
    }

    /// <summary>Copies the reader's string as the subject; false when it is not valid text.</summary>
    internal bool SetSubject(ref Utf8JsonReader reader)
    {
        var ok = Copy(ref reader, ref subject, out var length);
        SubjectLength = ok ? length : -1;
        return ok;
    }

    internal bool IdIsBlank => IsBlank(IdBytes);

    internal bool SubjectIsBlank => SubjectLength >= 0 && IsBlank(subject.AsSpan(0, SubjectLength));

    internal void AddPublication(LocalDate date, Channel[] used, NationalChannel[]? national, LocalDate? takenDownOn)
    {
        if (PublicationCount == dates.Length)
        {
            Array.Resize(ref dates, dates.Length * 2);
            Array.Resize(ref channels, channels.Length * 2);
            Array.Resize(ref nationalChannels, nationalChannels.Length * 2);
            Array.Resize(ref takenDown, takenDown.Length * 2);
        }

        dates[PublicationCount] = date;
        nationalChannels[PublicationCount] = national;
        takenDown[PublicationCount] = takenDownOn;
        channels[PublicationCount++] = used;
    }

    internal LocalDate PublicationDate(int index) => dates[index];

    internal (bool External, bool Internal) Reach(int index) => RecordRules.Reach(channels[index]);

    internal ulong NationalReach(int index) => RecordRules.NationalReach(channels[index], nationalChannels[index] ?? []);

    internal LocalDate? TakenDownOn(int index) => takenDown[index];

    /// <summary>The record as a value: its strings decoded, its publications made.</summary>
    internal DisclosureRecord Materialize()
    {
        var publications = new Publication[PublicationCount];
        for (var i = 0; i < publications.Length; i++)
        {
            publications[i] = new Publication(dates[i], channels[i], owned: true, nationalChannels[i], takenDown[i]);
        }

        var obligation = CatalogName is not null ? ObligationKey.InCatalog(CatalogName, RowNumber!) : Entry?.Key ?? ObligationKey.Of(Item!);
        return new DisclosureRecord(DecodeId(), BodyId, obligation, Entry is null ? null : Item, Trigger, publications, IsClassified, IsFalsified, IsRefused,
            DecodeSubject());
    }

    internal string DecodeId() => Utf8.GetString(IdBytes);

    internal string? DecodeSubject() => SubjectLength < 0 ? null : Utf8.GetString(subject, 0, SubjectLength);

    /// <summary>Copies the current string token, unescaped, as UTF-8; false when it is not valid UTF-8 or escapes a lone surrogate.</summary>
    private static bool Copy(ref Utf8JsonReader reader, ref byte[] buffer, out int length)
    {
        length = 0;
        var raw = reader.ValueSpan;
        if (raw.Length > buffer.Length)
        {
            buffer = new byte[Math.Max(raw.Length, buffer.Length * 2)];
        }

        if (!reader.ValueIsEscaped)
        {
            if (!System.Text.Unicode.Utf8.IsValid(raw))
            {
                return false;
            }

            raw.CopyTo(buffer);
            length = raw.Length;
            return true;
        }

        try
        {
            length = reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b >= 0x80)
            {
                // Non-ASCII: let the framework decide what counts as white space (U+3000 does).
                return string.IsNullOrWhiteSpace(Utf8.GetString(text));
            }

            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The record being read, as the evaluation sees it.</summary>
internal readonly struct StreamedRecord(RecordScratch scratch) : IRecordFacts
{
    public string Id => scratch.DecodeId();

    public string? Subject => scratch.DecodeSubject();

    public ScheduleEntry? Entry => scratch.Entry;

    public DisclosureItem? Item => scratch.Item;

    public string? CatalogName => scratch.CatalogName;

    public string? RowNumber => scratch.RowNumber;

    public LocalDate Trigger => scratch.Trigger;

    public bool IsClassified => scratch.IsClassified;

    public bool IsFalsified => scratch.IsFalsified;

    public bool IsRefused => scratch.IsRefused;

    public int PublicationCount => scratch.PublicationCount;

    public LocalDate PublicationDate(int index) => scratch.PublicationDate(index);

    public (bool External, bool Internal) Reach(int index) => scratch.Reach(index);

    public ulong NationalReach(int index) => scratch.NationalReach(index);

    public LocalDate? TakenDownOn(int index) => scratch.TakenDownOn(index);

    public DisclosureRecord Materialize() => scratch.Materialize();
}
