using System.Globalization;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Evaluation;
using T = GovDisclosure.Policy.Data.LayoutTables;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// The records of a year and their publications, streamed from one query (records joined with publications, in the order of the records'
/// ids and the publications' positions, so that a record's rows come together) into one reused <see cref="RecordBuffer"/>: nothing of a
/// record is kept after it is handed on. One query, one open reader: what every provider allows.
/// </summary>
internal sealed class RecordStream
{
    private const int PublicationOffset = 10;   // publications' column k is the query's column 10 + k

    private static readonly int ChannelCount = Channel.InOrder.Count;
    private static readonly int NationalChannelCount = NationalChannel.InOrder.Count;

    private readonly DatabaseReading reading;
    private readonly Dictionary<string, int> bodyIndex;
    private readonly Func<string, bool> isSetAside;
    private readonly Func<RecordBuffer, string?> take;
    private readonly RecordBuffer buffer = new();
    private readonly Dictionary<(string Catalog, string Row), ObligationKey> countyRows = [];
    private readonly Channel[] channels = new Channel[ChannelCount];
    private readonly NationalChannel[] nationalChannels = new NationalChannel[NationalChannelCount];
    private RowReader record = null!;
    private RowReader publication = null!;
    private string? currentId;
    private bool started;
    private long lastPosition;

    /// <param name="reading">The reading.</param>
    /// <param name="bodies">The bodies records may name, in the order a record's <see cref="RecordBuffer.BodyIndex"/> counts.</param>
    /// <param name="isSetAside">Whether a body's records are passed over (the body was read with problems, reported already).</param>
    /// <param name="take">Takes a record read without problems; returns why it refuses it, or null.</param>
    internal RecordStream(DatabaseReading reading, IReadOnlyList<Body> bodies, Func<string, bool> isSetAside, Func<RecordBuffer, string?> take)
    {
        this.reading = reading;
        this.isSetAside = isSetAside;
        this.take = take;
        bodyIndex = new Dictionary<string, int>(bodies.Count, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            bodyIndex.Add(bodies[i].Id, i);
        }
    }

    /// <summary>The query: the records whose trigger falls in <paramref name="year"/> (and those with none, to be reported), each with its
    /// publications.</summary>
    internal static string Sql(RegisterLayout layout, int year)
    {
        var records = layout.ColumnNames(T.Records);
        var publications = layout.ColumnNames(T.Publications);
        var trigger = "r." + records[5];
        return $"SELECT {string.Join(", ", records.Select(column => "r." + column))}, {string.Join(", ", publications.Select(column => "p." + column))}"
            + $" FROM {layout.TableName(T.Records.Name)} r LEFT JOIN {layout.TableName(T.Publications.Name)} p ON p.{publications[0]} = r.{records[0]}"
            + $" WHERE {trigger} >= '{Day(year)}' AND {trigger} < '{Day(year + 1)}' OR {trigger} IS NULL ORDER BY r.{records[0]}, p.{publications[1]}";
    }

    private static string Day(int year) => year.ToString("D4", CultureInfo.InvariantCulture) + "-01-01";

    /// <summary>Reads the year's records, handing each on.</summary>
    internal async Task ReadAsync(int year)
    {
        var recordTable = reading.TableName(T.Records);
        await reading.QueryAsync(recordTable, Sql(reading.Layout, year), reader =>
        {
            record = reading.Records = new RowReader(reader, recordTable, reading.Layout.ColumnNames(T.Records), reading.Problems);
            publication = new RowReader(reader, reading.TableName(T.Publications), reading.Layout.ColumnNames(T.Publications), reading.Problems, PublicationOffset);
            return Row;
        }).ConfigureAwait(false);
        if (started)
        {
            Hand();
        }

        await ReadOrphansAsync().ConfigureAwait(false);
    }

    /// <summary>The publications no record holds (of any year): rows the join passes over, each a problem rather than silently lost.</summary>
    private Task ReadOrphansAsync()
    {
        var records = reading.Layout.ColumnNames(T.Records);
        var publications = reading.Layout.ColumnNames(T.Publications);
        var table = reading.TableName(T.Publications);
        var sql = $"SELECT p.{publications[0]}, p.{publications[1]} FROM {table} p LEFT JOIN {reading.TableName(T.Records)} r ON r.{records[0]} = p.{publications[0]}"
            + $" WHERE r.{records[0]} IS NULL";
        return reading.QueryAsync(table, sql, reader =>
        {
            var orphan = new RowReader(reader, table, publications, reading.Problems);
            return () =>
            {
                orphan.Begin(0, 1);
                orphan.Problem(0, orphan.IsNull(0) ? "is empty (NULL); a publication belongs to a record."
                    : $"names a record the table {reading.TableName(T.Records)} does not hold.");
            };
        });
    }

    private void Row()
    {
        var id = record.Id(0, required: false);
        if (!started || id != currentId)
        {
            if (started)
            {
                Hand();
            }

            Start(id);
        }

        if (!publication.IsNull(0))   // the join found a publication: its record_id is the record's
        {
            AddPublication(id);
        }
    }

    private void Start(string? id)
    {
        (started, currentId, lastPosition) = (true, id, long.MinValue);
        reading.RecordsRead++;
        buffer.Clear();
        record.Begin(0, id);
        if (id is null || string.IsNullOrWhiteSpace(id))
        {
            record.Problem(0, id is null ? "is empty (NULL); every record has an id." : "is blank; every record has an id.");
        }
        else
        {
            buffer.Id = id;
        }

        var body = record.Id(1, required: true);
        if (body is not null && !bodyIndex.TryGetValue(body, out var index))
        {
            if (!isSetAside(body) && !string.IsNullOrWhiteSpace(body))   // a blank one was reported as blank
            {
                record.Problem(1, $"names the body '{RowReader.Quote(body)}', which the table {reading.TableName(T.Bodies)} does not hold.");
            }

            index = -1;
        }
        else
        {
            index = body is null ? -1 : bodyIndex[body];
        }

        buffer.BodyIndex = index;
        buffer.Obligation = Obligation();
        buffer.Trigger = record.Date(5, required: true) ?? default;
        if (record.Text(6, required: false) is { } subject)
        {
            if (string.IsNullOrWhiteSpace(subject))
            {
                record.Problem(6, "is blank; a record gives a subject or none (NULL).");
            }
            else
            {
                buffer.Subject = subject;
            }
        }

        buffer.IsClassified = record.Flag(7);
        buffer.IsFalsified = record.Flag(8);
        buffer.IsRefused = record.Flag(9);
    }

    /// <summary>The obligation the record names (§10, D3, D23): a county catalog's row (catalog and catalog_row), or a row of the built-in catalog
    /// by its code (catalog_row alone: an entry, or an item no entry covers); an entry's record may name one of its items.</summary>
    private ObligationKey? Obligation()
    {
        var catalog = record.Text(2, required: false);
        var row = record.Text(3, required: true);
        buffer.Item = record.Code<DisclosureItem>(4, required: false, "a disclosure item");
        if (row is null || string.IsNullOrWhiteSpace(row))
        {
            return null;
        }

        if (catalog is not null)
        {
            if (string.IsNullOrWhiteSpace(catalog))
            {
                record.Problem(2, "is blank; name the county catalog, or leave it empty (NULL) for the built-in catalog.");
                return null;
            }

            if (catalog == ObligationKey.BuiltInCatalog)
            {
                record.Problem(2, $"is '{catalog}', the built-in catalog; leave it empty and name the row by its code alone ({record.Column(3)} 'IM1').");
                return null;
            }

            return countyRows.TryGetValue((catalog, row), out var county) ? county : countyRows[(catalog, row)] = ObligationKey.InCatalog(catalog, row);
        }

        if (!ObligationKey.TryParse(row, out var key))
        {
            record.Problem(3, $"holds '{RowReader.Quote(row)}' and {record.Column(2)} is empty, so it names a row of the built-in catalog; no entry (IM1…ST7) " +
                "or item (G01…I04) has that code. A county catalog's row needs its catalog.");
            return null;
        }

        return key;   // an item named beside a row that is no entry is the session's to refuse (D23)
    }

    private void AddPublication(string? id)
    {
        publication.Begin(0, id, 1);
        if (publication.Integer(1, required: true, int.MinValue, int.MaxValue) is { } position)
        {
            if (position == lastPosition)
            {
                publication.Problem(1, "is the position of another publication of the record too; a record's publications are numbered once each.");
            }

            lastPosition = position;
        }

        var date = publication.Date(2, required: true);
        var seed = publication.Codes(3, channels, "a channel");
        var national = publication.Codes(4, nationalChannels, "a national channel");
        var takenDown = publication.Date(5, required: false);
        if (publication.Valid && date is { } day)
        {
            buffer.AddPublication(day, channels.AsSpan(0, seed), nationalChannels.AsSpan(0, national), takenDown);
        }
        else
        {
            buffer.BodyIndex = -1;   // a publication lost would change the judgement: the record is not taken
        }
    }

    /// <summary>Hands the record read on, when it and its publications read without problems and it names a body.</summary>
    private void Hand()
    {
        if (record.Valid && buffer.BodyIndex >= 0 && take(buffer) is { } refused)
        {
            record.Problem(null, refused);
        }
    }
}
