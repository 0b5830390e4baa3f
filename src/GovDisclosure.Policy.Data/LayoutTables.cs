using System.Collections.ObjectModel;

namespace GovDisclosure.Policy.Data;

/// <summary>A logical table of the layout: its name and its columns, in the order the package reads and writes them.</summary>
internal sealed class LayoutTable
{
    internal LayoutTable(string name, params string[] columns)
    {
        Name = name;
        Columns = new ReadOnlyCollection<string>(columns);
    }

    internal string Name { get; }

    internal ReadOnlyCollection<string> Columns { get; }

    /// <summary>The database type of column <paramref name="ordinal"/>, as its name says: dates end in <c>_on</c>, <c>_date</c> or
    /// <c>_office</c>; positions, years and working days are whole numbers; the flags are the DDL's boolean columns; the rest is text.</summary>
    internal System.Data.DbType TypeOf(int ordinal, bool nativeDates) => Columns[ordinal] switch
    {
        var c when c.EndsWith("_on", StringComparison.Ordinal) || c.EndsWith("_date", StringComparison.Ordinal) || c.EndsWith("_office", StringComparison.Ordinal)
            => nativeDates ? System.Data.DbType.Date : System.Data.DbType.String,
        "position" or "year" or "working_days" => System.Data.DbType.Int32,
        "classified" or "falsified" or "refused" or "one_window" or "one_time_notification" or "one_stop" or "end_to_end" or "told_of_redress" => System.Data.DbType.Boolean,
        _ => System.Data.DbType.String,
    };

    /// <summary>The position of <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentException">The table has no such column; the message lists its columns.</exception>
    internal int Ordinal(string column)
    {
        var ordinal = Columns.IndexOf(Preconditions.CheckNotNull(column));
        return ordinal >= 0 ? ordinal
            : throw Preconditions.WrongArgument(nameof(column), $"The table {Name} has no column \"{column}\"; its columns are {string.Join(", ", Columns)}.");
    }
}

/// <summary>The layout's tables (docs/databases.md): one per section of a register, and one for each list of a row that has more than codes.</summary>
internal static class LayoutTables
{
    internal static readonly LayoutTable Bodies = new("bodies", "id", "name", "type", "principal", "principal_took_office", "supervision_contact", "level", "role");
    internal static readonly LayoutTable BodyCatalogs = new("body_catalogs", "body_id", "position", "catalog");
    internal static readonly LayoutTable Records = new("records", "id", "body_id", "catalog", "catalog_row", "item", "trigger_date", "subject", "classified", "falsified", "refused");
    internal static readonly LayoutTable Publications = new("publications", "record_id", "position", "published_on", "channels", "national_channels", "taken_down_on");
    internal static readonly LayoutTable Commitments = new("commitments", "body_id", "one_window", "one_time_notification", "one_stop", "end_to_end", "signed_by", "signed_on",
        "approved_on", "published_on");
    internal static readonly LayoutTable DisclosureRules = new("disclosure_rules", "body_id", "approved_on", "published_on");
    internal static readonly LayoutTable Inspections = new("inspections", "year", "body_id", "planned_on");
    internal static readonly LayoutTable Complaints = new("complaints", "id", "body_id", "channel", "lodged_on", "base_unit_answered_on", "escalated_to_department_on",
        "department_answered_on", "escalated_to_office_on", "office_answered_on", "resolved_on", "resolution", "rectified_on");
    internal static readonly LayoutTable Requests = new("requests", "id", "body_id", "channel", "arrived_on", "confirmed_on", "applicant");
    internal static readonly LayoutTable RequestEvents = new("request_events", "request_id", "position", "kind", "on_date", "until_date", "working_days", "party", "outcome",
        "method", "told_of_redress");
    internal static readonly LayoutTable AnnualReports = new("annual_reports", "body_id", "year", "published_on");
    internal static readonly LayoutTable RedressCases = new("redress_cases", "id", "body_id", "kind", "filed_on", "result", "decided_on", "request_id");

    internal static readonly LayoutTable[] All =
        [Bodies, BodyCatalogs, Records, Publications, Commitments, DisclosureRules, Inspections, Complaints, Requests, RequestEvents, AnnualReports, RedressCases];

    /// <summary>The table named <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">No table has that name; the message lists them.</exception>
    internal static LayoutTable Find(string table) =>
        Array.Find(All, candidate => candidate.Name == Preconditions.CheckNotNull(table))
        ?? throw Preconditions.WrongArgument(nameof(table), $"A register's layout has no table \"{table}\"; its tables are {string.Join(", ", All.Select(t => t.Name))}.");
}
