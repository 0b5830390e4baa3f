using System.Collections.Generic;
using System.IO;
using GovDisclosure.Policy;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy.Requests;
using NodaTime;

namespace NetStandardConsumer;

/// <summary>A request desk in a portal's own netstandard2.0 library: where a request stands today in China.</summary>
public sealed class ReplyDesk
{
    private readonly DisclosurePolicy policy;
    private readonly IClock clock;

    /// <summary>Creates a desk over one policy, shared by every request, and the clock that says what day it is.</summary>
    public ReplyDesk(DisclosurePolicy policy, IClock clock)
    {
        this.policy = policy;
        this.clock = clock;
    }

    /// <summary>The request's status today, in Chinese.</summary>
    public string Status(InformationRequest request)
    {
        var status = policy.ReplyStatusOn(request, ChinaTime.Today(clock));
        return status.IsOverdue ? $"已逾期{status.WorkingDaysLate}个工作日" : $"答复期限：{status.Deadline?.Due:yyyy-MM-dd}";
    }

    /// <summary>The requests' reply deadlines as JSON, explained, for the portal's front end.</summary>
    public void WriteDeadlines(IEnumerable<InformationRequest> requests, Stream utf8Json)
    {
        var deadlines = new List<Deadline>();
        foreach (var request in requests)
        {
            deadlines.Add(policy.ReplyDue(request));
        }

        PolicyJson.WriteDeadlines(deadlines, utf8Json);
    }
}
