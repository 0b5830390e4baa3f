namespace GovDisclosure.Policy;

// The inspector's side of the front door (§4, §2.1.C, §5, D11–D15).
public sealed partial class DisclosurePolicy
{
    private const int SlotsPerEntry = 12;   // monthly periods; quarterly and yearly use the first 4 and 1
    private const int EntryValues = 32;     // entry values run from 1 to 31

    /// <summary>
    /// Evaluates a register as of <paramref name="asOf"/> (D13, D14): the outcome of every record and of every
    /// recurring obligation of the year that has no record (missing or pending); channel findings (§3.1);
    /// service commitments and disclosure rules (§2.1.C, §5, D15); inspections and supervision contacts (§4.1, D12);
    /// overdue complaints (D11); and per unit the on-time rate, grade and sanction with their reasons.
    /// Records of units outside the policy are reported as out of scope.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The day of the evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException">Records name entries this policy does not have; every such record is named.</exception>
    /// <exception cref="CalendarCoverageException">A due date needs a day the calendar does not hold.</exception>
    public Evaluation Evaluate(Register register, LocalDate asOf)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckIso(asOf, nameof(asOf));
        var notInPolicy = register.Records.Where(record => record.Entry is { } entry && !rules.ContainsKey(entry)).Select(record => record.Id).ToArray();
        if (notInPolicy.Length > 0)
        {
            throw new ArgumentException(
                $"Records name entries that the policy \"{Name}\" does not have: {string.Join(", ", notInPolicy)}.", nameof(register));
        }

        var bodies = register.Bodies;
        var counts = new int[bodies.Count * 6];
        var seen = new bool[bodies.Count * EntryValues * SlotsPerEntry];
        var findings = new List<Finding>[bodies.Count];
        var accountable = new List<string>[bodies.Count];
        var levels = bodies.Select(body => ObligationFor(body.Type)).ToArray();
        var applies = Applicability();
        var workingDays = Calendar;
        var table = (workingDays as ChinaWorkingDayCalendar)?.Table;

        var records = register.RecordArray;
        var recordBodies = register.RecordBodies;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            var b = recordBodies[i];
            var level = levels[b];
            if (!InScope(applies, level, record))
            {
                Add(findings, b, OutOfScope(bodies[b], level, record));
                continue;
            }

            var judged = Judge(record, asOf, workingDays, table);
            counts[(b * 6) + judged.Outcome.Value]++;
            if (record.Entry is { Cadence.IsPeriodic: true } periodic)
            {
                seen[Slot(b, periodic, record.Trigger)] = true;
            }

            if (judged.Outcome == Outcome.Late || judged.Outcome == Outcome.Missing)
            {
                Add(findings, b, OutcomeFinding(bodies[b], level, record.Id, record.Entry?.Code ?? record.Item!.Code, judged));
            }

            if (judged.Published is not null)
            {
                CheckChannels(findings, b, bodies[b], level, record, asOf);
            }

            if (record.IsFalsified || record.IsRefused)
            {
                Add(findings, b, FlagFinding(bodies[b], level, record));
                (accountable[b] ??= []).Add(record.Id);
            }
        }

        // Grouped once by unit: scanning every list for every unit would grow with units × documents.
        var supervision = new SupervisionDocuments(
            register.Commitments.ToLookup(c => c.BodyId, StringComparer.Ordinal),
            register.DisclosureRules.ToLookup(r => r.BodyId, StringComparer.Ordinal),
            register.Complaints.ToLookup(c => c.BodyId, StringComparer.Ordinal),
            register.Inspections.Where(plan => plan.Year == register.Year).ToLookup(plan => plan.BodyId ?? "", StringComparer.Ordinal));
        var units = new UnitEvaluation[bodies.Count];
        for (var b = 0; b < bodies.Count; b++)
        {
            var body = bodies[b];
            var level = levels[b];
            if (level.IsObligated)
            {
                AddUnrecordedObligations(register, b, asOf, table, counts, seen, findings);
                CheckSupervision(register, supervision, b, asOf, findings);
            }

            var unitCounts = counts.AsSpan(b * 6, 6).ToArray();
            var unitFindings = (IReadOnlyList<Finding>?)findings[b] ?? [];
            var (onTime, late, missing) = (unitCounts[Outcome.OnTime.Value], unitCounts[Outcome.Late.Value], unitCounts[Outcome.Missing.Value]);
            var grade = level.IsObligated ? GradeThresholds.GradeFor(onTime, onTime + late + missing, missing) : null;
            var (sanction, reasons) = SanctionFor(body, grade, accountable[b]);
            units[b] = new UnitEvaluation(body, register.Year, level, unitCounts, grade, unitFindings, sanction, reasons);
        }

        return new Evaluation(this, register, asOf, units, () => AllOutcomes(register, asOf, levels, applies));
    }

    /// <summary>Whether each entry applies at each level (§2.2), by level value and entry value: looked up once per record.</summary>
    private static bool[,] Applicability()
    {
        var applies = new bool[ObligationLevel.InOrder.Count + 1, ScheduleEntry.InOrder.Count + 1];
        foreach (var level in ObligationLevel.InOrder)
        {
            foreach (var entry in ScheduleEntry.InOrder)
            {
                applies[level.Value, entry.Value] = level.AppliesTo(entry);
            }
        }

        return applies;
    }

    /// <summary>Whether the policy asks the record's unit for the record's entry or item (§2.2); a record outside is reported, not counted.</summary>
    private static bool InScope(bool[,] applies, ObligationLevel level, DisclosureRecord record) =>
        record.Entry is { } entry ? applies[level.Value, entry.Value] : level.AppliesTo(record.Item!);

    /// <summary>The outcome of one record as of <paramref name="asOf"/> (D13).</summary>
    private (Outcome Outcome, LocalDate Due, int LateDays, LocalDate? Published) Judge(DisclosureRecord record, LocalDate asOf, IWorkingDayCalendar workingDays,
        WorkingDayTable? table)
    {
        var due = record.Entry is { } entry ? DueDateOnly(entry, record.Trigger, table) : StatutoryRule.DueFrom(record.Trigger, workingDays);
        if (record.IsClassified)
        {
            return (Outcome.Exempt, due, 0, null);
        }

        var published = record.FirstPublicationBy(asOf)?.Date;
        return published is { } date
            ? date <= due ? (Outcome.OnTime, due, 0, date) : (Outcome.Late, due, workingDays.WorkingDaysBetween(due, date), date)
            : asOf > due ? (Outcome.Missing, due, 0, null) : (Outcome.Pending, due, 0, null);
    }

    private static int Slot(int body, ScheduleEntry entry, LocalDate date) =>
        (((body * EntryValues) + entry.Value) * SlotsPerEntry) +
        (entry.Cadence == Cadence.Monthly ? date.Month - 1 : entry.Cadence == Cadence.Quarterly ? (date.Month - 1) / 3 : 0);

    /// <summary>The recurring obligations of the year with no record: missing once due, pending before (D13).</summary>
    private void AddUnrecordedObligations(Register register, int b, LocalDate asOf, WorkingDayTable? table, int[] counts, bool[] seen,
        List<Finding>[] findings)
    {
        var body = register.Bodies[b];
        foreach (var (entry, periodStart) in RecurringObligations(body.Type, register.Year))
        {
            if (seen[Slot(b, entry, periodStart)])
            {
                continue;
            }

            var due = DueDateOnly(entry, periodStart, table);
            var outcome = asOf > due ? Outcome.Missing : Outcome.Pending;
            counts[(b * 6) + outcome.Value]++;
            if (outcome == Outcome.Missing)
            {
                var period = DueDate(entry, periodStart).Period!;
                Add(findings, b, new Finding(FindingKind.Missing, body.Id, $"{entry.Code} {period.Start.ToIso()}", ObligationFor(body.Type).FindingsAreBinding,
                    () => $"{entry.Code}（{entry.DescriptionZh}）报告期{period.Start.ToIso()}至{period.End.ToIso()}无公开记录，应于{due.ToIso()}前公开。",
                    () => $"{entry.Code} ({entry.DescriptionEn}) for {period.Start.ToIso()} to {period.End.ToIso()} has no record; it was due by {due.ToIso()}."));
            }
        }
    }

    private IEnumerable<ObligationOutcome> AllOutcomes(Register register, LocalDate asOf, ObligationLevel[] levels, bool[,] applies)
    {
        var workingDays = Calendar;
        var table = (workingDays as ChinaWorkingDayCalendar)?.Table;
        var seen = new HashSet<(int, int, int)>();
        for (var i = 0; i < register.Records.Count; i++)
        {
            var record = register.Records[i];
            var b = register.RecordBodies[i];
            if (!InScope(applies, levels[b], record))
            {
                continue;
            }

            var judged = Judge(record, asOf, workingDays, table);
            if (record.Entry is { Cadence.IsPeriodic: true } periodic)
            {
                seen.Add((b, periodic.Value, Slot(0, periodic, record.Trigger)));
            }

            yield return new ObligationOutcome(record.BodyId, record.Id, record.Entry, record.Item, record.Trigger, judged.Due, judged.Outcome, judged.LateDays);
        }

        for (var b = 0; b < register.Bodies.Count; b++)
        {
            if (!levels[b].IsObligated)
            {
                continue;
            }

            foreach (var (entry, periodStart) in RecurringObligations(register.Bodies[b].Type, register.Year))
            {
                if (!seen.Contains((b, entry.Value, Slot(0, entry, periodStart))))
                {
                    var due = DueDateOnly(entry, periodStart, table);
                    yield return new ObligationOutcome(register.Bodies[b].Id, null, entry, null, periodStart, due,
                        asOf > due ? Outcome.Missing : Outcome.Pending, 0);
                }
            }
        }
    }

    private static void Add(List<Finding>[] findings, int b, Finding finding) => (findings[b] ??= []).Add(finding);

    private Finding OutOfScope(Body body, ObligationLevel level, DisclosureRecord record)
    {
        var what = record.Entry?.Code ?? record.Item!.Code;
        var regime = ObligationsFor(body.Type).Regime;
        return new Finding(FindingKind.OutOfScope, body.Id, record.Id, false,
            () => $"记录{record.Id}（{what}）不属本意见对{body.Type.NameZh}（{level.NameZh}）的要求" + (regime is null ? "，未计入考核。" : $"，应按{regime.NameZh}的有关规定执行，未计入考核。"),
            () => $"Record {record.Id} ({what}) is outside what this policy asks of a {body.Type.NameEn} ({level.NameEn})" +
                  (regime is null ? "; not counted." : $"; {regime.NameEn} governs it; not counted."));
    }

    private static Finding OutcomeFinding(Body body, ObligationLevel level, string recordId, string what,
        (Outcome Outcome, LocalDate Due, int LateDays, LocalDate? Published) judged) =>
        new(judged.Outcome == Outcome.Late ? FindingKind.Late : FindingKind.Missing, body.Id, recordId, level.FindingsAreBinding, what,
            judged.Due, judged.Published, judged.LateDays);

    /// <summary>§3.1: whether a published record reached the audiences of its items.</summary>
    private static void CheckChannels(List<Finding>[] findings, int b, Body body, ObligationLevel level, DisclosureRecord record, LocalDate asOf)
    {
        // Indexed loops, not LINQ or foreach over interfaces: this runs for every published record.
        bool needsPublic, needsStaff;
        if (record.Entry is { } entry)
        {
            var items = entry.Items;
            needsPublic = items.Count == 0;   // IM9, ST6, ST7 are for the public
            needsStaff = false;
            for (var i = 0; i < items.Count; i++)
            {
                needsPublic |= items[i].Audience == Audience.Public;
                needsStaff |= items[i].Audience == Audience.Staff;
            }
        }
        else
        {
            needsPublic = record.Item!.Audience == Audience.Public;
            needsStaff = !needsPublic;
        }

        bool reachedPublic = false, reachedStaff = false;
        foreach (var publication in record.PublicationArray)
        {
            if (publication.Date <= asOf)
            {
                foreach (var channel in publication.ChannelArray)
                {
                    reachedPublic |= channel.IsExternal;
                    reachedStaff |= !channel.IsExternal;
                }
            }
        }

        if ((!needsPublic || reachedPublic) && (!needsStaff || reachedStaff))
        {
            return;
        }

        if (needsPublic && !reachedPublic)
        {
            Add(findings, b, ChannelFinding(FindingKind.NotReachingPublic, body, level, record));
        }

        if (needsStaff && !reachedStaff)
        {
            Add(findings, b, ChannelFinding(FindingKind.NotReachingStaff, body, level, record));
        }
    }

    // Apart from CheckChannels: the closures' captured state would otherwise be allocated on every call, finding or not.
    private static Finding ChannelFinding(FindingKind kind, Body body, ObligationLevel level, DisclosureRecord record)
    {
        var what = record.Entry?.Code ?? record.Item!.Code;
        return kind == FindingKind.NotReachingPublic
            ? new Finding(kind, body.Id, record.Id, level.FindingsAreBinding,
                () => $"{what}（记录{record.Id}）面向社会公开，但未使用任何对外公开渠道。",
                () => $"{what} (record {record.Id}) is for the public but reached no external channel.")
            : new Finding(kind, body.Id, record.Id, level.FindingsAreBinding,
                () => $"{what}（记录{record.Id}）应向干部职工公开，但未使用任何内部公开渠道。",
                () => $"{what} (record {record.Id}) is for the unit's staff but reached no internal channel.");
    }

    private static Finding FlagFinding(Body body, ObligationLevel level, DisclosureRecord record)
    {
        var what = record.Entry?.Code ?? record.Item!.Code;
        return record.IsFalsified
            ? new Finding(FindingKind.Falsified, body.Id, record.Id, level.FindingsAreBinding,
                () => $"{what}（记录{record.Id}）公开内容弄虚作假。", () => $"{what} (record {record.Id}) was falsified.")
            : new Finding(FindingKind.Refused, body.Id, record.Id, level.FindingsAreBinding,
                () => $"{what}（记录{record.Id}）拒不执行公开要求。", () => $"{what} (record {record.Id}): the unit refused to disclose.");
    }

    /// <summary>Commitments, disclosure rules, inspections, the supervision contact and complaints of one unit.</summary>
    private void CheckSupervision(Register register, SupervisionDocuments documents, int b, LocalDate asOf, List<Finding>[] findings)
    {
        var body = register.Bodies[b];
        var binding = ObligationFor(body.Type).FindingsAreBinding;
        void Find(FindingKind kind, string? subject, string zh, string en) => Add(findings, b, new Finding(kind, body.Id, subject, zh, en, binding && !kind.IsObservation));

        // §2.1.C, D15: the latest commitment counts.
        var commitment = documents.Commitments[body.Id].MaxBy(c => c.SignedOn);
        if (commitment is null)
        {
            Find(FindingKind.NoServiceCommitment, null, $"{body.Name}未建立社会服务承诺制度。", $"{body.Name} has no service commitment.");
        }
        else
        {
            var lacking = new[]
            {
                (commitment.OneWindow, "一个窗口受理", "one-window acceptance"),
                (commitment.OneTimeNotification, "一次性告知", "one-time notification"),
                (commitment.OneStop, "一站式办结", "one-stop completion"),
                (commitment.EndToEnd, "一条龙服务", "end-to-end service"),
            }.Where(one => !one.Item1).ToArray();
            if (lacking.Length > 0)
            {
                Find(FindingKind.CommitmentIncomplete, null, $"社会服务承诺缺少：{string.Join("、", lacking.Select(one => one.Item2))}。",
                    $"The service commitment lacks {string.Join(", ", lacking.Select(one => one.Item3))}.");
            }

            if (commitment.SignedBy != body.Principal.Name || commitment.SignedOn < body.Principal.TookOffice)
            {
                Find(FindingKind.CommitmentNotResigned, null,
                    $"社会服务承诺由{commitment.SignedBy}于{commitment.SignedOn.ToIso()}签名，主要负责人{body.Principal.Name}（{body.Principal.TookOffice.ToIso()}到任）未重新签名承诺。",
                    $"The service commitment was signed by {commitment.SignedBy} on {commitment.SignedOn.ToIso()}; the principal {body.Principal.Name}, in office since {body.Principal.TookOffice.ToIso()}, has not re-signed it.");
            }

            if (commitment.PublishedOn is { } published && (commitment.ApprovedOn is not { } approved || published < approved))
            {
                Find(FindingKind.CommitmentPublishedBeforeApproval, null,
                    $"社会服务承诺于{published.ToIso()}公开，" + (commitment.ApprovedOn is { } a ? $"县政务公开办于{a.ToIso()}才审核。" : "未经县政务公开办审核。"),
                    $"The service commitment was published on {published.ToIso()}, " +
                    (commitment.ApprovedOn is { } a2 ? $"before the disclosure office approved it on {a2.ToIso()}." : "and the disclosure office never approved it."));
            }
        }

        // §5: disclosure rules are approved before they are published.
        foreach (var rulesDocument in documents.Rules[body.Id])
        {
            if (rulesDocument.PublishedOn is { } published && (rulesDocument.ApprovedOn is not { } approved || published < approved))
            {
                Find(FindingKind.RulesPublishedBeforeApproval, null,
                    $"政务公开制度于{published.ToIso()}公开，" + (rulesDocument.ApprovedOn is { } a ? $"县政务公开办于{a.ToIso()}才审批。" : "未经县政务公开办审批。"),
                    $"The disclosure rules were published on {published.ToIso()}, " +
                    (rulesDocument.ApprovedOn is { } a2 ? $"before the disclosure office approved them on {a2.ToIso()}." : "without the disclosure office's approval."));
            }
        }

        // §4.1, D12: one or two comprehensive inspections a year, by the unit's own plan or the county's.
        var inspections = documents.Inspections[""].Concat(documents.Inspections[body.Id]).SelectMany(plan => plan.Dates).Distinct().Count();
        if (inspections == 0)
        {
            Find(FindingKind.NoInspection, null, $"{register.Year}年未开展全面性检查。", $"No comprehensive inspection in {register.Year}.");
        }
        else if (inspections > 2)
        {
            Find(FindingKind.MoreThanTwoInspections, null, $"{register.Year}年开展全面性检查{inspections}次，超过每年1-2次。",
                $"{inspections} comprehensive inspections in {register.Year}, more than the one or two a year.");
        }

        if (string.IsNullOrWhiteSpace(body.SupervisionContact))
        {
            Find(FindingKind.NoSupervisionContact, null, $"{body.Name}未落实专人负责监督。", $"{body.Name} has named no one responsible for supervision.");
        }

        // §4.1, D11: complaints past their tier's deadline.
        foreach (var complaint in documents.Complaints[body.Id].Where(c => c.LodgedOn <= asOf))
        {
            if (complaint.IsOverdue(this, asOf))
            {
                Find(FindingKind.ComplaintOverdue, complaint.Id,
                    $"投诉{complaint.Id}自{complaint.TierSince.ToIso()}由{complaint.Tier.NameZh}办理，应于{complaint.TierDeadline(this).ToIso()}前办结，至今未办结。",
                    $"Complaint {complaint.Id}, with the {complaint.Tier.NameEn} since {complaint.TierSince.ToIso()}, was due to be resolved by {complaint.TierDeadline(this).ToIso()} and is still open.");
            }
        }
    }

    /// <summary>D14: refusal or falsification makes the principal accountable; else a basic or unsatisfactory grade brings criticism and education.</summary>
    private static (Sanction Sanction, IReadOnlyList<Reason> Reasons) SanctionFor(Body body, Grade? grade, List<string>? flaggedRecords)
    {
        if (flaggedRecords is { Count: > 0 })
        {
            var records = string.Join(", ", flaggedRecords.Order(StringComparer.Ordinal));   // whatever the register's order
            return (Sanction.PrincipalAccountability,
            [
                new Reason(["§4.2", "D14"],
                    $"存在拒不执行或弄虚作假（记录{records}），追究单位主要负责人{body.Principal.Name}的责任。",
                    $"Refusal or falsification (records {records}): the unit's principal leader, {body.Principal.Name}, is held accountable."),
            ]);
        }

        if (grade == Grade.Basic || grade == Grade.Unsatisfactory)
        {
            return (Sanction.CriticismAndEducation,
            [
                new Reason(["§4.2", "D13", "D14"],
                    $"考核等次为{grade.NameZh}，推行政务公开推动不力，视情况批评教育。",
                    $"Graded {grade.NameEn}: ineffective promotion of disclosure; criticism and education as circumstances warrant."),
            ]);
        }

        return (Sanction.None, []);
    }

    private sealed record SupervisionDocuments(ILookup<string, ServiceCommitment> Commitments, ILookup<string, DisclosureRules> Rules,
        ILookup<string, Complaint> Complaints, ILookup<string, InspectionPlan> Inspections);
}
