using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Json;

// Each object of a register described once: its properties as members, in the order the writer writes them (the JSON name is the
// member's, first letter lower-cased), the members each reader must find, and the tables that match names to members.
internal abstract partial class RegisterReader
{
    private static readonly JsonFields RootFields = JsonFields.Of<RootField>("register");
    private static readonly JsonFields BodyFields = JsonFields.Of<BodyField>("body");
    private static readonly JsonFields PrincipalFields = JsonFields.Of<PrincipalField>("principal leader");
    private static readonly JsonFields RecordFields = JsonFields.Of<RecordField>("record");
    private static readonly JsonFields PublicationFields = JsonFields.Of<PublicationField>("publication");
    private static readonly JsonFields CommitmentFields = JsonFields.Of<CommitmentField>("service commitment");
    private static readonly JsonFields RulesFields = JsonFields.Of<RulesField>("disclosure rules");
    private static readonly JsonFields PlanFields = JsonFields.Of<PlanField>("inspection plan");
    private static readonly JsonFields ComplaintFields = JsonFields.Of<ComplaintField>("complaint");
    private static readonly JsonFields RequestFields = JsonFields.Of<RequestField>("request");
    private static readonly JsonFields EventFields = JsonFields.Of<EventField>("request event");
    private static readonly JsonFields ReportFields = JsonFields.Of<ReportField>("annual report");
    private static readonly JsonFields RedressFields = JsonFields.Of<RedressField>("redress case");
    internal static readonly JsonFields AnswerFields = new("set of tier answers", [.. ComplaintTier.InOrder.Select(tier => tier.Name)]);   // by tier, from the base unit

    private static readonly ulong BodyRequired = BodyFields.Bits(BodyField.Id, BodyField.Name, BodyField.Type, BodyField.Principal);
    private static readonly ulong PrincipalRequired = PrincipalFields.Bits(PrincipalField.Name, PrincipalField.TookOffice);
    private static readonly ulong RecordRequired = RecordFields.Bits(RecordField.Id, RecordField.Body, RecordField.Trigger);

    /// <summary>The properties that name a record's obligation (§10, D23).</summary>
    private static readonly ulong ObligationNames = RecordFields.Bits(RecordField.Entry, RecordField.Item, RecordField.Catalog, RecordField.Row);
    private static readonly ulong PublicationRequired = PublicationFields.Bits(PublicationField.Date, PublicationField.Channels);
    private static readonly ulong CommitmentRequired = CommitmentFields.Bits(CommitmentField.Body, CommitmentField.SignedBy, CommitmentField.SignedOn);
    private static readonly ulong RulesRequired = RulesFields.Bits(RulesField.Body);
    private static readonly ulong PlanRequired = PlanFields.Bits(PlanField.Year, PlanField.Dates);
    private static readonly ulong ComplaintRequired = ComplaintFields.Bits(ComplaintField.Id, ComplaintField.Body, ComplaintField.Channel, ComplaintField.LodgedOn);
    private static readonly ulong RequestRequired = RequestFields.Bits(RequestField.Id, RequestField.Body, RequestField.Channel, RequestField.ArrivedOn, RequestField.Applicant);
    private static readonly ulong EventRequired = EventFields.Bits(EventField.Kind, EventField.On);
    private static readonly ulong ReportRequired = ReportFields.Bits(ReportField.Body, ReportField.Year, ReportField.PublishedOn);
    private static readonly ulong RedressRequired = RedressFields.Bits(RedressField.Id, RedressField.Body, RedressField.Kind, RedressField.FiledOn, RedressField.Result);

    /// <summary>A register's properties.</summary>
    internal enum RootField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        Year,
        Bodies,
        Records,
        Commitments,
        DisclosureRules,
        Inspections,
        Complaints,
        Requests,
        AnnualReports,
        RedressCases,
    }

    /// <summary>A body's properties.</summary>
    internal enum BodyField
    {
        Id,
        Name,
        Type,
        Principal,
        SupervisionContact,
        Level,
        Role,
        Catalogs,
    }

    /// <summary>A principal leader's properties.</summary>
    internal enum PrincipalField
    {
        Name,
        TookOffice,
    }

    /// <summary>A record's properties.</summary>
    internal enum RecordField
    {
        Id,
        Body,
        Entry,
        Item,
        Catalog,
        Row,
        Trigger,
        Subject,
        Publications,
        Classified,
        Falsified,
        Refused,
    }

    /// <summary>A publication's properties.</summary>
    internal enum PublicationField
    {
        Date,
        Channels,
        NationalChannels,
        TakenDownOn,
    }

    /// <summary>A service commitment's properties.</summary>
    internal enum CommitmentField
    {
        Body,
        OneWindow,
        OneTimeNotification,
        OneStop,
        EndToEnd,
        SignedBy,
        SignedOn,
        ApprovedOn,
        PublishedOn,
    }

    /// <summary>The properties of a body's disclosure rules.</summary>
    internal enum RulesField
    {
        Body,
        ApprovedOn,
        PublishedOn,
    }

    /// <summary>An inspection plan's properties.</summary>
    internal enum PlanField
    {
        Year,
        Body,
        Dates,
    }

    /// <summary>A complaint's properties.</summary>
    internal enum ComplaintField
    {
        Id,
        Body,
        Channel,
        LodgedOn,
        EscalatedOn,
        ResolvedOn,
        Resolution,
        RectifiedOn,
        AnsweredOn,
    }

    /// <summary>A request's properties.</summary>
    internal enum RequestField
    {
        Id,
        Body,
        Channel,
        ArrivedOn,
        ConfirmedOn,
        Applicant,
        Events,
    }

    /// <summary>A request event's properties.</summary>
    internal enum EventField
    {
        Kind,
        On,
        Until,
        WorkingDays,
        Party,
        Outcome,
        Method,
        ToldOfRedress,
    }

    /// <summary>A published annual report's properties.</summary>
    internal enum ReportField
    {
        Body,
        Year,
        PublishedOn,
    }

    /// <summary>A redress case's properties.</summary>
    internal enum RedressField
    {
        Id,
        Body,
        Kind,
        FiledOn,
        Result,
        DecidedOn,
        Request,
    }
}
