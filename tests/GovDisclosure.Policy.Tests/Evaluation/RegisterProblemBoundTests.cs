namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>D13: a register of many broken records throws an exception that lists the first hundred and counts them all; the result of
/// <see cref="RegisterBuilder.BuildResult"/> keeps every problem.</summary>
public sealed class RegisterProblemBoundTests
{
    [Fact]
    public void D13_the_register_exception_keeps_the_first_hundred_problems_and_counts_them_all()
    {
        var records = Enumerable.Range(1, 150)
            .Select(i => new DisclosureRecord($"r{i}", "nobody", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), [])).ToArray();

        var exception = Assert.Throws<RegisterException>(() => new RegisterBuilder(2024).AddBodies([Registers.School()]).AddRecords(records).Build());

        Assert.Equal((100, 150), (exception.Problems.Count, exception.ProblemCount));
        Assert.Equal("r100", exception.Problems[^1].SubjectId);
        Assert.StartsWith("The register's input is not valid (150 problems):", exception.Message, StringComparison.Ordinal);
        Assert.Equal(GovDisclosureException.ProblemsInMessage + 2, exception.Message.Split('\n').Length);   // the head, ten problems, how many more
        Assert.EndsWith("- … and 140 more", exception.Message, StringComparison.Ordinal);
        Assert.Equal(150, new RegisterBuilder(2024).AddBodies([Registers.School()]).AddRecords(records).BuildResult().Problems.Count);
    }

    [Fact]
    public void D13_a_register_of_one_problem_says_so_in_the_singular()
    {
        var records = new[] { new DisclosureRecord("r1", "nobody", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), []) };

        var exception = Assert.Throws<RegisterException>(() => new RegisterBuilder(2024).AddBodies([Registers.School()]).AddRecords(records).Build());

        Assert.Equal(1, exception.ProblemCount);
        Assert.Equal("The register's input is not valid: r1: " + exception.Problems[0].Message, exception.Message);
    }
}
