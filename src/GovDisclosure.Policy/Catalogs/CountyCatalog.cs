using System.Diagnostics.CodeAnalysis;

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
        : this(Preconditions.CheckNotNull(name), ReadOnly.ArrayWithoutNulls(rows, nameof(rows)), rowNumbers: null, new ProblemList<CatalogProblem>())
    {
    }

    /// <param name="name">The catalog's name.</param>
    /// <param name="rows">The rows, owned by the catalog from now on.</param>
    /// <param name="rowNumbers">Where each row was read (a CSV record number), or null for rows given in code (their positions).</param>
    /// <param name="fromReader">What the reader found wrong already, reported together with the catalog's own problems.</param>
    private CountyCatalog(string name, CatalogRow[] rows, int[]? rowNumbers, ProblemList<CatalogProblem> fromReader)
    {
        var problems = new ProblemList<CatalogProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new CatalogProblem(0, null, "The catalog's name is blank; registers and deadlines name the catalog."));
        }

        if (rows.Length == 0 && fromReader.Count == 0)
        {
            problems.Add(new CatalogProblem(0, null, "The catalog has no rows."));
        }

        rows = [.. rows.Select((row, index) => row.BoundTo(this, index))];
        byNumber = new Dictionary<string, CatalogRow>(rows.Length, StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var where = rowNumbers?[i] ?? i + 1;
            if (firstSeen.TryGetValue(rows[i].Number, out var first))
            {
                problems.Add(new CatalogProblem(where, CatalogColumns.Number, $"序号 \"{rows[i].Number}\" is already the number of row {first}; each row needs its own."));
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
    }

    /// <summary>The catalog's name.</summary>
    public string Name { get; }

    /// <summary>The rows, in the catalog's order.</summary>
    public IReadOnlyList<CatalogRow> Rows { get; }

    /// <summary>Reads a catalog the way counties publish it: a UTF-8 CSV (with or without a byte-order mark) whose header row uses the
    /// published column names — 序号, 一级事项, 二级事项, an optional 三级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象,
    /// 公开方式, 公开层级 and an optional 备注, in any order.</summary>
    /// <remarks>
    /// <para>A blank 一级事项, 二级事项 or 三级事项 cell repeats the row above, as merged cells export — under the same item above it: a
    /// row that starts a new 一级事项 must name its 二级事项. A blank 三级事项 under a new 二级事项 means the row has no third level. A
    /// blank cell anywhere else is an error; an entirely blank line is skipped.</para>
    /// <para>公开渠道和载体, 公开方式 and 公开层级 may hold several values separated by 、 ， , / ; or ；, national channel names being
    /// matched first since some contain a slash; or ticked boxes such as <c>■县级 □乡级</c>, where ■ ☑ √ ✓ ✔ mark a value and
    /// □ ☐ leave it out. 公开对象 holds one value, written or ticked.</para>
    /// <para>Every problem of the file is reported at once, each with its row and column; nothing is guessed and no cell is dropped.</para>
    /// </remarks>
    /// <param name="csv">The CSV; read to its end, not closed.</param>
    /// <param name="name">The catalog's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogDataException">The file is not UTF-8 (Excel on Chinese Windows saves "CSV" as GBK: save it as
    /// "CSV UTF-8"), is not well-formed CSV, lacks a column, or a row has a problem. Every problem is listed.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static CountyCatalog ReadCsv(Stream csv, string name)
    {
        Preconditions.CheckNotNull(csv);
        Preconditions.CheckNotNull(name);
        var (rows, rowNumbers, problems) = CatalogCsv.Read(csv, name);
        return new CountyCatalog(name, rows, rowNumbers, problems);
    }

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
