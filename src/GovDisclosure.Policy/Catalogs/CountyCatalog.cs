using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// A county's (or a township's) standard disclosure catalog for one area — social assistance, elderly care, … — as the
/// county compiled it under 国办发〔2019〕54号 (SPEC §10): a name and rows in the catalog's order, each found by its 序号.
/// Immutable and safe to share between threads; two catalogs are equal when their names and rows are.
/// </summary>
public sealed class CountyCatalog : IEquatable<CountyCatalog>
{
    private readonly Dictionary<string, CatalogRow> byNumber;

    /// <summary>Creates a catalog from rows built in code.</summary>
    /// <param name="name">The catalog's name, for example <c>某县民政领域基层政务公开标准目录</c>; registers name rows by it.</param>
    /// <param name="rows">The rows in the catalog's order; at least one, no 序号 twice.</param>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="CatalogDataException">The name is blank, there are no rows, or a 序号 is used twice (both rows are named).</exception>
    public CountyCatalog(string name, IEnumerable<CatalogRow> rows)
        : this(Preconditions.CheckNotNull(name), ReadOnly.ArrayWithoutNulls(rows, nameof(rows)), rowNumbers: null, sheet: null, new ProblemList<CatalogProblem>())
    {
    }

    /// <param name="name">The catalog's name.</param>
    /// <param name="rows">The rows, owned by the catalog from now on.</param>
    /// <param name="rowNumbers">Where each row was read (a CSV record number, a sheet's row), or null for rows given in code (their positions).</param>
    /// <param name="sheet">The sheet the rows were read from, or null.</param>
    /// <param name="fromReader">What the reader found wrong already, reported together with the catalog's own problems.</param>
    private CountyCatalog(string name, CatalogRow[] rows, int[]? rowNumbers, string? sheet, ProblemList<CatalogProblem> fromReader)
    {
        var problems = new ProblemList<CatalogProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new CatalogProblem(0, null, "The catalog's name is blank; registers and deadlines name the catalog.") { Sheet = sheet });
        }

        if (rows.Length == 0 && fromReader.Count == 0)
        {
            problems.Add(new CatalogProblem(0, null, "The catalog has no rows.") { Sheet = sheet });
        }

        rows = [.. rows.Select((row, index) => row.BoundTo(this, index))];
        byNumber = new Dictionary<string, CatalogRow>(rows.Length, StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var where = rowNumbers?[i] ?? i + 1;
            if (firstSeen.TryGetValue(rows[i].Number, out var first))
            {
                problems.Add(new CatalogProblem(where, CatalogColumns.Number, $"序号 \"{rows[i].Number}\" is already the number of row {first}; each row needs its own.")
                    { Number = rows[i].Number, Sheet = sheet });
                continue;
            }

            firstSeen.Add(rows[i].Number, where);
            byNumber.Add(rows[i].Number, rows[i]);
        }

        if (fromReader.Count + problems.Count > 0)
        {
            // Each list kept its first problems in row order, so the first of both together are among those kept.
            var first = fromReader.Kept.Concat(problems.Kept).OrderBy(problem => problem.Row).ThenBy(problem => CatalogColumns.Order(problem.Column));
            throw new CatalogDataException(name, first.Take(CatalogDataException.MaxProblems), fromReader.Count + problems.Count);
        }

        Name = name;
        Rows = ReadOnly.Wrap(rows);
        Warnings = ReadOnly.Wrap(rows
            .SelectMany((row, i) => (row.TimeLimit?.Warnings ?? []).Select(warning =>
                new CatalogWarning(rowNumbers?[i] ?? i + 1, CatalogColumns.TimeLimit, warning) { Number = row.Number, Sheet = sheet }))
            .ToArray());
    }

    /// <summary>The catalog's name.</summary>
    public string Name { get; }

    /// <summary>The rows, in the catalog's order.</summary>
    public IReadOnlyList<CatalogRow> Rows { get; }

    /// <summary>What the catalog reads as but may not mean (D43–D45), each with its row and column, in the rows' order: the warnings of the
    /// rows' time limits (<see cref="TimeLimit.Warnings"/>). Not part of equality, which the rows decide.</summary>
    public IReadOnlyList<CatalogWarning> Warnings { get; }

    /// <summary>Reads a catalog the way counties publish it: a UTF-8 CSV (with or without a byte-order mark) laid out as
    /// <see cref="ReadCells"/> describes.</summary>
    /// <param name="csv">The CSV; read to its end, not closed.</param>
    /// <param name="name">The catalog's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogDataException">The file is not UTF-8 (Excel and WPS on Chinese Windows save "CSV" as GBK: save it as
    /// "CSV UTF-8", or pass its encoding to <see cref="ReadCsv(Stream, string, Encoding)"/>), is not well-formed CSV, lacks a column, or a
    /// row has a problem. Every problem is listed.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static CountyCatalog ReadCsv(Stream csv, string name) => FromCsv(csv, name, null);

    /// <summary>Reads a catalog's CSV written in <paramref name="encoding"/> — GBK or GB18030 as Excel and WPS save "CSV" on Chinese
    /// Windows (<c>CodePagesEncodingProvider.Instance.GetEncoding("GB18030")</c> on .NET; <c>Encoding.GetEncoding("GB18030")</c> on .NET
    /// Framework) — laid out as <see cref="ReadCells"/> describes. Bytes the encoding cannot decode are a problem naming their line, never
    /// replaced.</summary>
    /// <param name="csv">The CSV; read to its end, not closed.</param>
    /// <param name="name">The catalog's name.</param>
    /// <param name="encoding">The file's encoding; <see cref="Encoding.UTF8"/> reads as <see cref="ReadCsv(Stream, string)"/> does.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogDataException">A byte the encoding cannot decode, a UTF-8 byte-order mark on a file said to be in another
    /// encoding, or any problem <see cref="ReadCsv(Stream, string)"/> reports. Every problem is listed.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static CountyCatalog ReadCsv(Stream csv, string name, Encoding encoding) => FromCsv(csv, name, Preconditions.CheckNotNull(encoding));

    private static CountyCatalog FromCsv(Stream csv, string name, Encoding? encoding)
    {
        Preconditions.CheckNotNull(csv);
        Preconditions.CheckNotNull(name);
        var problems = new ProblemList<CatalogProblem>();
        var sheet = CatalogCsv.Read(csv, name, encoding, problems);
        var (rows, rowNumbers) = sheet is null ? ([], []) : CatalogSheet.Read(sheet, null, problems);
        return new CountyCatalog(name, rows, rowNumbers, null, problems);
    }

    /// <summary>Reads a catalog from the rows of a sheet, as counties lay it out (§10, §13): what <see cref="ReadCsv(Stream, string)"/> and
    /// the spreadsheet reader (GovDisclosure.Policy.Catalogs.Excel) read once they have the cells.</summary>
    /// <remarks>
    /// <para>Title rows may stand above the header, which is found among the first ten rows: the first that names three of the published
    /// columns — 序号, 一级事项, 二级事项, an optional 三级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, an
    /// optional 公开层级 and an optional 备注, in any order; spaces and line breaks inside a heading do not count. It may take two rows: a
    /// group over its members — 公开事项 over 一级/二级/三级事项; 公开对象 over 全社会 and 特定群体; 公开方式 over 主动 and 依申请; 公开层级 over
    /// 县级, 乡级, 村级, 市级 or 乡、村级 — the group cell merged (its value in each cell or only the first) or joined to its member in one
    /// cell, <c>公开对象-全社会</c>. A column under a member is a tick column: √, ✓, ✔, ●, ■, ☑, 是 or the member's own name ticks it, a
    /// blank leaves it out, anything else is a problem.</para>
    /// <para>A blank 一级事项, 二级事项 or 三级事项 cell repeats the row above, as merged cells export — under the same item above it: a
    /// row that starts a new 一级事项 must name its 二级事项. A blank 三级事项 under a new 二级事项 means the row has no third level. A
    /// blank cell anywhere else is an error; an entirely blank row is skipped.</para>
    /// <para>公开渠道和载体 holds national channel names — or names real catalogs write for them: any notice board (村（居）公示栏) for
    /// 社区/企事业单位/村公示栏（电子屏）, 政府门户网站, 新闻发布会, 听证会 — separated by 、 ， , / ; ； a space or a line break, or a checklist
    /// such as <c>■政府网站□政府公报■两微一端</c>. 公开方式 and 公开层级 written in one cell hold several values so separated, or ticked boxes
    /// such as <c>■县级 □乡级</c> (■ ☑ √ ✓ ✔ mark a value, □ ☐ leave it out); 公开对象 holds one value. A catalog with no 公开层级 column is
    /// a single-level body's: its rows have no levels and bind every body assigned the catalog.</para>
    /// <para>Every problem is reported at once, each with its sheet, row, column and 序号; nothing is guessed and no cell is dropped. What a
    /// row reads as but may not mean is in <see cref="Warnings"/>.</para>
    /// </remarks>
    /// <param name="rows">The sheet's rows from its first, each its cells from the first column; a null or blank cell is empty, a cell is
    /// trimmed. The rows are numbered from 1 in problems.</param>
    /// <param name="name">The catalog's name.</param>
    /// <param name="sheet">The sheet's name, for problems and warnings; null when there is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, a row or <paramref name="name"/> is null.</exception>
    /// <exception cref="CatalogDataException">No header, a missing column, or a row with a problem. Every problem is listed.</exception>
    /// <returns>The catalog.</returns>
    public static CountyCatalog ReadCells(IEnumerable<IReadOnlyList<string?>> rows, string name, string? sheet = null)
    {
        var cells = CatalogSheet.Rows(rows, nameof(rows));
        Preconditions.CheckNotNull(name);
        var problems = new ProblemList<CatalogProblem>();
        var (read, rowNumbers) = CatalogSheet.Read(cells, sheet, problems);
        return new CountyCatalog(name, read, rowNumbers, sheet, problems);
    }

    /// <summary>Whether the first ten rows of a sheet hold a catalog's header, as <see cref="ReadCells"/> finds it: how a workbook's reader
    /// tells a catalog sheet from an explanatory one beside it.</summary>
    /// <param name="rows">The sheet's rows from its first; only the first ten are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <returns>True when a row names three of the published columns.</returns>
    public static bool IsCatalogSheet(IEnumerable<IReadOnlyList<string?>> rows) =>
        CatalogHeader.IsCatalog(CatalogSheet.Rows(Preconditions.CheckNotNull(rows).Take(CatalogHeader.SearchedRows), nameof(rows)));

    /// <summary>The row whose 序号 is <paramref name="number"/>, compared as written.</summary>
    /// <param name="number">序号, for example <c>"3"</c> or <c>"2.1"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no such row; see <see cref="TryGetRow"/>.</exception>
    public CatalogRow GetRow(string number) =>
        byNumber.TryGetValue(Preconditions.CheckNotNull(number), out var row)
            ? row
            : throw new PolicyArgumentException($"The catalog \"{Name}\" has no row 序号 \"{number}\"; its rows are numbered {Rows[0].Number} to {Rows[^1].Number}.", nameof(number));

    /// <summary>The obligation key of the row numbered <paramref name="number"/>: this catalog's name and the 序号 (§10). The key remembers the
    /// row, so a policy holding this catalog finds its rule at once.</summary>
    /// <param name="number">序号, as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no such row.</exception>
    /// <returns>The key.</returns>
    public ObligationKey KeyOf(string number) => ObligationKey.ForRow(this, GetRow(number));

    /// <summary>The obligation key of part <paramref name="part"/> of the row numbered <paramref name="number"/>, whose 公开时限 names several
    /// events, each with its own period (D43): parts 1, 2, … in the order written (<see cref="TimeLimit.Parts"/>).</summary>
    /// <param name="number">序号, as written.</param>
    /// <param name="part">The part: 0 for a row of one event, else from 1 to the number of parts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no such row, or the row has no such part.</exception>
    /// <returns>The key.</returns>
    public ObligationKey KeyOf(string number, int part)
    {
        var row = GetRow(number);
        var parts = row.TimeLimit?.Parts.Count ?? 1;
        var valid = parts == 1 ? part == 0 : part >= 1 && part <= parts;
        return valid ? ObligationKey.ForRow(this, row, part) : throw new PolicyArgumentException(parts == 1
            ? $"Row {number} of \"{Name}\" names one event: its only part is 0, not {part} (D43)."
            : $"Row {number} of \"{Name}\" names {parts} events (D43): its parts are 1 to {parts}, not {part}.", nameof(part));
    }

    /// <summary>Finds the row whose 序号 is <paramref name="number"/>; false for null or a number the catalog does not have.</summary>
    /// <param name="number">序号; may be null.</param>
    /// <param name="row">The row, or null.</param>
    public bool TryGetRow([NotNullWhen(true)] string? number, [MaybeNullWhen(false)] out CatalogRow row)
    {
        row = null;
        return number is not null && byNumber.TryGetValue(number, out row);
    }

    /// <inheritdoc />
    public bool Equals(CountyCatalog? other) => other is not null && Name == other.Name && Rows.SequenceEqual(other.Rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyCatalog);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ReadOnly.SequenceHash(Rows));

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Rows.Count} rows)";
}
