namespace GovDisclosure.Policy.Tests;

/// <summary>"Did you mean …?": the edit distance between names, and the one known name near enough, and nearer than the
/// rest, to be what a misspelt one meant.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ABC", "abc", 0)]
    [InlineData("公开期限", "公开时限", 1)]
    [InlineData("对象", "公开对象", 2)]
    [InlineData("ab", "ba", 2)]
    public void The_distance_counts_the_fewest_insertions_deletions_and_substitutions_whatever_the_case(string a, string b, int distance)
    {
        Assert.Equal(distance, Spelling.Distance(a, b));
        Assert.Equal(distance, Spelling.Distance(b, a));
    }

    [Theory]
    [InlineData("公开期限", "公开时限")]           // one edit
    [InlineData("对象", "公开对象")]               // two edits: the most a short name may be off
    [InlineData("removedEntryList", "removedEntries")]   // four edits: a third of a long name
    public void A_name_near_enough_to_one_known_name_is_taken_for_it(string name, string meant) =>
        Assert.Equal(meant, Spelling.ClosestUnique(name, ["公开渠道和载体", meant]));

    [Theory]
    [InlineData("对")]                                    // three edits from 公开对象
    [InlineData("")]                                      // four edits
    [InlineData("xxxxxxxxxxxxxx")]                        // fourteen edits from a name of fourteen letters
    public void A_name_too_far_from_every_known_name_is_taken_for_none(string name) =>
        Assert.Null(Spelling.ClosestUnique(name, ["公开对象", "removedEntries"]));

    [Fact]
    public void Two_equally_near_names_are_no_evidence_and_one_nearer_than_the_other_is()
    {
        Assert.Null(Spelling.ClosestUnique("公开", ["公开时限", "公开主体"]));
        Assert.Equal("公开时限", Spelling.ClosestUnique("公开时", ["公开主体", "公开时限"]));
    }
}
