namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Feeds an <see cref="EvaluationSession"/> from a register through one reused <see cref="RecordBuffer"/>, as a host's own source would.</summary>
internal static class Sessions
{
    /// <summary>Copies <paramref name="record"/> into <paramref name="buffer"/>, the unit at <paramref name="bodyIndex"/>.</summary>
    internal static RecordBuffer Fill(RecordBuffer buffer, DisclosureRecord record, int bodyIndex)
    {
        buffer.Clear();
        buffer.SetId(record.Id.AsSpan());
        if (record.Subject is { } subject)
        {
            buffer.SetSubjectUtf8(System.Text.Encoding.UTF8.GetBytes(subject));
        }

        (buffer.BodyIndex, buffer.Obligation, buffer.Item, buffer.Trigger) = (bodyIndex, record.Obligation, record.Item, record.Trigger);
        (buffer.IsClassified, buffer.IsFalsified, buffer.IsRefused) = (record.IsClassified, record.IsFalsified, record.IsRefused);
        foreach (var publication in record.Publications)
        {
            buffer.AddPublication(publication);
        }

        return buffer;
    }

    /// <summary>The evaluation of <paramref name="register"/> through a session: its records one by one, then its sections.</summary>
    internal static RegisterEvaluation Fed(DisclosurePolicy policy, Register register, LocalDate asOf, Action<ObligationOutcome>? onOutcome = null)
    {
        var session = policy.BeginEvaluation(register.Year, register.Bodies, asOf, new EvaluationSessionOptions { OnOutcome = onOutcome });
        var buffer = new RecordBuffer();
        foreach (var record in register.Records)
        {
            session.Add(Fill(buffer, record, session.GetBodyIndex(record.BodyId)));
        }

        return session.AddCommitments(register.Commitments).AddDisclosureRules(register.DisclosureRules).AddInspections(register.Inspections)
            .AddComplaints(register.Complaints).AddRequests(register.Requests).AddAnnualReports(register.AnnualReports).AddRedressCases(register.RedressCases)
            .Complete();
    }
}
