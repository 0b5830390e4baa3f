using System.Text.Json;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using static GovDisclosure.Policy.Json.FieldNames;

namespace GovDisclosure.Policy.Json;

// Policy profiles (SPEC §6 overrides) in JSON.
public static partial class PolicyJson
{
    private static readonly JsonFields ProfileFields = JsonFields.Of<ProfileField>("profile");

    private static readonly JsonFields OverrideFields = JsonFields.Of<OverrideField>("override");

    private static readonly CodeTable<Cadence> Cadences = new();
    private static readonly CodeTable<ScheduleEntry> EntryCodes = new();
    private static readonly CodeTable<DeadlineUnit> Units = new();

    private static readonly JsonFields ThresholdFields = JsonFields.Of<ThresholdField>("set of grade thresholds");

    /// <summary>
    /// Reads a policy profile, strictly: <c>{ "name": "…", "overrides": [{ "cadence": "Monthly", "offset": 10, "unit": "WorkingDays" },
    /// { "row": "IM2", … }], "removedEntries": ["BA3"], "gradeThresholds": { "excellent": 95, "satisfactory": 85, "basic": 70 },
    /// "complaintTierWorkingDays": 20, "preDisclosureCalendarDays": 30, "minInspections": 1, "maxInspections": 2, "requestsInOnTimeRate": true,
    /// "feeNoticeStopsClock": true }</c> (D9, D11–D13, D26, D32, D36).
    /// Every problem is reported with its path, line and column; an unknown property names the closest known one.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems — including an offset the profile does not allow.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static PolicyProfile ReadProfile(Stream utf8Json) => Synchronously(ReadWholeAsync(utf8Json, "a profile", ParseProfile, sync: true, default));

    /// <summary>Reads a policy profile as <see cref="ReadProfile"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<PolicyProfile> ReadProfileAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadWholeAsync(utf8Json, "a profile", ParseProfile, sync: false, cancellationToken).AsTask();

    /// <summary>Reads a small document whole: one root object, then nothing but whitespace.</summary>
    internal static async ValueTask<T> ReadWholeAsync<T>(Stream utf8Json, string what, JsonValueParser<T?> parse, bool sync, CancellationToken cancellationToken)
        where T : class
    {
        var input = new JsonInput(utf8Json, what, sync, cancellationToken);
        try
        {
            var value = await input.ParseValueAsync(parse).ConfigureAwait(false);
            while (await input.NextTokenAsync().ConfigureAwait(false))
            {
                // The reader rejects a second root or trailing text.
            }

            input.Problems.ThrowIfAny();
            return value!;
        }
        finally
        {
            input.Release();
        }
    }

    private static PolicyProfile? ParseProfile(JsonInput input, ref Utf8JsonReader reader)
    {
        var root = JsonPath.Root;
        input.Next(ref reader);
        if (!JsonValues.IsObject(input, ref reader, root, "a profile"))
        {
            return null;
        }

        var rootOffset = input.OffsetOf(ref reader);
        string? name = null;
        var changes = new List<(Cadence? Cadence, ScheduleEntry? Entry, int Offset, DeadlineUnit Unit, long At)>();
        var removed = new List<ScheduleEntry>();
        GradeThresholds? thresholds = null;
        int? tierDays = null, preDisclosure = null, minInspections = null, maxInspections = null;
        bool? requestsInRate = null, feeStopsClock = null;
        var seen = 0UL;
        for (int field; (field = ProfileFields.Next(input, ref reader, ref seen, root)) != JsonFields.End;)
        {
            switch ((ProfileField)field)
            {
                case ProfileField.Schema: JsonValues.String(input, ref reader, root, "$schema"); break;   // where the schema is: a string, read and set aside
                case ProfileField.Name: name = JsonValues.String(input, ref reader, root, ProfileFields.Name(field)); break;
                case ProfileField.Overrides: ReadOverrides(input, ref reader, changes); break;
                case ProfileField.RemovedEntries:
                    if (JsonValues.IsArray(input, ref reader, root, "removedEntries"))
                    {
                        for (var i = 0; input.NextElement(ref reader); i++)
                        {
                            if (JsonValues.Code(input, ref reader, EntryCodes, root.Element("removedEntries", i), "") is { } entry)
                            {
                                removed.Add(entry);
                            }
                        }
                    }

                    break;
                case ProfileField.GradeThresholds: thresholds = ReadThresholds(input, ref reader); break;
                case ProfileField.ComplaintTierWorkingDays: tierDays = JsonValues.Int(input, ref reader, root, ProfileFields.Name(field), 1, 250); break;
                case ProfileField.PreDisclosureCalendarDays: preDisclosure = JsonValues.Int(input, ref reader, root, ProfileFields.Name(field), 1, 365); break;
                case ProfileField.MinInspections: minInspections = JsonValues.Int(input, ref reader, root, ProfileFields.Name(field), 0, 52); break;
                case ProfileField.MaxInspections: maxInspections = JsonValues.Int(input, ref reader, root, ProfileFields.Name(field), 1, 52); break;
                case ProfileField.RequestsInOnTimeRate: requestsInRate = JsonValues.Bool(input, ref reader, root, ProfileFields.Name(field)); break;
                case ProfileField.FeeNoticeStopsClock: feeStopsClock = JsonValues.Bool(input, ref reader, root, ProfileFields.Name(field)); break;
            }
        }

        ProfileFields.RequireAll(input, rootOffset, seen, ProfileFields.Bits(ProfileField.Name), root);
        if (name is null)
        {
            return null;
        }

        var profile = new PolicyProfile(name);
        for (var i = 0; i < changes.Count; i++)
        {
            var (cadence, entry, offset, unit, at) = changes[i];
            if (entry is null ? profile.TryOverride(cadence!, offset, unit, out var changed, out var problem)
                : profile.TryOverride(entry, offset, unit, out changed, out problem))
            {
                profile = changed;
            }
            else
            {
                input.Problem(at, root.Element("overrides", i).Of("offset"), problem);
            }
        }

        foreach (var entry in removed)
        {
            profile = profile.Without(entry);
        }

        if (preDisclosure is { } days)
        {
            profile = profile.WithPreDisclosureDays(days);
        }

        if ((minInspections ?? AssessmentRules.DefaultMinInspections) > (maxInspections ?? AssessmentRules.DefaultMaxInspections))
        {
            input.Problem(rootOffset, root.Of("minInspections"),
                $"minInspections ({minInspections ?? AssessmentRules.DefaultMinInspections}) is above maxInspections ({maxInspections ?? AssessmentRules.DefaultMaxInspections}).");
            return null;
        }

        if (feeStopsClock is { } stops)
        {
            profile = profile.WithRequestRules(new RequestRules { FeeNoticeStopsClock = stops });
        }

        if (thresholds is not null || tierDays is not null || minInspections is not null || maxInspections is not null || requestsInRate is not null)
        {
            var rules = new AssessmentRules(thresholds ?? GradeThresholds.Default)
            {
                ComplaintTierWorkingDays = tierDays ?? AssessmentRules.DefaultComplaintTierWorkingDays,
                MaxInspections = maxInspections ?? AssessmentRules.DefaultMaxInspections,
            };
            profile = profile.WithAssessmentRules(rules with
            {
                MinInspections = minInspections ?? AssessmentRules.DefaultMinInspections,
                CountRequestsInRate = requestsInRate ?? true,
            });
        }

        return profile;
    }

    private static void ReadOverrides(JsonInput input, ref Utf8JsonReader reader, List<(Cadence?, ScheduleEntry?, int, DeadlineUnit, long)> changes)
    {
        if (!JsonValues.IsArray(input, ref reader, JsonPath.Root, "overrides"))
        {
            return;
        }

        for (var i = 0; input.NextElement(ref reader); i++)
        {
            var path = JsonPath.Root.Element("overrides", i);
            if (!JsonValues.IsObject(input, ref reader, path, "an override"))
            {
                continue;
            }

            var offsetAt = input.OffsetOf(ref reader);
            Cadence? cadence = null;
            ScheduleEntry? entry = null;
            int? offset = null;
            DeadlineUnit? unit = null;
            var valueAt = offsetAt;
            var seen = 0UL;
            for (int field; (field = OverrideFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
            {
                switch ((OverrideField)field)
                {
                    case OverrideField.Cadence: cadence = JsonValues.Code(input, ref reader, Cadences, path, OverrideFields.Name(field)); break;
                    case OverrideField.Row: entry = JsonValues.Code(input, ref reader, EntryCodes, path, OverrideFields.Name(field)); break;
                    case OverrideField.Offset: valueAt = input.OffsetOf(ref reader); offset = JsonValues.Int(input, ref reader, path, OverrideFields.Name(field), int.MinValue, int.MaxValue); break;
                    case OverrideField.Unit: unit = JsonValues.Code(input, ref reader, Units, path, OverrideFields.Name(field)); break;
                    case OverrideField.Entry: entry = JsonValues.Code(input, ref reader, EntryCodes, path, OverrideFields.Name(field)); break;   // 0.4's name for the row
                }
            }

            OverrideFields.RequireAll(input, offsetAt, seen, OverrideFields.Bits(OverrideField.Offset, OverrideField.Unit), path);
            var named = (seen | (seen >> 32)) & OverrideFields.Bits(OverrideField.Cadence, OverrideField.Row, OverrideField.Entry);   // a misspelt one, reported, counts as named
            if (named == 0 || (named & (named - 1)) != 0)
            {
                input.Problem(offsetAt, path.ToString(), "an override names exactly one of \"cadence\" and \"row\" (\"entry\" in 0.4 files).");
                continue;
            }

            if ((cadence is not null || entry is not null) && offset is not null && unit is not null)
            {
                changes.Add((cadence, entry, offset.Value, unit, valueAt));
            }
        }
    }

    private static GradeThresholds? ReadThresholds(JsonInput input, ref Utf8JsonReader reader)
    {
        var path = JsonPath.Root.Property("gradeThresholds");
        if (!JsonValues.IsObject(input, ref reader, path, "grade thresholds"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        var values = new decimal?[3];
        var seen = 0UL;
        for (int field; (field = ThresholdFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            if (field >= 0)
            {
                values[field] = JsonValues.Decimal(input, ref reader, path, ThresholdFields.Name(field));
            }
        }

        ThresholdFields.RequireAll(input, offset, seen, ThresholdFields.Bits(ThresholdField.Excellent, ThresholdField.Satisfactory, ThresholdField.Basic), path);
        if (values[0] is not { } excellent || values[1] is not { } satisfactory || values[2] is not { } basic)
        {
            return null;
        }

        if (GradeThresholds.TryCreate(excellent, satisfactory, basic, out var thresholds, out var problem))
        {
            return thresholds;
        }

        input.Problem(offset, path.ToString(), problem);
        return null;
    }

    /// <summary>Writes a profile in the form <see cref="ReadProfile"/> reads; reading it back gives an equal profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void WriteProfile(PolicyProfile profile, Stream utf8Json)
    {
        Preconditions.CheckNotNull(profile);
        using var writer = Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteText(Name(ProfileField.Name), profile.Name);
        WriteArray(writer, Name(ProfileField.Overrides), profile.DeadlineProfile.Overrides, (w, change) =>
        {
            if (change.Entry is { } entry)
            {
                w.WriteText(Name(OverrideField.Row), entry.Name);
            }
            else
            {
                w.WriteText(Name(OverrideField.Cadence), change.Cadence.Name);
            }

            w.WriteNumber(Name(OverrideField.Offset), change.Offset);
            w.WriteText(Name(OverrideField.Unit), change.Unit.Name);
        });
        WriteStrings(writer, Name(ProfileField.RemovedEntries), profile.DeadlineProfile.RemovedEntries.Select(entry => entry.Name));
        if (profile.AssessmentRules is { } assessment)
        {
            writer.WriteStartObject(Name(ProfileField.GradeThresholds));
            writer.WriteNumber(Name(ThresholdField.Excellent), assessment.GradeThresholds.Excellent);
            writer.WriteNumber(Name(ThresholdField.Satisfactory), assessment.GradeThresholds.Satisfactory);
            writer.WriteNumber(Name(ThresholdField.Basic), assessment.GradeThresholds.Basic);
            writer.WriteEndObject();
            writer.WriteNumber(Name(ProfileField.ComplaintTierWorkingDays), assessment.ComplaintTierWorkingDays);
            writer.WriteNumber(Name(ProfileField.MinInspections), assessment.MinInspections);
            writer.WriteNumber(Name(ProfileField.MaxInspections), assessment.MaxInspections);
            writer.WriteBoolean(Name(ProfileField.RequestsInOnTimeRate), assessment.CountRequestsInRate);
        }

        if (profile.RequestRules is { } requests)
        {
            writer.WriteBoolean(Name(ProfileField.FeeNoticeStopsClock), requests.FeeNoticeStopsClock);
        }

        if (profile.DeadlineProfile.PreDisclosureCalendarDays is { } days)
        {
            writer.WriteNumber(Name(ProfileField.PreDisclosureCalendarDays), days);
        }

        writer.WriteEndObject();
    }

    /// <summary>A profile's properties.</summary>
    private enum ProfileField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        Name,
        Overrides,
        RemovedEntries,
        GradeThresholds,
        ComplaintTierWorkingDays,
        PreDisclosureCalendarDays,
        MinInspections,
        MaxInspections,
        RequestsInOnTimeRate,
        FeeNoticeStopsClock,
    }

    /// <summary>An override's properties.</summary>
    private enum OverrideField
    {
        Cadence,
        Row,
        Entry,
        Offset,
        Unit,
    }

    /// <summary>The grade thresholds, from the highest grade down.</summary>
    private enum ThresholdField
    {
        Excellent,
        Satisfactory,
        Basic,
    }
}
