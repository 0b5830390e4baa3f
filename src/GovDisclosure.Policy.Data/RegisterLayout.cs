using System.Collections.ObjectModel;
using System.Reflection;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// Where a register lives in a database (§13): the package's tables and columns (<see cref="Tables"/>, <see cref="ColumnsOf"/>, documented
/// in docs/databases.md, created by <see cref="SqliteDdl"/> or <see cref="PostgreSqlDdl"/>), mapped onto a host's own names with
/// <see cref="MapTable"/> and <see cref="MapColumn"/>, and whether its dates are ISO text or the database's date type.
/// </summary>
/// <remarks>
/// Immutable: each <c>Map…</c> and <see cref="WithNativeDates"/> returns a new layout. A name is used in SQL as given, so it must be a plain
/// name (letters, digits and <c>_</c>, not starting with a digit; a table may be qualified by its schema, <c>gk.records</c>) or one quoted
/// whole as the database quotes (<c>"发布 日期"</c>, <c>[trigger]</c>, <c>`trigger`</c>).
/// </remarks>
public sealed class RegisterLayout
{
    private static readonly ReadOnlyCollection<string> TableList = new(LayoutTables.All.Select(table => table.Name).ToArray());

    private readonly Dictionary<string, string> tableNames;
    private readonly Dictionary<string, string> columnNames;   // by "table.column"

    private RegisterLayout(Dictionary<string, string> tableNames, Dictionary<string, string> columnNames, bool nativeDates)
    {
        this.tableNames = tableNames;
        this.columnNames = columnNames;
        NativeDates = nativeDates;
    }

    /// <summary>The package's own names, with dates as ISO text (<c>yyyy-MM-dd</c>): the layout <see cref="SqliteDdl"/> creates.</summary>
    public static RegisterLayout Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), false);

    /// <summary>The package's own names, with dates in the database's date type: the layout <see cref="PostgreSqlDdl"/> creates.</summary>
    public static RegisterLayout PostgreSql { get; } = Default.WithNativeDates(true);

    /// <summary>The logical tables of a register, in the order they are read: <c>bodies</c>, <c>body_catalogs</c>, <c>records</c>,
    /// <c>publications</c>, <c>commitments</c>, <c>disclosure_rules</c>, <c>inspections</c>, <c>complaints</c>, <c>requests</c>,
    /// <c>request_events</c>, <c>annual_reports</c>, <c>redress_cases</c>.</summary>
    public static IReadOnlyList<string> Tables => TableList;

    /// <summary>The DDL that creates the <see cref="Default"/> layout in SQLite: dates as ISO text, SQLite having no date type; flags as 0 and 1.</summary>
    public static string SqliteDdl { get; } = Script("sqlite");

    /// <summary>The DDL that creates the <see cref="PostgreSql"/> layout in PostgreSQL: dates as <c>date</c>, which the server keeps valid; flags as
    /// <c>boolean</c>.</summary>
    public static string PostgreSqlDdl { get; } = Script("postgresql");

    /// <summary>
    /// Whether the register's date columns are the database's date type (written as <see cref="System.Data.DbType.Date"/>) rather than ISO
    /// text (written as text). Reading takes either, whatever this says: a date column, or text <c>yyyy-MM-dd</c>.
    /// </summary>
    public bool NativeDates { get; }

    /// <summary>The logical columns of <paramref name="table"/>, in the order the package reads them.</summary>
    /// <param name="table">A logical table, one of <see cref="Tables"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one of <see cref="Tables"/>; the message lists them.</exception>
    public static IReadOnlyList<string> ColumnsOf(string table) => LayoutTables.Find(table).Columns;

    /// <summary>The layout with <paramref name="table"/> found under <paramref name="name"/>.</summary>
    /// <param name="table">A logical table, one of <see cref="Tables"/>.</param>
    /// <param name="name">The host's name for it: a plain or quoted SQL name.</param>
    /// <returns>A new layout.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a logical table, or <paramref name="name"/> is not a name SQL can carry as
    /// given.</exception>
    public RegisterLayout MapTable(string table, string name)
    {
        LayoutTables.Find(table);
        var names = new Dictionary<string, string>(tableNames, StringComparer.Ordinal) { [table] = SqlNames.Check(name, nameof(name), allowSchema: true) };
        return new RegisterLayout(names, columnNames, NativeDates);
    }

    /// <summary>The layout with <paramref name="column"/> of <paramref name="table"/> found under <paramref name="name"/>.</summary>
    /// <param name="table">A logical table, one of <see cref="Tables"/>.</param>
    /// <param name="column">One of its logical columns (<see cref="ColumnsOf"/>).</param>
    /// <param name="name">The host's name for it: a plain or quoted SQL name.</param>
    /// <returns>A new layout.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> or <paramref name="column"/> is not in the layout (the message lists what is), or
    /// <paramref name="name"/> is not a name SQL can carry as given.</exception>
    public RegisterLayout MapColumn(string table, string column, string name)
    {
        LayoutTables.Find(table).Ordinal(column);
        var names = new Dictionary<string, string>(columnNames, StringComparer.Ordinal) { [table + "." + column] = SqlNames.Check(name, nameof(name), allowSchema: false) };
        return new RegisterLayout(tableNames, names, NativeDates);
    }

    /// <summary>The layout with its dates stored as the database's date type (<paramref name="native"/>) or as ISO text.</summary>
    /// <param name="native">True for date columns, false for ISO text.</param>
    /// <returns>A new layout, or this one when nothing changes.</returns>
    public RegisterLayout WithNativeDates(bool native) => native == NativeDates ? this : new RegisterLayout(tableNames, columnNames, native);

    /// <summary>The host's name of <paramref name="table"/>: mapped, or the logical name.</summary>
    /// <param name="table">A logical table, one of <see cref="Tables"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one of <see cref="Tables"/>.</exception>
    public string TableName(string table) => tableNames.TryGetValue(LayoutTables.Find(table).Name, out var name) ? name : table;

    /// <summary>The host's name of <paramref name="column"/> in <paramref name="table"/>: mapped, or the logical name.</summary>
    /// <param name="table">A logical table, one of <see cref="Tables"/>.</param>
    /// <param name="column">One of its logical columns.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> or <paramref name="column"/> is not in the layout.</exception>
    public string ColumnName(string table, string column)
    {
        LayoutTables.Find(table).Ordinal(column);
        return columnNames.TryGetValue(table + "." + column, out var name) ? name : column;
    }

    /// <summary>The host's names of <paramref name="table"/>'s columns, in <see cref="ColumnsOf"/>'s order.</summary>
    internal string[] ColumnNames(LayoutTable table) => [.. table.Columns.Select(column => ColumnName(table.Name, column))];

    /// <inheritdoc />
    public override string ToString() =>
        $"register layout ({(NativeDates ? "date columns" : "ISO text dates")}; {IsoCount(tableNames.Count, "table")} and {IsoCount(columnNames.Count, "column")} mapped)";

    private static string IsoCount(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Script(string dialect)
    {
        using var stream = typeof(RegisterLayout).GetTypeInfo().Assembly.GetManifestResourceStream($"GovDisclosure.Policy.Data.{dialect}.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
