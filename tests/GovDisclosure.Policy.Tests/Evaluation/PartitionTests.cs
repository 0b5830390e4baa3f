using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Partitions (§13): evaluations of disjoint sets of units merge into exactly the evaluation of their union.</summary>
public sealed class PartitionTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;
    private static readonly LocalDate AsOf = new(2025, 1, 31);

    private static (Register A, Register B) Counties(int seed, int unitsA = 5, int unitsB = 4) =>
        (CountyRegisters.Of(seed, CountyRegisters.Bodies("a", unitsA), "a"), CountyRegisters.Of(seed + 1, CountyRegisters.Bodies("b", unitsB), "b"));

    [Property(MaxTest = 40)]
    public Property Sec13_evaluations_of_two_counties_merge_into_exactly_the_evaluation_of_their_union() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), Gen.Choose(0, 300).ToArbitrary(), (seed, units, day) =>
        {
            var (a, b) = Counties(seed, units, 7 - units);
            var asOf = new LocalDate(2024, 3, 1).PlusDays(day);
            var merged = RegisterEvaluation.Merge([Policy.Evaluate(a, asOf), Policy.Evaluate(b, asOf)]);

            return CountyRegisters.Report(merged) == CountyRegisters.Report(Policy.Evaluate(CountyRegisters.Union(a, b), asOf));
        });

    [Property(MaxTest = 20)]
    public Property Sec13_evaluations_of_sessions_run_on_two_threads_merge_into_the_evaluation_of_the_union() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), seed =>
        {
            var (a, b) = Counties(seed);
            var parts = new RegisterEvaluation[2];
            Parallel.For(0, 2, i => parts[i] = Sessions.Fed(Policy, i == 0 ? a : b, AsOf));

            return CountyRegisters.Report(RegisterEvaluation.Merge(parts), includeOutcomes: false) ==
                CountyRegisters.Report(Policy.Evaluate(CountyRegisters.Union(a, b), AsOf), includeOutcomes: false);
        });

    [Fact]
    public void Sec13_one_part_merges_into_itself()
    {
        var (a, _) = Counties(7);
        var alone = Policy.Evaluate(a, AsOf);

        Assert.Equal(CountyRegisters.Report(alone), CountyRegisters.Report(RegisterEvaluation.Merge([alone])));
    }

    [Fact]
    public void Sec13_the_union_holds_every_part_s_units_records_and_sections_in_order()
    {
        var (a, b) = Counties(11);
        var merged = RegisterEvaluation.Merge([Policy.Evaluate(a, AsOf), Policy.Evaluate(b, AsOf)]).Register;

        Assert.Equal([.. a.Bodies, .. b.Bodies], merged.Bodies);
        Assert.Equal([.. a.Records, .. b.Records], merged.Records);
        Assert.Equal([.. a.Complaints, .. b.Complaints], merged.Complaints);
        Assert.Equal([.. a.Inspections, .. b.Inspections], merged.Inspections);
        Assert.Equal(merged.Bodies.Select(body => body.Id), RegisterEvaluation.Merge([Policy.Evaluate(a, AsOf), Policy.Evaluate(b, AsOf)]).Units.Select(unit => unit.Body.Id));
    }

    [Fact]
    public void Sec13_a_merge_of_a_session_s_evaluation_cannot_list_outcomes_again()
    {
        var (a, b) = Counties(3);
        var merged = RegisterEvaluation.Merge([Policy.Evaluate(a, AsOf), Sessions.Fed(Policy, b, AsOf)]);

        Assert.Throws<InvalidOperationException>(() => merged.Outcomes);
    }

    [Fact]
    public void Sec13_a_unit_in_two_parts_is_refused_naming_it_and_both_parts()
    {
        var (a, _) = Counties(5);
        var error = ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([Policy.Evaluate(a, AsOf), Policy.Evaluate(a, AsOf)]));

        Assert.Equal("parts[1] holds the unit \"a0\", which parts[0] holds too; partitions are disjoint.", error.Message);
    }

    [Fact]
    public void Sec13_parts_of_other_days_years_policies_or_county_wide_inspections_are_refused()
    {
        var (a, b) = Counties(9);
        var first = Policy.Evaluate(a, AsOf);
        var otherYear = CountyRegisters.Of(1, CountyRegisters.Bodies("c", 2), "c");
        var otherYearRegister = new RegisterBuilder(2023).AddBodies(otherYear.Bodies).Build();
        var otherPlans = new RegisterBuilder(2024).AddBodies(b.Bodies).AddInspections([new InspectionPlan(2024, null, [new LocalDate(2024, 6, 18)])]).Build();

        Assert.Equal("parts[1] is as of 2025-02-01, parts[0] as of 2025-01-31.",
            ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([first, Policy.Evaluate(b, AsOf.PlusDays(1))])).Message);
        Assert.Equal("parts[1] is of 2023, parts[0] of 2024.",
            ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([first, Policy.Evaluate(otherYearRegister, AsOf)])).Message);
        Assert.StartsWith("parts[1] was evaluated with another policy instance",
            ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([first, Policy.WithCalendar(Policy.Calendar).Evaluate(b, AsOf)])).Message);
        Assert.Equal("parts[1] has other county-wide inspection days in the year than parts[0].",
            ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([first, Policy.Evaluate(otherPlans, AsOf)])).Message);
    }

    [Fact]
    public void Sec13_county_wide_plans_of_other_years_or_days_outside_the_year_do_not_matter()
    {
        var (a, b) = Counties(13);
        var extra = new InspectionPlan(2023, null, [new LocalDate(2023, 5, 5)]);
        var outside = new InspectionPlan(2024, null, [new LocalDate(2025, 1, 6)]);
        var withExtra = new RegisterBuilder(2024).AddBodies(b.Bodies).AddRecords(b.Records).AddInspections([.. b.Inspections, extra, outside]).Build();

        Assert.Equal(9, RegisterEvaluation.Merge([Policy.Evaluate(a, AsOf), Policy.Evaluate(withExtra, AsOf)]).Units.Count);
    }

    [Fact]
    public void Sec13_nothing_to_merge_or_a_null_part_is_refused()
    {
        Assert.Equal("Merge needs the evaluation of at least one partition.", ArgumentAssert.Throws<ArgumentException>("parts", () => RegisterEvaluation.Merge([])).Message);
        ArgumentAssert.Throws<ArgumentNullException>("parts", () => RegisterEvaluation.Merge(null!));
        ArgumentAssert.Throws<ArgumentNullException>("parts", () => RegisterEvaluation.Merge([null!]));
    }
}
