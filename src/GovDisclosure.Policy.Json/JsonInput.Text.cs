using System.Text;
using System.Text.Json;

namespace GovDisclosure.Policy.Json;

// What the input says of its text: strings that are not UTF-8 or escape a lone surrogate, the file's encoding (once), and syntax errors.
internal sealed partial class JsonInput
{
    /// <summary>The text of the current string token, or null with a problem when it is not UTF-8 or escapes a lone surrogate.</summary>
    /// <param name="reader">The reader, on a string token.</param>
    /// <param name="path">Where the string stands; written out only for a problem.</param>
    /// <param name="name">The property under <paramref name="path"/>, or empty for the path itself.</param>
    internal string? Text(ref Utf8JsonReader reader, in JsonPath path, string name = "")
    {
        if (!reader.ValueIsEscaped)
        {
            try
            {
                return StrictUtf8.GetString(reader.ValueSpan);
            }
            catch (DecoderFallbackException)
            {
                NotUtf8At(ref reader, name.Length == 0 ? path.ToString() : path.Of(name));
                return null;
            }
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            Problem(ref reader, name.Length == 0 ? path.ToString() : path.Of(name), NotValidText);
            return null;
        }
    }

    private bool encodingReported;

    /// <summary>One mistake, however many strings it spoils: the file's encoding is reported once, where it first shows.</summary>
    internal void NotUtf8At(ref Utf8JsonReader reader, string path)
    {
        if (!encodingReported)
        {
            encodingReported = true;
            Problem(ref reader, path, NotUtf8);
        }
    }

    /// <summary>Whether the buffered input from the element being read on is UTF-8 (a sequence the buffer's end cuts aside).</summary>
    private bool HoldsUtf8()
    {
        CatchUp();
        var from = (int)Math.Max(0, checkpoint - bufferOffset);
        try
        {
            _ = StrictUtf8.GetDecoder().GetCharCount(buffer, from, end - from, flush: final);   // a sequence cut by the buffer's end waits
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>What a problem says of an escaped string that does not make text.</summary>
    internal const string NotValidText = "the string is not valid text: it escapes a lone surrogate (such as \\ud800) or holds bytes that are not UTF-8.";

    /// <summary>What a problem says of text that is not UTF-8.</summary>
    internal const string NotUtf8 =
        "the file is not UTF-8: it holds bytes that are not UTF-8 text. Files saved as GBK or GB18030, common for Chinese government documents, must be saved as UTF-8 first.";

    /// <summary>A syntax error ends reading: the problems found so far and this one, in the library's words.</summary>
    private PolicyJsonException Fatal(JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        var column = (int)(e.BytePositionInLine ?? 0) + 1;
        // A byte above 0x7F outside a string is a stray character (a full-width comma) in UTF-8 text, or the first sign of another encoding.
        var encoding = JsonSyntax.NamesByteOutsideAscii(e.Message) && !HoldsUtf8();
        if (!encoding || !encodingReported)
        {
            Problems.Add(new JsonProblem("$", line, column, encoding ? NotUtf8 : JsonSyntax.Describe(e.Message, what)));
        }

        return Ended();
    }
}
