// System.Index and System.Range, which the C# compiler needs for ^i and a..b on strings and spans.
// Only the netstandard2.0 build compiles this file. Only what the compiler calls is here.
namespace System
{
    /// <summary>A position counted from the start, or from the end (<c>^n</c>).</summary>
    internal readonly struct Index
    {
        private readonly int value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "An index must not be negative.");
            }

            this.value = fromEnd ? ~value : value;
        }

        public static Index Start => new(0);

        public static Index End => new(0, fromEnd: true);

        public bool IsFromEnd => value < 0;

        public int Value => value < 0 ? ~value : value;

        public static implicit operator Index(int value) => new(value);

        public int GetOffset(int length) => IsFromEnd ? length - Value : Value;
    }

    /// <summary>A run of positions from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
    internal readonly struct Range(Index start, Index end)
    {
        public Index Start { get; } = start;

        public Index End { get; } = end;

        public static Range StartAt(Index start) => new(start, Index.End);

        public static Range EndAt(Index end) => new(Index.Start, end);

        public static Range All => new(Index.Start, Index.End);

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            var start = Start.GetOffset(length);
            var end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "The range does not fit the sequence.");
            }

            return (start, end - start);
        }
    }
}
