using System.Globalization;

namespace GovDisclosure.Policy;

/// <summary>
/// A text in Chinese and in English: a name, an explanation, a finding's message, a refusal's reason. The library writes both;
/// a host shows the one its reader needs, or formats it by culture: <see cref="ToString(IFormatProvider?)"/> gives the Chinese
/// for a Chinese culture (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, …) and the English for any other.
/// </summary>
/// <remarks>Immutable; two texts are equal when both languages are.</remarks>
public sealed class BilingualText : IEquatable<BilingualText>, IFormattable
{
    /// <summary>Creates a text from its two languages.</summary>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BilingualText(string zh, string en)
    {
        Zh = Preconditions.CheckNotNull(zh);
        En = Preconditions.CheckNotNull(en);
    }

    /// <summary>The Chinese text, in the official terms.</summary>
    public string Zh { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <summary>The text for <paramref name="culture"/>: Chinese for a Chinese culture, English for any other.</summary>
    /// <param name="culture">The reader's culture; null for the current UI culture.</param>
    public string In(CultureInfo? culture) => IsChinese(culture ?? CultureInfo.CurrentUICulture) ? Zh : En;

    /// <summary>The text for the current UI culture (<see cref="CultureInfo.CurrentUICulture"/>).</summary>
    public override string ToString() => In(null);

    /// <summary>The text for <paramref name="formatProvider"/> when it is a <see cref="CultureInfo"/>, else for the current UI culture.</summary>
    /// <param name="formatProvider">The reader's culture, or null.</param>
    public string ToString(IFormatProvider? formatProvider) => In(formatProvider as CultureInfo);

    /// <summary>Like <see cref="ToString(IFormatProvider?)"/>; <paramref name="format"/> picks a language: <c>"zh"</c>, <c>"en"</c>, or null or
    /// empty for the culture's.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is another string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" => ToString(formatProvider),
        "zh" => Zh,
        "en" => En,
        _ => throw new FormatException($"\"{format}\" is not a format of a bilingual text; use \"zh\", \"en\", or none for the culture's language."),
    };

    /// <inheritdoc />
    public bool Equals(BilingualText? other) => other is not null && Zh == other.Zh && En == other.En;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zh, En);

    private static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";
}
