using System.Data;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using T = GovDisclosure.Policy.Data.LayoutTables;

namespace GovDisclosure.Policy.Data;

/// <summary>Writes a register into the layout's tables, a row per body, record, publication, section row and event, as the readers read them back.</summary>
internal sealed class RegisterWriter(DbConnection connection, RegisterTableOptions options, CancellationToken cancellationToken)
{
    private DbTransaction? transaction;

    internal async Task WriteAsync(Register register)
    {
        var own = options.Transaction is null;
        transaction = options.Transaction ?? connection.BeginTransaction();
        try
        {
            await WriteRowsAsync(register).ConfigureAwait(false);
            if (own)
            {
                transaction.Commit();
            }
        }
        catch when (own)
        {
            transaction.Rollback();
            throw;
        }
        finally
        {
            if (own)
            {
                transaction.Dispose();
            }
        }
    }

    private async Task WriteRowsAsync(Register register)
    {
        await InsertAsync(T.Bodies, register.Bodies, body => [body.Id, body.Name, body.Type.Name, body.Principal.Name, Date(body.Principal.TookOffice),
            body.SupervisionContact, body.Level == AdministrativeLevel.Of(body.Type) ? null : body.Level.Name, body.Role?.Name]).ConfigureAwait(false);
        await InsertAsync(T.BodyCatalogs, register.Bodies.SelectMany(body => body.Catalogs.Select((catalog, i) => new object?[] { body.Id, i, catalog })), row => row)
            .ConfigureAwait(false);
        await InsertAsync(T.Records, register.Records, record => [record.Id, record.BodyId,
            record.Obligation.Catalog == ObligationKey.BuiltInCatalog ? null : record.Obligation.Catalog, record.Obligation.Row, record.Item?.Code,
            Date(record.Trigger), record.Subject, record.IsClassified, record.IsFalsified, record.IsRefused]).ConfigureAwait(false);
        await InsertAsync(T.Publications, register.Records.SelectMany(record => record.Publications.Select((p, i) => new object?[]
        {
            record.Id, i, Date(p.Date), string.Join(",", p.Channels.Select(c => c.Name)),
            p.NationalChannels.Count == 0 ? null : string.Join(",", p.NationalChannels.Select(c => c.Name)), OptionalDate(p.TakenDownOn),
        })), row => row).ConfigureAwait(false);
        await InsertAsync(T.Commitments, register.Commitments, c => [c.BodyId, c.OneWindow, c.OneTimeNotification, c.OneStop, c.EndToEnd, c.SignedBy, Date(c.SignedOn),
            OptionalDate(c.ApprovedOn), OptionalDate(c.PublishedOn)]).ConfigureAwait(false);
        await InsertAsync(T.DisclosureRules, register.DisclosureRules, r => [r.BodyId, OptionalDate(r.ApprovedOn), OptionalDate(r.PublishedOn)]).ConfigureAwait(false);
        await InsertAsync(T.Inspections, register.Inspections.SelectMany(plan => plan.Dates.Count == 0 ? [[plan.Year, plan.BodyId, null]] : plan.Dates.Select(day => new object?[] { plan.Year, plan.BodyId, Date(day) })), row => row)
            .ConfigureAwait(false);
        await InsertAsync(T.Complaints, register.Complaints, c => [c.Id, c.BodyId, c.Channel.Name, Date(c.LodgedOn),
            OptionalDate(c.Answers[0]), Escalation(c, 0), OptionalDate(c.Answers[1]), Escalation(c, 1), OptionalDate(c.Answers[2]),
            OptionalDate(c.ResolvedOn), c.Resolution, OptionalDate(c.RectifiedOn)]).ConfigureAwait(false);
        await InsertAsync(T.Requests, register.Requests, r => [r.Id, r.BodyId, r.Channel.Name, Date(r.ArrivedOn),
            r.Channel.NeedsConfirmation ? OptionalDate(r.ReceivedOn) : null, r.Applicant.Name]).ConfigureAwait(false);
        await InsertAsync(T.RequestEvents, register.Requests.SelectMany(r => r.Events.Select((e, i) => new object?[]
        {
            r.Id, i, e.Kind.Name, Date(e.On), OptionalDate(e.Until), e.WorkingDays, e.Party?.Name, e.Outcome?.Name, e.Method?.Name, e.ToldOfRedress,
        })), row => row).ConfigureAwait(false);
        await InsertAsync(T.AnnualReports, register.AnnualReports, r => [r.BodyId, r.Year, Date(r.PublishedOn)]).ConfigureAwait(false);
        await InsertAsync(T.RedressCases, register.RedressCases, c => [c.Id, c.BodyId, c.Kind.Name, Date(c.FiledOn), c.Result.Name, OptionalDate(c.DecidedOn), c.RequestId])
            .ConfigureAwait(false);
    }

    private object? Escalation(Complaint complaint, int tier) => tier < complaint.Escalations.Count ? Date(complaint.Escalations[tier]) : null;

    /// <summary>A date as the layout stores it: a <see cref="DateTime"/> for a date column, ISO text otherwise.</summary>
    private object Date(LocalDate date) => options.Layout.NativeDates ? date.ToDateTimeUnspecified() : IsoDates.Format(date);

    private object? OptionalDate(LocalDate? date) => date is { } day ? Date(day) : null;

    /// <summary>Inserts a row per item, through one command whose parameters are set anew for each.</summary>
    private async Task InsertAsync<TItem>(LayoutTable table, IEnumerable<TItem> items, Func<TItem, object?[]> values)
    {
        var columns = options.Layout.ColumnNames(table);
        var name = options.Layout.TableName(table.Name);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            parameters[i].DbType = table.TypeOf(i, options.Layout.NativeDates);
            command.Parameters.Add(parameters[i]);
        }

        foreach (var item in items)
        {
            var row = values(item);
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (!cancellationToken.IsCancellationRequested)
            {
                var key = $"{columns[0]} '{row[0]}'" + (row[1] is int position && table.Columns[1] == "position" ? $", position {position}" : "");
                throw new RegisterDataException([new TableProblem(name, key, null, $"the database refused the row: {e.Message.Trim()}")], 1, 0, e);
            }
        }
    }
}
