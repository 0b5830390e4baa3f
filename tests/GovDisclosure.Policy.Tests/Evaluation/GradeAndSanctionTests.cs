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

        Assert.Equal(Grade.Parse(grade), unit.Grade);
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
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new GradeThresholds(80, 90, 70));
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
        Assert.Contains("推动不力", reason.Text.Zh);
        Assert.Contains("ineffective promotion", reason.Text.En);
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
        Assert.Contains("王局长", unit.SanctionReasons[0].Text.Zh);
        Assert.Contains("records bad", unit.SanctionReasons[0].Text.En);
        Assert.Contains(unit.Findings, f => f.Kind == (falsified ? FindingKind.Falsified : FindingKind.Refused) && f.SubjectId == "bad");
    }

    [Fact]
    public void D14_a_by_reference_unit_gets_the_same_sanction_as_advice()
    {
        var court = new Body("court", "县人民法院", BodyType.JudicialOrgan, Registers.Principal, "赵法官");
        var register = new RegisterBuilder(2024)
            .AddBodies([court])
            .AddRecords([new DisclosureRecord("x", "court", ScheduleEntry.IM1, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 2, 9))]) { IsRefused = true }])
            .Build();

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
        Assert.Contains("§4.2", assessment.Reasons.Zh);
        Assert.Equal(6, assessment.FindingCount);
    }

    [Fact]
    public void D14_the_reasons_name_every_flagged_record_in_order_and_read_the_same_in_the_annual_assessment()
    {
        var unit = Evaluate(3, 0, Registers.St1("b-refused", new LocalDate(2024, 2, 9), 0, refused: true), Registers.St1("a-falsified", new LocalDate(2024, 2, 8), 0, falsified: true));
        var assessment = unit.ToAnnualAssessment();

        Assert.Equal("存在拒不执行或弄虚作假（记录a-falsified, b-refused），追究单位主要负责人王局长的责任。（§4.2、D14）", assessment.Reasons.Zh);
        Assert.Equal("Refusal or falsification (records a-falsified, b-refused): the unit's principal leader, 王局长, is held accountable. (§4.2, D14)", assessment.Reasons.En);
    }

    [Fact]
    public void D14_criticism_and_education_gives_its_reason_with_its_clauses()
    {
        var assessment = Evaluate(14, 6).ToAnnualAssessment();

        Assert.Equal("考核等次为基本合格，推行政务公开推动不力，视情况批评教育。（§4.2、D13、D14）", assessment.Reasons.Zh);
        Assert.Equal("Graded basic: ineffective promotion of disclosure; criticism and education as circumstances warrant. (§4.2, D13, D14)", assessment.Reasons.En);
        Assert.Equal(("", ""), (Evaluate(20, 0).ToAnnualAssessment().Reasons.Zh, Evaluate(20, 0).ToAnnualAssessment().Reasons.En));
    }

    [Fact]
    public void D19_only_an_obligated_unit_with_something_due_is_assessable_and_its_summary_says_which_it_is()
    {
        var outside = Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([new Body("co", "县供电公司", BodyType.Enterprise, Registers.Principal, null)])
            .Build(), Registers.SpringAsOf).Units[0];

        Assert.False(outside.IsAssessable);
        Assert.Equal("县供电公司: not graded, nothing due on time, sanction none", outside.ToString());
        Assert.Equal("县实验小学: not yet assessable, nothing due on time, sanction none", Evaluate(0, 0).ToString());
        Assert.Equal("县实验小学: basic, 70.0 % on time, sanction criticism and education", Evaluate(14, 6).ToString());
    }

    [Fact]
    public void Findings_are_listed_by_kind_then_subject_and_sorted_once()
    {
        var unit = Evaluate(0, 2, Registers.St1("c", new LocalDate(2024, 1, 10), 1), Registers.St1("a", new LocalDate(2024, 1, 11), 1));

        var late = unit.Findings.Where(f => f.Kind == FindingKind.Late).Select(f => f.SubjectId);

        Assert.Equal(["a", "c", "late0", "late1"], late);
        Assert.Equal(unit.Findings.Select(f => f.Kind.Value).Order(), unit.Findings.Select(f => f.Kind.Value));
        Assert.Same(unit.Findings, unit.Findings);
    }

    [Theory]
    [InlineData(100, 100, 100, true)]
    [InlineData(100, 0, 0, true)]
    [InlineData(100.1, 85, 70, false)]
    [InlineData(95, 85, -0.1, false)]
    [InlineData(85, 85.1, 70, false)]
    [InlineData(95, 70, 70.1, false)]
    public void D13_thresholds_lie_in_0_to_100_and_descend_from_excellent_to_basic(double excellent, double satisfactory, double basic, bool valid)
    {
        if (valid)
        {
            Assert.Equal((decimal)basic, new GradeThresholds((decimal)excellent, (decimal)satisfactory, (decimal)basic).Basic);
        }
        else
        {
            Assert.StartsWith($"Grade thresholds {(decimal)excellent} / {(decimal)satisfactory} / {(decimal)basic} % must lie in 0–100 and descend from excellent to basic.",
                ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new GradeThresholds((decimal)excellent, (decimal)satisfactory, (decimal)basic)).Message);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(250, true)]
    [InlineData(251, false)]
    public void D11_a_profile_gives_each_complaint_tier_1_to_250_working_days(int days, bool valid)
    {
        Assert.Equal(valid, Record.Exception(() => AssessmentRules.Default with { ComplaintTierWorkingDays = days }) is null);
    }

    [Theory]
    [InlineData(0, 0, false)]    // at least 1, even when none is required
    [InlineData(0, 1, true)]
    [InlineData(2, 1, false)]   // never fewer than the minimum
    [InlineData(1, 52, true)]
    [InlineData(1, 53, false)]
    public void D12_the_most_inspections_expected_is_at_least_1_and_the_minimum_and_at_most_52(int min, int max, bool valid)
    {
        Assert.Equal(valid, Record.Exception(() => AssessmentRules.Default with { MinInspections = min, MaxInspections = max }) is null);
    }
}
