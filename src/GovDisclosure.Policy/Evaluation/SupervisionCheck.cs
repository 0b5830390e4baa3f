namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The supervision of one unit (§2.1.C, §4.1, §5, D11, D12, D15, D20–D22, D24): its service commitment, its disclosure rules,
/// the year's inspections, its supervision contact and its complaints. The register's documents are grouped by
/// unit once, so checking every unit does not grow with units × documents.
/// </summary>
internal sealed class SupervisionCheck
{
    private readonly int year;
    private readonly IWorkingDayCalendar calendar;
    private readonly AssessmentRules rules;
    private readonly ILookup<string, ServiceCommitment> commitments;
    private readonly ILookup<string, DisclosureRules> disclosureRules;
    private readonly ILookup<string, Complaint> complaints;
    private readonly ILookup<string, InspectionPlan> inspections;   // "" for the county's own plans

    internal SupervisionCheck(Register register, IWorkingDayCalendar calendar, AssessmentRules rules)
    {
        year = register.Year;
        this.calendar = calendar;
        this.rules = rules;
        commitments = register.Commitments.ToLookup(c => c.BodyId, StringComparer.Ordinal);
        disclosureRules = register.DisclosureRules.ToLookup(r => r.BodyId, StringComparer.Ordinal);
        complaints = register.Complaints.ToLookup(c => c.BodyId, StringComparer.Ordinal);
        inspections = register.Inspections.Where(plan => plan.Year == register.Year).ToLookup(plan => plan.BodyId ?? "", StringComparer.Ordinal);
    }

    /// <summary>The distinct days of <paramref name="year"/> that the year's <paramref name="plans"/> hold (§4.1, D24): what a unit's
    /// comprehensive inspections are counted from.</summary>
    internal static IEnumerable<LocalDate> InspectionDays(IEnumerable<InspectionPlan> plans, int year) =>
        plans.Where(plan => plan.Year == year).SelectMany(plan => plan.Dates).Where(date => date.Year == year).Distinct();

    /// <summary>Commitments, disclosure rules, inspections, the supervision contact and complaints of one unit.</summary>
    internal void Check(Body body, bool binding, LocalDate asOf, ref List<Finding>? findings)
    {
        var found = findings;
        void Find(FindingKind kind, string? subject, string zh, string en) => (found ??= []).Add(new Finding(kind, body.Id, subject, zh, en, binding && !kind.IsObservation));

        // §2.1.C, D15, D21: the latest signed commitment counts.
        var commitment = commitments[body.Id].MaxBy(c => c.SignedOn);
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

            // D21: signed by the principal now in office, on or after the day they took office.
            if (commitment.SignedBy != body.Principal.Name || commitment.SignedOn < body.Principal.TookOffice)
            {
                Find(FindingKind.CommitmentNotResigned, null,
                    $"社会服务承诺由{commitment.SignedBy}于{commitment.SignedOn.ToIso()}签名，主要负责人{body.Principal.Name}（{body.Principal.TookOffice.ToIso()}到任）未重新签名承诺。",
                    $"The service commitment was signed by {commitment.SignedBy} on {commitment.SignedOn.ToIso()}; the principal {body.Principal.Name}, in office since {body.Principal.TookOffice.ToIso()}, has not re-signed it.");
            }

            // D20: approval on the day of publication is in time.
            if (commitment.PublishedOn is { } published && (commitment.ApprovedOn is not { } approved || published < approved))
            {
                Find(FindingKind.CommitmentPublishedBeforeApproval, null,
                    $"社会服务承诺于{published.ToIso()}公开，" + (commitment.ApprovedOn is { } a ? $"县政务公开办于{a.ToIso()}才审核。" : "未经县政务公开办审核。"),
                    $"The service commitment was published on {published.ToIso()}, " +
                    (commitment.ApprovedOn is { } a2 ? $"before the disclosure office approved it on {a2.ToIso()}." : "and the disclosure office never approved it."));
            }

            // D21, §2.1.C: the commitment must be made public.
            if (commitment.PublishedOn is not { } publishedOn || publishedOn > asOf)
            {
                Find(FindingKind.CommitmentNotPublished, null,
                    $"社会服务承诺（{commitment.SignedOn.ToIso()}签名）" + (commitment.ApprovedOn is { } a ? $"已于{a.ToIso()}审核，" : "") + "至今未向社会公开。",
                    $"The service commitment signed on {commitment.SignedOn.ToIso()}" + (commitment.ApprovedOn is { } a2 ? $", approved on {a2.ToIso()}," : "") +
                    " has not been made public.");
            }
        }

        // §5: disclosure rules are approved before they are published.
        foreach (var rulesDocument in disclosureRules[body.Id])
        {
            if (rulesDocument.PublishedOn is { } published && (rulesDocument.ApprovedOn is not { } approved || published < approved))
            {
                Find(FindingKind.RulesPublishedBeforeApproval, null,
                    $"政务公开制度于{published.ToIso()}公开，" + (rulesDocument.ApprovedOn is { } a ? $"县政务公开办于{a.ToIso()}才审批。" : "未经县政务公开办审批。"),
                    $"The disclosure rules were published on {published.ToIso()}, " +
                    (rulesDocument.ApprovedOn is { } a2 ? $"before the disclosure office approved them on {a2.ToIso()}." : "without the disclosure office's approval."));
            }
        }

        // §4.1, D12, D24: comprehensive inspections by the unit's own plan or the county's, counted by distinct date within the year.
        var inspected = InspectionDays(inspections[""].Concat(inspections[body.Id]), year).Count();
        if (inspected < rules.MinInspections)
        {
            Find(FindingKind.NoInspection, null, $"{year}年开展全面性检查{inspected}次，少于每年{rules.MinInspections}次。",
                $"{IsoText.Count(inspected, "comprehensive inspection")} in {year}, fewer than the {rules.MinInspections} a year expected.");
        }
        else if (inspected > rules.MaxInspections)
        {
            Find(FindingKind.MoreThanTwoInspections, null, $"{year}年开展全面性检查{inspected}次，超过每年{rules.MaxInspections}次。",
                $"{inspected} comprehensive inspections in {year}, more than the {rules.MaxInspections} a year expected.");
        }

        if (string.IsNullOrWhiteSpace(body.SupervisionContact))
        {
            Find(FindingKind.NoSupervisionContact, null, $"{body.Name}未落实专人负责监督。", $"{body.Name} has named no one responsible for supervision.");
        }

        // §4.1, D11, D22: complaints open past their tier's deadline, or resolved after it.
        var tierDays = rules.ComplaintTierWorkingDays;
        foreach (var complaint in complaints[body.Id].Where(c => c.LodgedOn <= asOf))
        {
            foreach (var (from, on, until) in complaint.EarlyEscalations(calendar, tierDays).Where(early => early.On <= asOf))
            {
                Find(FindingKind.ComplaintEscalatedEarly, complaint.Id,
                    $"投诉{complaint.Id}于{on.ToIso()}由{from.Label.Zh}升级，早于其办理期限{until.ToIso()}，且{from.Label.Zh}尚未答复。",
                    $"Complaint {complaint.Id} was escalated from the {from.Label.En} on {on.ToIso()}, before its period ended on {until.ToIso()} and without its answer.");
            }

            var deadline = complaint.TierDeadline(calendar, tierDays);
            if (complaint.IsOverdue(calendar, asOf, tierDays))
            {
                Find(FindingKind.ComplaintOverdue, complaint.Id,
                    $"投诉{complaint.Id}自{complaint.TierSince.ToIso()}由{complaint.Tier.Label.Zh}办理，应于{deadline.ToIso()}前办结，至今未办结。",
                    $"Complaint {complaint.Id}, with the {complaint.Tier.Label.En} since {complaint.TierSince.ToIso()}, was due to be resolved by {deadline.ToIso()} and is still open.");
            }
            else if (complaint.ResolvedOn is { } resolved && resolved <= asOf && resolved > deadline)
            {
                Find(FindingKind.ComplaintResolvedLate, complaint.Id,
                    $"投诉{complaint.Id}应于{deadline.ToIso()}前由{complaint.Tier.Label.Zh}办结，{resolved.ToIso()}才办结。",
                    $"Complaint {complaint.Id} was due to be resolved by the {complaint.Tier.Label.En} by {deadline.ToIso()} and was resolved on {resolved.ToIso()}.");
            }
        }

        findings = found;
    }
}
