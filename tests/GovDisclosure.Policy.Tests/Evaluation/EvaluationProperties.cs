using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = GovDisclosure.Policy.Evaluation.Outcome;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Invariants of the evaluation (D13, D14) over random registers of one school.</summary>
public sealed class EvaluationProperties
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    // A record: formed some day of the first quarter, published some working days after its due date (or never), with flags now and then.
    private static Gen<DisclosureRecord[]> Records =>
        Gen.ArrayOf(Gen.Choose(0, 80).Zip(Gen.Choose(-6, 10)).Zip(Gen.Choose(0, 39)))
            .Select(specs => specs.Select((spec, i) => Registers.St1($"r{i}", new LocalDate(2024, 1, 2).PlusDays(spec.Item1.Item1),
                spec.Item1.Item2 < -5 ? null : spec.Item1.Item2, classified: spec.Item2 == 0, falsified: spec.Item2 == 1, refused: spec.Item2 == 2)).ToArray());

    private static Gen<LocalDate> AsOf => Gen.Choose(0, 200).Select(days => new LocalDate(2024, 2, 1).PlusDays(days));

    private static UnitEvaluation Unit(IEnumerable<DisclosureRecord> records, LocalDate asOf) =>
        Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddRecords(records)
            .AddCommitments([Registers.GoodCommitment])
            .AddInspections([Registers.CountyInspections])
            .Build(), asOf).Units[0];

    private static string Summary(UnitEvaluation unit) =>
        $"{unit.OnTime}/{unit.Late}/{unit.Missing}/{unit.Pending}/{unit.Exempt} {unit.Grade} {unit.Sanction} " +
        string.Join("|", unit.SanctionReasons.Select(r => r.Text.En)) + " " +
        string.Join("|", unit.Findings.Select(f => $"{f.Kind}:{f.SubjectId}:{f.MessageEn}"));

    [Property]
    public Property Evaluation_is_deterministic_and_independent_of_record_order() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) =>
            Summary(Unit(records, asOf)) == Summary(Unit(records, asOf)) && Summary(Unit(records, asOf)) == Summary(Unit(records.Reverse(), asOf)));

    [Property]
    public Property The_on_time_rate_is_between_0_and_1() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) => Unit(records, asOf).OnTimeRate is null or (>= 0 and <= 1));

    [Property]
    public Property D19_a_unit_has_a_rate_and_a_grade_exactly_when_something_is_due() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) =>
        {
            var unit = Unit(records, asOf);
            return (unit.OnTimeRate is not null) == (unit.Counted > 0) && (unit.Grade is not null) == (unit.Counted > 0) && unit.IsAssessable == (unit.Counted > 0);
        });

    [Property]
    public Property D18_a_falsified_or_refused_record_counts_as_missing_and_is_never_on_time() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) =>
        {
            var evaluation = Policy.Evaluate(new RegisterBuilder(2024)
                .AddBodies([Registers.School()])
                .AddRecords(records)
                .AddCommitments([Registers.GoodCommitment])
                .AddInspections([Registers.CountyInspections])
                .Build(), asOf);
            var flagged = records.Where(r => (r.IsFalsified || r.IsRefused) && !r.IsClassified).Select(r => r.Id).ToHashSet();
            return evaluation.Outcomes.Where(o => o.RecordId is not null && flagged.Contains(o.RecordId)).All(o => o.Outcome == Outcome.Missing);
        });

    [Property]
    public Property Adding_an_on_time_record_never_lowers_the_grade() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) =>
        {
            var extra = Registers.St1("extra", new LocalDate(2024, 1, 3), -1);
            var without = Unit(records, asOf.PlusDays(60)).Grade;
            return without is null || Unit([.. records, extra], asOf.PlusDays(60)).Grade!.IsAtLeast(without);
        });

    [Property]
    public Property Any_falsified_or_refused_record_makes_the_principal_accountable() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), (records, asOf) =>
            (Unit(records, asOf).Sanction == Sanction.PrincipalAccountability) == records.Any(r => r.IsFalsified || r.IsRefused));

    [Property]
    public Property An_exempt_record_never_counts_against_the_unit() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), Gen.Choose(-6, 10).ToArbitrary(), (records, asOf, offset) =>
        {
            var secret = Registers.St1("secret", new LocalDate(2024, 1, 9), offset < -5 ? null : offset, classified: true);
            var (without, with) = (Unit(records, asOf), Unit([.. records, secret], asOf));
            return with.Grade == without.Grade && with.Counted == without.Counted && with.Sanction == without.Sanction
                   && with.Findings.Count == without.Findings.Count && with.Exempt == without.Exempt + 1;
        });

    [Property]
    public Property A_later_evaluation_never_turns_late_or_missing_back_into_on_time() =>
        Prop.ForAll(Records.ToArbitrary(), AsOf.ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), (records, asOf, later) =>
        {
            var register = new RegisterBuilder(2024).AddBodies([Registers.School()]).AddRecords(records).Build();
            var before = Policy.Evaluate(register, asOf).Outcomes.ToDictionary(o => o.RecordId ?? $"{o.Entry()}{o.Trigger}");
            var after = Policy.Evaluate(register, asOf.PlusDays(later)).Outcomes;
            return after.All(o => o.Outcome != Outcome.OnTime
                                  || before[o.RecordId ?? $"{o.Entry()}{o.Trigger}"].Outcome is var earlier && earlier != Outcome.Late && earlier != Outcome.Missing);
        });
}
