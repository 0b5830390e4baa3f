using System.Text.Json;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Serialization;

// Policy profiles (SPEC §6 overrides) in JSON.
public static partial class PolicyJson
{
    /// <summary>
    /// Reads a policy profile: <c>{ "name": "…", "overrides": [{ "cadence": "Monthly", "offset": 10, "unit": "WorkingDays" },
    /// { "entry": "IM2", … }], "removedEntries": ["BA3"], "gradeThresholds": { "excellent": 95, "satisfactory": 85, "basic": 70 },
    /// "complaintTierWorkingDays": 20 }</c>.
    /// Every problem is reported with its path and line.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The input has problems — including an offset the profile does not allow.</exception>
    public static PolicyProfile ReadProfile(Stream utf8Json)
    {
        var (root, json) = Open(utf8Json, "a profile");

        var name = json.String(root, "name", "$");
        json.ThrowIfAny();
        var profile = new PolicyProfile(name!);
        foreach (var (node, path) in json.Array(root, "overrides", "$", required: false))
        {
            if (!json.IsObject(node, path, "an override"))
            {
                continue;
            }

            var cadence = json.Code<Cadence>(node, "cadence", path, required: false);
            var entry = json.Code<ScheduleEntry>(node, "entry", path, required: false);
            var offset = json.Int(node, "offset", path, int.MinValue, int.MaxValue);
            var unit = json.Code<DeadlineUnit>(node, "unit", path);
            if ((node["cadence"] is null) == (node["entry"] is null))
            {
                json.Problem(node, path, "an override names exactly one of \"cadence\" and \"entry\".");
                continue;
            }

            if ((cadence ?? entry?.Cadence) is null || offset is null || unit is null)
            {
                continue;
            }

            if (ProfileOverride.Problem(name, entry?.Code ?? cadence!.Name, offset.Value, unit) is { } problem)
            {
                json.Problem(node["offset"] ?? node, $"{path}.offset", problem);
                continue;
            }

            profile = entry is null ? profile.Override(cadence!, offset.Value, unit) : profile.Override(entry, offset.Value, unit);
        }

        foreach (var (node, path) in json.Array(root, "removedEntries", "$", required: false))
        {
            if (json.Code<ScheduleEntry>(node, path) is { } entry)
            {
                profile = profile.Without(entry);
            }
        }

        var assessment = AssessmentRules.Default;
        if (root["gradeThresholds"] is { Kind: not JsonValueKind.Null } thresholds && json.IsObject(thresholds, "$.gradeThresholds", "grade thresholds"))
        {
            var (excellent, satisfactory, basic) = (json.Decimal(thresholds, "excellent", "$.gradeThresholds"),
                json.Decimal(thresholds, "satisfactory", "$.gradeThresholds"), json.Decimal(thresholds, "basic", "$.gradeThresholds"));
            if (excellent is not null && satisfactory is not null && basic is not null)
            {
                if (GradeThresholds.Problem(excellent.Value, satisfactory.Value, basic.Value) is { } problem)
                {
                    json.Problem(thresholds, "$.gradeThresholds", problem);
                }
                else
                {
                    assessment = assessment with { GradeThresholds = new GradeThresholds(excellent.Value, satisfactory.Value, basic.Value) };
                }
            }
        }

        if (json.Int(root, "complaintTierWorkingDays", "$", 1, 250, required: false) is { } tierDays)
        {
            assessment = assessment with { ComplaintTierWorkingDays = tierDays };
        }

        if (root["gradeThresholds"] is { Kind: not JsonValueKind.Null } || root["complaintTierWorkingDays"] is { Kind: not JsonValueKind.Null })
        {
            profile = profile.WithAssessment(assessment);
        }

        json.ThrowIfAny();
        return profile;
    }

    /// <summary>Writes a profile in the form <see cref="ReadProfile"/> reads; reading it back gives an equal profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProfile(PolicyProfile profile, Stream utf8Json)
    {
        Preconditions.CheckNotNull(profile);
        using var writer = new Utf8JsonWriter(Preconditions.CheckNotNull(utf8Json), WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("name", profile.Name);
        WriteArray(writer, "overrides", profile.Deadlines.Overrides, (w, change) =>
        {
            if (change.Entry is { } entry)
            {
                w.WriteString("entry", entry.Name);
            }
            else
            {
                w.WriteString("cadence", change.Cadence.Name);
            }

            w.WriteNumber("offset", change.Offset);
            w.WriteString("unit", change.Unit.Name);
        });
        writer.WriteStartArray("removedEntries");
        foreach (var entry in profile.Deadlines.RemovedEntries)
        {
            writer.WriteStringValue(entry.Name);
        }

        writer.WriteEndArray();
        if (profile.Assessment is { } assessment)
        {
            writer.WriteStartObject("gradeThresholds");
            writer.WriteNumber("excellent", assessment.GradeThresholds.Excellent);
            writer.WriteNumber("satisfactory", assessment.GradeThresholds.Satisfactory);
            writer.WriteNumber("basic", assessment.GradeThresholds.Basic);
            writer.WriteEndObject();
            writer.WriteNumber("complaintTierWorkingDays", assessment.ComplaintTierWorkingDays);
        }

        writer.WriteEndObject();
    }
}
