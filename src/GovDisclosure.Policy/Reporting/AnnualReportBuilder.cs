using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// Counts a body's annual report from a register (§9.3–§9.5): table 三 from its requests by the years of D38 and the rows of D37, table 四
/// from its redress cases; the rest comes from the host's <see cref="AnnualReportInput"/>.
/// </summary>
internal static class AnnualReportBuilder
{
    private const int TotalColumn = 6;

    internal static AnnualReport Build(Register register, string bodyId, int year, AnnualReportInput input, IWorkingDayCalendar calendar, RequestRules rules,
        ReportingRules reporting)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckNotNull(bodyId);
        Preconditions.CheckNotNull(input);
        Preconditions.CheckArgument(year == register.Year, nameof(year),
            "The register holds the year {0}; a report on {1} is counted from that year's register (D38).", register.Year, year);
        var body = register.Bodies.FirstOrDefault(b => b.Id == bodyId)
            ?? throw new PolicyArgumentException($"The register holds no body \"{bodyId}\"; a report is counted from its own requests (D38).", nameof(bodyId));
        if (input.LastYearReport is { } last && (last.BodyId != bodyId || last.Year != year - 1))
        {
            throw new PolicyArgumentException(
                $"The last year's report given is the {last.Year} report of \"{last.BodyId}\"; the {year} report of \"{bodyId}\" is checked against the {year - 1} report of \"{bodyId}\".",
                nameof(input));
        }

        if (input.IsAggregate == true && body.Role == BodyRole.Department)
        {
            throw new PolicyArgumentException($"\"{bodyId}\" is a department; only a government's report aggregates the bodies under it (D38).", nameof(input));
        }

        // D38: an aggregate counts every body of the register, each request as its own body's report would.
        var aggregate = input.IsAggregate ?? (reporting.GovernmentReportIsAggregate && body.Role == BodyRole.Government);
        Func<string, bool> counted = aggregate ? _ => true : id => id == bodyId;
        return new AnnualReport(body.Id, body.Name, year, input.Overview, input.Proactive, CountRequests(register, counted, year, calendar, rules),
            CountRedress(register, counted, year), input.ProblemsAndImprovements, input.OtherMatters)
        {
            LastYearCarriedForward = input.LastYearReport?.Requests[RequestTableRow.CarriedForward],
            IsAggregate = aggregate,
        };
    }

    /// <summary>
    /// Table 三 (§9.4): a request counts as new in the year of its receipt; it is handled in the year its reply was delivered or it was
    /// abandoned, in the row of its outcome (D37); open on 31 December, it is carried forward (D38). A request not yet received on
    /// 31 December — awaiting confirmation — is not counted yet; one handled before the year is not counted again.
    /// </summary>
    private static RequestTable CountRequests(Register register, Func<string, bool> counted, int year, IWorkingDayCalendar calendar, RequestRules rules)
    {
        var yearEnd = new LocalDate(year, 12, 31);
        var figures = new int[RequestTable.Rows.Count, TotalColumn + 1];
        List<RequestRefusal>? refusals = null;
        foreach (var request in register.Requests)
        {
            if (!counted(request.BodyId) || request.ArrivedOn > yearEnd)
            {
                continue;
            }

            (InformationRequest Held, RequestState State, LocalDate? AbandonedOn) status;
            try
            {
                status = ReplyStatus.StateOn(request, yearEnd, calendar, rules);
                CheckHistory(status.Held, calendar, rules);
            }
            catch (RequestHistoryException e)
            {
                (refusals ??= []).AddRange(e.Refusals);
                continue;
            }

            if (status.Held.ReceivedOn is not { } received)
            {
                continue;
            }

            var (handledOn, row) = Handled(status.Held, status.State, status.AbandonedOn, yearEnd, calendar);
            if (handledOn?.Year < year)
            {
                continue;
            }

            var column = request.Applicant.Value - 1;
            Add(figures, received.Year == year ? RequestTableRow.NewThisYear : RequestTableRow.CarriedOver, column);
            Add(figures, row, column);
            if (row.IsResult)
            {
                Add(figures, RequestTableRow.Total, column);
            }
        }

        if (refusals is not null)
        {
            throw new RequestHistoryException(refusals);
        }

        return RequestTable.FromFigures(figures);
    }

    /// <summary>
    /// Works the reply clock out only to refuse a history the calendar shows impossible, as evaluation does. A clock that runs past the
    /// calendar's end is left alone: no figure of the table needs a due date (D41).
    /// </summary>
    private static void CheckHistory(InformationRequest held, IWorkingDayCalendar calendar, RequestRules rules)
    {
        try
        {
            ReplyClock.Due(held, calendar, rules);
        }
        catch (CalendarCoverageException e) when (held.ReceivedOn is { } received && DueDateResult.IsBeyond(e, received))
        {
        }
    }

    /// <summary>
    /// The day a request was handled and its row (D37, D38): the day it was abandoned — the day after its correction or payment deadline —
    /// whenever its notice of abandonment was delivered, else the day its reply was delivered; null while it is open (row 四).
    /// </summary>
    private static (LocalDate? On, RequestTableRow Row) Handled(InformationRequest held, RequestState state, LocalDate? abandonedOn, LocalDate yearEnd,
        IWorkingDayCalendar calendar)
    {
        // An unanswered request's abandonment is in its state already; a closed one's is worked out from its deadline.
        var abandonedBy = held.ReplyEvent is null ? abandonedOn : ReplyStatus.AbandonedBy(held, yearEnd, calendar);
        if (abandonedBy is { } abandoned)
        {
            var uncorrected = held.IsAwaitingCorrection || held.Outcome == RequestOutcome.AbandonedUncorrected;
            return (abandoned, uncorrected ? RequestTableRow.AbandonedUncorrected : RequestTableRow.AbandonedUnpaid);
        }

        return state == RequestState.Delivered ? (held.DeliveredOn, RequestTableRow.For(held.Outcome!)) : (null, RequestTableRow.CarriedForward);
    }

    private static void Add(int[,] figures, RequestTableRow row, int column)
    {
        figures[row.Value - 1, column]++;
        figures[row.Value - 1, TotalColumn]++;
    }

    /// <summary>Table 四 (§9.5): each case of the body by the result it had in the year (<see cref="RedressCase.ResultIn"/>).</summary>
    private static RedressTable CountRedress(Register register, Func<string, bool> counted, int year)
    {
        var counts = new int[RedressCaseKind.InOrder.Count, RedressResult.InOrder.Count];
        foreach (var redress in register.RedressCases)
        {
            if (counted(redress.BodyId) && redress.ResultIn(year) is { } result)
            {
                counts[redress.Kind.Value - 1, result.Value - 1]++;
            }
        }

        RedressCounts Group(RedressCaseKind kind) =>
            RedressCounts.FromResults(counts[kind.Value - 1, 0], counts[kind.Value - 1, 1], counts[kind.Value - 1, 2], counts[kind.Value - 1, 3]);
        return new RedressTable(Group(RedressCaseKind.Reconsideration), Group(RedressCaseKind.DirectLitigation), Group(RedressCaseKind.LitigationAfterReconsideration));
    }
}
