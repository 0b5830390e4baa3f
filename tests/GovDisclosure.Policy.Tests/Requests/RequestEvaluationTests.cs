using System.Text;
using GovDisclosure.Policy.Tests.Evaluation;
using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.13, D36: a unit's requests in its evaluation — late replies, overdue requests, late correction notices, counts by outcome — and in the register's JSON.</summary>
public sealed class RequestEvaluationTests
{
    private static readonly LocalDate AsOf = D(2024, 12, 31);

    // Received Mon 23 Sep 2024, due Thu 24 Oct.
    private static readonly InformationRequest OnTime = InPerson(D(2024, 9, 23), "on-time").Reply(D(2024, 10, 24), RequestOutcome.Disclosed)
        .Deliver(D(2024, 10, 24), DeliveryMethod.InPerson);

    private static readonly InformationRequest Late = InPerson(D(2024, 9, 23), "late").Reply(D(2024, 10, 25), RequestOutcome.PartlyDisclosed)
        .Deliver(D(2024, 10, 25), DeliveryMethod.InPerson);

    private static readonly InformationRequest Overdue = InPerson(D(2024, 9, 23), "overdue");

    private static readonly InformationRequest NotProcessed = InPerson(D(2024, 9, 23), "petition").Reply(D(2024, 11, 20), RequestOutcome.PetitionOrComplaint)
        .Deliver(D(2024, 11, 20), DeliveryMethod.Post);

    // Received Mon 2 Sep: the correction notice was due by Wed 11 Sep.
    private static readonly InformationRequest LateNotice = InPerson(D(2024, 9, 2), "late-notice").NoticeCorrection(D(2024, 9, 12), D(2024, 9, 30));

    private static readonly InformationRequest NoticeInTime = InPerson(D(2024, 9, 2), "notice-in-time").NoticeCorrection(D(2024, 9, 11), D(2024, 9, 30));

    private static Register With(params InformationRequest[] requests) =>
        new RegisterBuilder(2024).AddBodies([Registers.Bureau()]).AddInspections([Registers.CountyInspections]).AddRequests(requests).Build();

    /// <summary>What the requests add to the unit's counts: OnTime, Late, Missing, Pending with them less without them.</summary>
    private static (int OnTime, int Late, int Missing, int Pending) Added(DisclosurePolicy policy, LocalDate asOf, params InformationRequest[] requests)
    {
        var with = policy.Evaluate(With(requests), asOf).GetUnit("mzj");
        var without = policy.Evaluate(With(), asOf).GetUnit("mzj");
        return (with.OnTime - without.OnTime, with.Late - without.Late, with.Missing - without.Missing, with.Pending - without.Pending);
    }

    [Fact]
    public void D36_replies_count_in_the_rate_a_late_one_as_late_an_overdue_one_as_missing()
    {
        var unit = Seed.Evaluate(With(OnTime, Late, Overdue, NotProcessed), AsOf).GetUnit("mzj");

        Assert.Equal((1, 1, 1, 0), Added(Seed, AsOf, OnTime, Late, Overdue, NotProcessed));
        Assert.Equal((4, 1, 1, 1, 0, 1), (unit.Requests.Arrived, unit.Requests.OnTime, unit.Requests.Late, unit.Requests.Overdue, unit.Requests.Pending, unit.Requests.NotJudged));
        Assert.Equal("4 requests: 1 on time, 1 late, 1 overdue, 0 pending, 1 not judged", unit.Requests.ToString());
    }

    [Fact]
    public void D17_Sec8_13_a_late_reply_and_an_overdue_request_are_findings_with_their_working_days()
    {
        var findings = Seed.Evaluate(With(OnTime, Late, Overdue), AsOf).GetUnit("mzj").Findings;

        var late = Assert.Single(findings, f => f.Kind == FindingKind.ReplyLate);
        Assert.Equal(("late", D(2024, 10, 24), D(2024, 10, 25), 1), (late.SubjectId, late.Due, late.Published, late.WorkingDaysLate));
        Assert.Contains("delivered on 2024-10-25, 1 working day late", late.MessageEn);
        var overdue = Assert.Single(findings, f => f.Kind == FindingKind.RequestOverdue);
        Assert.Equal("overdue", overdue.SubjectId);
        Assert.Contains("至2024-12-31未送达答复", overdue.MessageZh);
        Assert.Equal(["§8.4", "§8.13", "D36"], overdue.ClauseIds);
    }

    [Fact]
    public void D36_a_request_not_yet_due_is_pending()
    {
        Assert.Equal((0, 0, 0, 1), Added(Seed, D(2024, 10, 24), Overdue));
        Assert.DoesNotContain(Seed.Evaluate(With(Overdue), D(2024, 10, 24)).GetUnit("mzj").Findings, f => f.Kind == FindingKind.RequestOverdue);
        Assert.Equal((0, 0, 1, 0), Added(Seed, D(2024, 10, 25), Overdue));
    }

    [Fact]
    public void Sec8_6_a_correction_notice_after_7_working_days_is_a_finding()
    {
        var findings = Seed.Evaluate(With(LateNotice, NoticeInTime), AsOf).GetUnit("mzj").Findings;

        var finding = Assert.Single(findings, f => f.Kind == FindingKind.CorrectionNoticeLate);
        Assert.Equal(("late-notice", D(2024, 9, 11), 1), (finding.SubjectId, finding.Due, finding.WorkingDaysLate));
    }

    [Fact]
    public void D40_the_2007_Regulations_set_no_7_day_notice()
    {
        var old = InPerson(D(2019, 5, 6), "old").NoticeCorrection(D(2019, 5, 30), D(2019, 6, 20));
        var register = new RegisterBuilder(2019).AddBodies([Registers.Bureau()]).AddRequests([old]).Build();

        Assert.DoesNotContain(Seed.Evaluate(register, D(2019, 12, 31)).GetUnit("mzj").Findings, f => f.Kind == FindingKind.CorrectionNoticeLate);
    }

    [Fact]
    public void Sec9_4_replies_are_counted_by_outcome_in_the_tables_order()
    {
        var counts = Seed.Evaluate(With(Late, NotProcessed, OnTime, Overdue), AsOf).GetUnit("mzj").Requests.ByOutcome;

        Assert.Equal([RequestOutcome.Disclosed, RequestOutcome.PartlyDisclosed, RequestOutcome.PetitionOrComplaint], counts.Keys);
        Assert.All(counts.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void D36_a_profile_can_keep_requests_out_of_the_rate()
    {
        var policy = Seed.WithProfile(new PolicyProfile("p").WithAssessmentRules(AssessmentRules.Default with { CountRequestsInRate = false }));
        var unit = policy.Evaluate(With(OnTime, Late, Overdue), AsOf).GetUnit("mzj");

        Assert.Equal((0, 0, 0, 0), Added(policy, AsOf, OnTime, Late, Overdue));
        Assert.Equal(1, unit.Requests.Late);
        Assert.Contains(unit.Findings, f => f.Kind == FindingKind.ReplyLate);
    }

    [Fact]
    public void Sec8_13_requests_arriving_after_the_day_are_not_counted()
    {
        Assert.Equal(0, Seed.Evaluate(With(Overdue), D(2024, 9, 22)).GetUnit("mzj").Requests.Arrived);
    }

    [Fact]
    public void Sec8_4_an_impossible_history_refuses_the_evaluation_naming_the_request()
    {
        var extendedLate = InPerson(D(2024, 9, 23), "bad").Extend(D(2024, 10, 25), 10);

        var e = Assert.Throws<RequestHistoryException>(() => Seed.Evaluate(With(OnTime, extendedLate), AsOf));
        Assert.Equal((RefusalReason.ExtendedAfterPeriod, "bad"), Assert.Single(e.Refusals) is var refusal ? (refusal.Reason, refusal.RequestId) : default);
        Assert.Equal(e.Refusals, [Refusal(() => Seed.ReplyDue(extendedLate))]);
    }

    [Fact]
    public void Sec8_1_a_register_refuses_requests_to_unknown_bodies_and_repeated_ids()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRequests([OnTime, InPerson(D(2024, 9, 23), "on-time"), InPerson(D(2024, 9, 23), "x", "nobody")])
            .BuildResult();

        Assert.Equal(["x", "on-time"], result.Problems.Select(p => p.SubjectId));
        Assert.Equal([OnTime], result.Accepted.Requests);
    }

    [Fact]
    public void Sec8_requests_round_trip_through_the_registers_JSON()
    {
        var online = InformationRequest.Receive("online", "mzj", RequestChannel.Online, D(2024, 9, 20), D(2024, 9, 23), ApplicantKind.LegalServicesInstitution)
            .NoticeCorrection(D(2024, 9, 24), D(2024, 10, 15)).Corrected(D(2024, 9, 27)).Consult(D(2024, 9, 30), ConsultationParty.ThirdParty)
            .ConsultationAnswered(D(2024, 10, 14)).NoticeFee(D(2024, 10, 15)).FeePaid(D(2024, 10, 16)).Extend(D(2024, 10, 17), 20)
            .Defer(D(2024, 10, 18), D(2024, 12, 20)).Reply(D(2024, 12, 2), RequestOutcome.NotThisBodys, toldOfRedress: false)
            .Deliver(D(2024, 12, 3), DeliveryMethod.Post, D(2024, 12, 5));
        var unconfirmed = InformationRequest.Receive("unconfirmed", "mzj", RequestChannel.Fax, D(2024, 12, 30), null, ApplicantKind.ResearchInstitution);
        var register = With(online, unconfirmed, OnTime);
        using var stream = new MemoryStream();

        PolicyJson.WriteRegister(register, stream);
        stream.Position = 0;
        var read = PolicyJson.ReadRegister(stream);

        Assert.Equal(register.Requests, read.Requests);
        Assert.Equal(Seed.ReplyDue(online).ExplanationEn, Seed.ReplyDue(read.Requests[0]).ExplanationEn);
    }

    [Fact]
    public void Sec8_an_impossible_history_in_JSON_is_reported_with_its_path_and_line()
    {
        const string Json = """
            {
              "year": 2024,
              "bodies": [{ "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王", "tookOffice": "2020-01-01" } }],
              "records": [],
              "requests": [
                { "id": "q1", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "FeePaid", "on": "2024-09-25" }] },
                { "id": "q2", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "Extended", "on": "2024-09-25" }, { "kind": "Replied", "on": "2024-09-26", "outcome": "Granted" }] },
                { "id": "q3", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "ConsultationAnswered", "on": "2024-09-25", "party": "ThirdParty" }] }
              ]
            }
            """;

        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Json)))).Problems;

        Assert.Equal(4, problems.Count);
        Assert.Equal(("$.requests[0].events[0]", 7), (problems[0].Path, problems[0].Line));   // at the event the history refuses
        Assert.Contains("cannot record fee paid on ", problems[0].Message);
        Assert.EndsWith("there was no fee notice (§8.7, D32).", problems[0].Message);
        Assert.Contains(problems, p => p.Path == "$.requests[1].events[0].workingDays" && p.Message == "an event of kind Extended needs \"workingDays\".");
        Assert.Contains(problems, p => p.Path == "$.requests[1].events[1].outcome" && p.Message.Contains("\"Granted\" is not a RequestOutcome code"));
        Assert.Contains(problems, p => p.Path == "$.requests[2].events[0].party" && p.Message == "an event of kind ConsultationAnswered has no \"party\".");
    }

    [Fact]
    public void D36_a_streamed_register_judges_its_requests_as_one_in_memory_does()
    {
        var register = With(OnTime, Late, Overdue, NotProcessed, LateNotice);
        using var stream = new MemoryStream();
        PolicyJson.WriteRegister(register, stream);
        stream.Position = 0;

        var streamed = PolicyJson.EvaluateRegister(Seed, stream, AsOf).GetUnit("mzj");
        var held = Seed.Evaluate(register, AsOf).GetUnit("mzj");

        Assert.Equal((held.OnTime, held.Late, held.Missing), (streamed.OnTime, streamed.Late, streamed.Missing));
        Assert.Equal(held.Requests.ToString(), streamed.Requests.ToString());
        Assert.Equal(held.Findings.Select(f => f.MessageEn), streamed.Findings.Select(f => f.MessageEn));
        Assert.Equal(3, streamed.Findings.Count(f => f.SubjectId is "late" or "overdue" or "late-notice"));
    }

    [Fact]
    public void Sec8_13_a_request_that_arrives_on_the_evaluation_day_counts_and_every_impossible_history_is_named()
    {
        var arriving = InPerson(D(2024, 12, 30), "today");
        var a = InPerson(D(2024, 9, 23), "a").Extend(D(2024, 10, 25), 10);
        var b = InPerson(D(2024, 9, 23), "b").Extend(D(2024, 10, 25), 10);

        Assert.Equal(1, Seed.Evaluate(With(arriving), D(2024, 12, 30)).GetUnit("mzj").Requests.Arrived);
        Assert.Equal(0, Seed.Evaluate(With(arriving), D(2024, 12, 27)).GetUnit("mzj").Requests.Arrived);
        Assert.Equal(["a", "b"], Assert.Throws<RequestHistoryException>(() => Seed.Evaluate(With(a, b), AsOf)).Refusals.Select(refusal => refusal.RequestId));
    }

    [Fact]
    public void Sec8_a_stored_event_wrong_in_itself_is_a_problem_at_the_event_and_a_reply_that_does_not_say_told_of_redress()
    {
        const string Json = """
            {
              "year": 2024,
              "bodies": [{ "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王", "tookOffice": "2020-01-01" } }],
              "records": [],
              "requests": [
                { "id": "c", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "CorrectionNoticed", "on": "2024-09-25", "until": "2024-09-24" }] },
                { "id": "d", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "Deferred", "on": "2024-09-25", "until": "2024-09-25" }] },
                { "id": "p", "body": "mzj", "channel": "InPerson", "arrivedOn": "2024-09-23", "applicant": "NaturalPerson",
                  "events": [{ "kind": "Replied", "on": "2024-09-24", "outcome": "Disclosed" }, { "kind": "Delivered", "on": "2024-09-25", "method": "InPerson", "until": "2024-09-26" }] }
              ]
            }
            """;

        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Json)))).Problems;

        Assert.Equal(["$.requests[0].events[0]", "$.requests[1].events[0]", "$.requests[2].events[1]"], problems.Select(problem => problem.Path));
        Assert.Equal("The correction deadline 2024-09-24 must be after the notice (2024-09-25).", problems[0].Message);
        Assert.Equal("The later date 2024-09-25 must be after the day the applicant is told (2024-09-25).", problems[1].Message);
        Assert.Equal("A day of receipt is recorded only for a posted reply, on or after the posting day (in person, 2024-09-25).", problems[2].Message);
        var told = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Json.Replace(
            "\"kind\": \"Delivered\", \"on\": \"2024-09-25\", \"method\": \"InPerson\", \"until\": \"2024-09-26\"", "\"kind\": \"Delivered\", \"on\": \"2024-09-25\", \"method\": \"InPerson\"")
            .Replace("\"until\": \"2024-09-24\"", "\"until\": \"2024-09-27\"").Replace("\"until\": \"2024-09-25\"", "\"until\": \"2024-12-27\""))));
        Assert.Equal(true, told.Requests[2].Events[0].ToldOfRedress);
    }
}
