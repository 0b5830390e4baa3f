namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Grades at their exact boundaries (D13) and the sanctions that follow (§4.2, D14).</summary>
public sealed class GradeAndSanctionTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static UnitEvaluation Evaluate(int onTime, int late, params DisclosureRecord[] more) =>
        Policy.Evaluate(Registers.SchoolWith(onTime, late, more), Registers.SpringAsOf).Units[0];

    [Theory]
    [InlineData(19, 1, "Excellent")]        // exactly 95 %
    [InlineData(18, 2, "Satisfactory")]     // 90 %
    [InlineData(17, 3, "Satisfactory")]     // exactly 85 %
    [InlineData(14, 6, "Basic")]            // exactly 70 %
    [InlineData(13, 7, "Unsatisfactory")]   // 65 %
    public void D13_the_grade_follows_the_on_time_rate_with_inclusive_thresholds(int onTime, int late, string grade)
    {
        var unit = Evaluate(onTime, late);

        Assert.Equal(Grade.FromName(grade), unit.Grade);
        Assert.Equal((double)onTime / (onTime + late), unit.OnTimeRate!.Value, 10);
    }

    [Fact]
    public void D19_a_unit_with_nothing_due_has_no_rate_and_no_grade_but_keeps_its_findings()
    {
        var unit = Evaluate(0, 0);

        Assert.Null(unit.OnTimeRate);
        Assert.Null(unit.Grade);
        Assert.False(unit.IsAssessable);
        Assert.Equal(Sanction.None, unit.Sanction);
        Assert.Null(unit.ToAnnualAssessment().OnTimeRate);
        Assert.Contains("not yet assessable", unit.ToString());
    }

    [Fact]
    public void D19_one_obligation_due_makes_a_unit_assessable()
    {
        var unit = Evaluate(1, 0);

        Assert.True(unit.IsAssessable);
        Assert.Equal(1.0, unit.OnTimeRate);
        Assert.Equal(Grade.Excellent, unit.Grade);
    }

    [Fact]
    public void D13_excellent_also_needs_nothing_missing()
    {
        var unit = Evaluate(39, 0, Registers.St1("gap", new LocalDate(2024, 2, 8), null));

        Assert.Equal(0.975, unit.OnTimeRate!.Value, 10);
        Assert.Equal(Grade.Satisfactory, unit.Grade);
    }

    [Fact]
    public void D13_a_profile_can_move_the_thresholds()
    {
        var strict = Policy.WithProfile(new PolicyProfile("严格县").WithGradeThresholds(new GradeThresholds(98, 90, 80)));

        var unit = strict.Evaluate(Registers.SchoolWith(19, 1), Registers.SpringAsOf).Units[0];

        Assert.Equal(Grade.Satisfactory, unit.Grade);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradeThresholds(80, 90, 70));
    }

    [Fact]
    public void D14_a_good_grade_brings_no_sanction()
    {
        var unit = Evaluate(18, 2);

        Assert.Equal(Sanction.None, unit.Sanction);
        Assert.Empty(unit.SanctionReasons);
    }

    [Fact]
    public void D14_a_basic_grade_brings_discretionary_criticism_and_education_with_its_reason()
    {
        var unit = Evaluate(14, 6);

        Assert.Equal(Sanction.CriticismAndEducation, unit.Sanction);
        Assert.True(unit.SanctionIsDiscretionary);
        var reason = Assert.Single(unit.SanctionReasons);
        Assert.Equal(["§4.2", "D13", "D14"], reason.ClauseIds);
        Assert.Contains("推动不力", reason.TextZh);
        Assert.Contains("ineffective promotion", reason.TextEn);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void D14_falsification_or_refusal_makes_the_principal_accountable_whatever_the_grade(bool falsified, bool refused)
    {
        var unit = Evaluate(20, 0, Registers.St1("bad", new LocalDate(2024, 2, 8), 0, falsified: falsified, refused: refused));

        Assert.Equal((20, 1), (unit.OnTime, unit.Missing));   // D18: published on time, yet no valid disclosure
        Assert.Equal(Grade.Satisfactory, unit.Grade);
        Assert.Equal(Sanction.PrincipalAccountability, unit.Sanction);
        Assert.Contains("王局长", unit.SanctionReasons[0].TextZh);
        Assert.Contains("records bad", unit.SanctionReasons[0].TextEn);
        Assert.Contains(unit.Findings, f => f.Kind == (falsified ? FindingKind.Falsified : FindingKind.Refused) && f.SubjectId == "bad");
    }

    [Fact]
    public void D14_a_by_reference_unit_gets_the_same_sanction_as_advice()
    {
        var court = new Body("court", "县人民法院", BodyType.JudicialOrgan, Registers.Principal, "赵法官");
        var register = new Register(2024, [court],
            [new DisclosureRecord("x", "court", ScheduleEntry.IM1, null, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 2, 9))], isRefused: true)]);

        var unit = Policy.Evaluate(register, Registers.SpringAsOf).Units[0];

        Assert.Equal(Sanction.PrincipalAccountability, unit.Sanction);
        Assert.True(unit.SanctionIsAdvisory);
        Assert.All(unit.Findings, f => Assert.False(f.IsBinding));
    }

    [Fact]
    public void The_annual_assessment_carries_the_grade_sanction_and_reasons_in_plain_fields()
    {
        var assessment = Evaluate(14, 6).ToAnnualAssessment();

        Assert.Equal(("school", 2024, "Basic", "基本合格", "CriticismAndEducation"), (assessment.BodyId, assessment.Year, assessment.GradeCode, assessment.GradeZh, assessment.SanctionCode));
        Assert.Equal(0.7, assessment.OnTimeRate!.Value, 10);
        Assert.Contains("§4.2", assessment.ReasonsZh);
        Assert.Equal(6, assessment.FindingCount);
    }
}
