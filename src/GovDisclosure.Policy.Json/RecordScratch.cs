using System.Text.Json;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// The record being read, in a <see cref="RecordBuffer"/> the reader reuses — its id and subject as UTF-8 bytes, its unit by
/// position, its publications — with what the JSON names before it becomes an obligation key. A streaming evaluation hands the
/// buffer to its <see cref="EvaluationSession"/>; reading a register makes a <see cref="DisclosureRecord"/> of every record.
/// </summary>
internal sealed class RecordScratch
{
    private byte[] unescaped = new byte[64];

    /// <summary>The record as the evaluation session takes it: id, subject, unit, trigger, flags and publications are read straight into it.</summary>
    internal RecordBuffer Buffer { get; } = new();

    /// <summary>The unit's position among the bodies read before the records, or -1 with the id in <see cref="BodyText"/>.</summary>
    internal int BodyIndex
    {
        get => Buffer.BodyIndex;
        set => Buffer.BodyIndex = value;
    }

    internal string? BodyText { get; set; }

    internal string[] BodyIds { get; set; } = [];

    internal ScheduleEntry? Entry { get; set; }

    internal DisclosureItem? Item { get; set; }

    /// <summary>The catalog a row record names (§10), or null; rare enough to be kept as a string.</summary>
    internal string? CatalogName { get; set; }

    /// <summary>The 序号 a row record names, or null.</summary>
    internal string? RowNumber { get; set; }

    internal LocalDate Trigger
    {
        get => Buffer.Trigger;
        set => Buffer.Trigger = value;
    }

    internal bool IsClassified
    {
        get => Buffer.IsClassified;
        set => Buffer.IsClassified = value;
    }

    internal bool IsFalsified
    {
        get => Buffer.IsFalsified;
        set => Buffer.IsFalsified = value;
    }

    internal bool IsRefused
    {
        get => Buffer.IsRefused;
        set => Buffer.IsRefused = value;
    }

    internal string BodyId => BodyText ?? BodyIds[BodyIndex];

    internal void Clear()
    {
        Buffer.Clear();
        BodyText = null;
        Entry = null;
        Item = null;
        CatalogName = RowNumber = null;
    }

    /// <summary>Copies the reader's string as the id; false when it is not valid text.</summary>
    internal bool SetId(ref Utf8JsonReader reader) => Copy(ref reader, subject: false);

    /// <summary>Copies the reader's string as the subject; false when it is not valid text.</summary>
    internal bool SetSubject(ref Utf8JsonReader reader) => Copy(ref reader, subject: true);

    internal bool IdIsBlank => Buffer.IsIdBlank;

    internal bool SubjectIsBlank => Buffer.IsSubjectBlank;

    internal void AddPublication(LocalDate date, Channel[] used, NationalChannel[]? national, LocalDate? takenDownOn) =>
        Buffer.AddPublication(date, used, national, takenDownOn);

    /// <summary>Names the record's obligation in <see cref="Buffer"/>: its entry (and item, D23), its item, or its county catalog's row.</summary>
    internal RecordBuffer Prepared()
    {
        Buffer.Obligation = CatalogName is not null ? ObligationKey.InCatalog(CatalogName, RowNumber!) : Entry?.Key ?? ObligationKey.Of(Item!);
        Buffer.Item = Entry is null ? null : Item;
        return Buffer;
    }

    /// <summary>The record as a value: its strings decoded, its publications made.</summary>
    internal DisclosureRecord Materialize() => Prepared().ToRecord(BodyId);

    /// <summary>Copies the current string token, unescaped, as UTF-8; false when it is not valid UTF-8 or escapes a lone surrogate.</summary>
    private bool Copy(ref Utf8JsonReader reader, bool subject)
    {
        ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            if (text.Length > unescaped.Length)
            {
                unescaped = new byte[Math.Max(text.Length, unescaped.Length * 2)];
            }

            try
            {
                text = unescaped.AsSpan(0, reader.CopyString(unescaped));
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        return subject ? Buffer.TrySetSubjectUtf8(text) : Buffer.TrySetIdUtf8(text);
    }
}
