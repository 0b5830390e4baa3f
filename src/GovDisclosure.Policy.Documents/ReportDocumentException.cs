namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Thrown when a file is not a document the reader can open at all: a Word 97–2003 <c>.doc</c>, an RTF file, a <c>.docx</c> that is not a
/// valid Word package, a PDF that is damaged, protected by a password or a scan without text, or a file of another kind than the reader's
/// (a web page given to <c>ReadDocx</c>, a Word file to <c>ReadHtml</c> or <c>ReadPdf</c>). The message says what the file is and how to
/// read it. What a readable document lacks is never thrown: it is in
/// <see cref="ReportReading.Problems"/>.
/// </summary>
public sealed class ReportDocumentException : GovDisclosureException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What the file is and what to do with it, a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public ReportDocumentException(string problem)
        : this(problem, null)
    {
    }

    /// <summary>Creates the exception with the exception that said the file is broken.</summary>
    /// <param name="problem">What the file is and what to do with it, a sentence.</param>
    /// <param name="innerException">The reading library's exception; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public ReportDocumentException(string problem, Exception? innerException)
        : base("The file cannot be read as an annual report", [Preconditions.CheckNotNull(problem)], 1, innerException)
    {
    }
}
