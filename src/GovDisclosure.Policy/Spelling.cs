namespace GovDisclosure.Policy;

/// <summary>The known name a misspelt one most likely meant, for "did you mean …?" in problems.</summary>
/// <remarks>The JSON field reader (<c>Serialization/JsonFields.cs</c>) still keeps its own copy of the distance below, with a
/// "first of equally near" rule; it is to use this one when that reader is rebuilt with tests for its own untested paths, which
/// touching it now would not have brought.</remarks>
internal static class Spelling
{
    /// <summary>
    /// The known name nearer to <paramref name="name"/> by edit distance (letters' case ignored) than every other, if it is near
    /// enough to be a misspelling: at most two edits, or a third of the known name's length for longer names; null otherwise, and
    /// null on a tie: for short names such as a catalog's four-character column names, where two edits reach several, a tie is
    /// no evidence of what was meant.
    /// </summary>
    internal static string? ClosestUnique(string name, IEnumerable<string> known)
    {
        var near = known.Select(candidate => (Known: candidate, Distance: Distance(name, candidate)))
            .Where(candidate => candidate.Distance <= Math.Max(2, candidate.Known.Length / 3))
            .OrderBy(candidate => candidate.Distance).Take(2).ToArray();
        return near.Length == 1 || (near.Length == 2 && near[0].Distance < near[1].Distance) ? near[0].Known : null;
    }

    /// <summary>The edit distance between two names, case-insensitively (a misspelling or a wrong case both count).</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
