namespace GovDisclosure.Policy.Catalogs;

// What may follow a period: the channels a part names (D43), the turn to on-request disclosure (D44); and the cursor the reader moves.
internal static partial class TimeLimitReader
{
    private static readonly char[] Separators = ['，', ',', '；', ';', '。', ' ', '\u3000', '\n', '\r', '\t'];
    private static readonly char[] SentenceEnds = ['。', '\n'];
    private static readonly char[] NameSeparators = ['、', '，', ',', '；', ';', '和', '及', ' ', '\u3000'];
    private static readonly string[] ChannelIntroductions = ["在", "通过"];
    private static readonly string[] ChannelVerbs = ["上公开", "上公布", "上发布", "公开", "公布", "发布", "公示"];
    private static readonly string[] PostingEnded = ["公示期满后", "公示期结束后", "公示结束后", "公示期满"];
    private static readonly string[] OnRequest = ["转为依申请公开", "转依申请公开", "转为依申请"];

    /// <summary>Whether <paramref name="sentence"/> names a period of its own: an event before 之日起, or before a number of days.</summary>
    private static bool LooksLikePeriod(string sentence) => sentence.Contains("之日起") || EventBeforeNumber(sentence) > 0;

    /// <summary>Where the first number followed by a unit of days starts in <paramref name="sentence"/>, or -1.</summary>
    private static int EventBeforeNumber(string sentence)
    {
        for (var start = 0; start < sentence.Length; start++)
        {
            var end = start;
            while (end < sentence.Length && (sentence[end] is >= '0' and <= '9' || ChineseNumeral.IsNumeralCharacter(sentence[end])))
            {
                end++;
            }

            if (end > start && Units.Any(unit => sentence.AsSpan(end).StartsWith(unit.Text, StringComparison.Ordinal)))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>"在政府网站、村公示栏公开": the channels a part names, each mapped to the national list — a name not on it is 其他, with a
    /// warning (D43). None when the part names none.</summary>
    private static string? ReadChannels(ref Reader reader, List<string> warnings, out NationalChannel[] channels)
    {
        channels = [];
        var start = reader.Position;
        reader.SkipSeparators();
        if (reader.TakeAny(ChannelIntroductions) is null)
        {
            reader.Position = start;
            return null;
        }

        var clause = reader.Sentence;
        if (ChannelVerbs.FirstOrDefault(verb => clause.EndsWith(verb, StringComparison.Ordinal)) is not { } verb)
        {
            return $"{IsoText.Quote(clause)} names where the part is disclosed but does not end with 公开, 公布, 发布 or 公示";
        }

        var found = new List<NationalChannel>();
        foreach (var name in clause[..^verb.Length].Replace('(', '（').Replace(')', '）').Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var channel = ChannelNames.Read(name);
            if (channel is null)
            {
                warnings.Add($"{IsoText.Quote(name)} is not a channel of the national list: read as 其他 (D43).");
            }

            found.Add(channel ?? NationalChannel.Other);
        }

        if (found.Count == 0)
        {
            return $"{IsoText.Quote(clause)} names no channel";
        }

        channels = [.. found.Distinct()];
        reader.Skip(clause.Length);
        return null;
    }

    /// <summary>"公示结束后，转为依申请公开" (D44), taken whole or not at all.</summary>
    private static bool TakeOnRequestAfterPosting(ref Reader reader)
    {
        var start = reader.Position;
        if (reader.TakeAny(PostingEnded) is not null)
        {
            reader.SkipSeparators();
            if (reader.TakeAny(OnRequest) is not null)
            {
                return true;
            }
        }

        reader.Position = start;
        return false;
    }

    /// <summary>A position in the sentence, moved forward by what it takes.</summary>
    private ref struct Reader(string text)
    {
        private int position;

        internal readonly bool AtEnd => position == text.Length;

        internal readonly string Rest => text[position..];

        internal int Position
        {
            readonly get => position;
            set => position = value;
        }

        /// <summary>The rest of the sentence: up to a full stop or a line break, which a cell of two events puts between them.</summary>
        internal readonly string Sentence => text.IndexOfAny(SentenceEnds, position) is >= 0 and var end ? text[position..end] : Rest;

        /// <summary>What was read since <paramref name="start"/>.</summary>
        internal readonly string TextFrom(int start) => text[start..position];

        internal bool Take(string expected)
        {
            if (!text.AsSpan(position).StartsWith(expected, StringComparison.Ordinal))
            {
                return false;
            }

            position += expected.Length;
            return true;
        }

        internal string? TakeAny(string[] choices)
        {
            foreach (var choice in choices)
            {
                if (Take(choice))
                {
                    return choice;
                }
            }

            return null;
        }

        internal string? TakeAny<T>((string Text, T Value)[] choices, out T value)
        {
            foreach (var (choice, meaning) in choices)
            {
                if (Take(choice))
                {
                    value = meaning;
                    return choice;
                }
            }

            value = default!;
            return null;
        }

        /// <summary>Takes <paramref name="length"/> characters and returns them.</summary>
        internal string Skip(int length)
        {
            var taken = text.Substring(position, length);
            position += length;
            return taken;
        }

        internal void SkipSeparators()
        {
            while (position < text.Length && Array.IndexOf(Separators, text[position]) >= 0)
            {
                position++;
            }
        }

        /// <summary>A number of days in digits, or a Chinese numeral from 一 to 九千九百九十九; null, or what is wrong (for no number at
        /// all, the rest of the sentence and <paramref name="noNumber"/>).</summary>
        internal string? TakeNumber(out int number, string noNumber)
        {
            number = 0;
            var start = position;
            while (position < text.Length && text[position] is >= '0' and <= '9')
            {
                number = Math.Min((number * 10) + (text[position++] - '0'), 1_000_000);   // capped: far past any limit, never overflowing
            }

            if (position > start)
            {
                return null;
            }

            while (position < text.Length && ChineseNumeral.IsNumeralCharacter(text[position]))
            {
                position++;
            }

            var numeral = text.AsSpan(start, position - start);
            return numeral.Length == 0 ? $"{IsoText.Quote(Rest)} {noNumber}"
                : ChineseNumeral.TryParse(numeral, out number) ? null
                : $"{IsoText.Quote(numeral.ToString())} is not a Chinese numeral (一 to 九千九百九十九, as 十五, 二十, 一百零五 are written)";
        }
    }
}
