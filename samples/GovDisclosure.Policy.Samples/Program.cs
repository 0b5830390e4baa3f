// GovDisclosure.Policy sample: what the seed policy asks of a few kinds of body, the schedule a county
// bureau works to, the working-day calendar its deadlines are counted in, and the county's register evaluated from its database (a SQLite
// file the sample makes from its built-in data on the first run).
using GovDisclosure.Policy;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.ICalendar;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy.Samples;
using NodaTime;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var policy = DisclosurePolicy.Default;

Section($"Who must disclose what — {policy.Name}");
foreach (var bodyType in new[] { BodyType.AdministrativeOrgan, BodyType.School, BodyType.JudicialOrgan, BodyType.Village, BodyType.Other })
{
    var obligations = policy.ObligationsFor(bodyType);
    Console.WriteLine($"{bodyType.Label.En} ({bodyType.Label.Zh}): {obligations.Level.Label.En} ({obligations.Level.Label.Zh})");
    if (obligations.Regime is { } regime)
    {
        Console.WriteLine($"    governed by {regime.Label.En} ({regime.Label.Zh}), not by this policy");
    }
    else if (obligations.Level.IsObligated)
    {
        Console.WriteLine($"    {obligations.Items.Count} items: {string.Join(' ', obligations.Items.Select(item => item.Code))}");
        Console.WriteLine($"    {obligations.Entries.Count} schedule entries; findings {(obligations.FindingsAreBinding ? "binding" : "advisory")}; " +
                          $"service commitment {(obligations.RequiresServiceCommitment ? "required" : "not required")}");
    }
}

Section("The schedule of the county Civil Affairs Bureau (an administrative organ)");
foreach (var group in policy.ObligationsFor(BodyType.AdministrativeOrgan).Entries.GroupBy(entry => entry.Cadence))
{
    Console.WriteLine($"{group.Key.Label.Zh} {group.Key.Label.En}");
    foreach (var entry in group)
    {
        var items = entry.Items.Count > 0 ? string.Join(", ", entry.Items.Select(item => item.Code)) : entry.Subject.Name;
        Console.WriteLine($"    {entry.Code,-4} {entry.Description.Zh}  [{items}]");
    }
}

var inferred = policy.Items.Select(policy.ScheduleFor).Where(schedule => schedule.IsInferred || schedule.HasUncoveredParts);
Console.WriteLine($"{Cadence.Statutory.Label.Zh} {Cadence.Statutory.Label.En} (inferred, D3): " +
                  string.Join(", ", inferred.Select(schedule => schedule.Item.Code + (schedule.IsInferred ? "" : " (in part)"))));

Section("Working days (D1, D2)");
var calendar = ChinaWorkingDayCalendar.Official;
Console.WriteLine($"Official calendar: {calendar.DataVersion}, {calendar.Coverage.Start:uuuu-MM-dd} to {calendar.Coverage.End:uuuu-MM-dd}");
var late = new LocalDate(2026, 12, 20);
try
{
    calendar.AddWorkingDays(late, 20);
}
catch (CalendarCoverageException e)
{
    Console.WriteLine($"20 working days from {late:uuuu-MM-dd}: {e.Message}");
}

// December's, the fourth quarter's and the year's reports of 2026 fall due in 2027, whose notice is not
// out yet: the bureau opts into provisional 2027 dates, and every deadline that rests on them says so.
var bureau = policy.WithCalendar(calendar.WithProvisionalYearsThrough(2027));

Section("The county Civil Affairs Bureau's 2026 disclosure calendar (D4–D8)");
var formed = new LocalDate(2026, 2, 13);
var year = bureau.CalendarFor(BodyType.AdministrativeOrgan, 2026,
[
    new DisclosureEvent(formed, ScheduleEntry.IM1, "关于调整城乡最低生活保障标准的通知"),
    new DisclosureEvent(new LocalDate(2026, 6, 30), ScheduleEntry.BA1, "养老服务设施采购结果"),
]);
foreach (var obligation in year.Scheduled)
{
    var deadline = obligation.Deadline;
    var period = deadline.Period is { } p ? $"{p.Start:uuuu-MM-dd}..{p.End:uuuu-MM-dd}" : $"event {deadline.EventDate:uuuu-MM-dd}";
    Console.WriteLine($"    {deadline.Due:uuuu-MM-dd}  {deadline.Subject,-4} {period,-22} {obligation.Description}{(deadline.IsProvisional ? "  [provisional]" : "")}");
}

Console.WriteLine($"{year.Scheduled.Count} obligations, {year.Scheduled.Count(o => o.Deadline.IsProvisional)} of them provisional.");

Section("A notice formed on the Friday before the 2026 Spring Festival");
var notice = bureau.DueDate(ScheduleEntry.IM1, formed);
Console.WriteLine(notice.Explanation.Zh);
Console.WriteLine(notice.Explanation.En);
foreach (var day in notice.Days.Where(day => day.Kind != DayKind.Weekday))
{
    Console.WriteLine($"    {day.Explanation.Zh}");
}

Section("A major decision (D9, D10)");
var decision = bureau.MajorDecision(new LocalDate(2026, 10, 9), [new LocalDate(2026, 9, 15)]);
Console.WriteLine($"Draft published by {decision.PreDisclosure.Due:uuuu-MM-dd} (D9); stage of 2026-09-15 by {decision.InterimStages[0].Due:uuuu-MM-dd}; " +
                  $"decision disclosed by {decision.AfterDecision.Due:uuuu-MM-dd} (D10).");

Section("The county's civil-affairs catalog (§10, D35)");
CountyCatalog civil;
using (var csv = typeof(Program).Assembly.GetManifestResourceStream("civil-affairs-catalog.csv")!)
{
    civil = CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录");
}

var withCatalog = bureau.WithCatalog(civil);
Console.WriteLine($"{civil.Name}: {civil.Rows.Count} rows, {civil.Rows.Count(row => row.IsProactive)} proactive, " +
                  $"{civil.Rows.Count(row => row.TimeLimit?.PostingWorkingDays is not null)} with a posting period.");
foreach (var (number, made) in new[] { ("1", formed), ("3", new LocalDate(2026, 9, 25)), ("5", new LocalDate(2026, 8, 10)), ("15", formed) })
{
    var rowDeadline = withCatalog.DueDate(civil.KeyOf(number), made);
    var row = civil.GetRow(number);
    Console.WriteLine($"    {rowDeadline.Due:uuuu-MM-dd}  {number,-3} {string.Join("/", row.Items)}  «{row.TimeLimitText}» from {made:uuuu-MM-dd}");
}

var listPosted = new LocalDate(2026, 9, 29);
Console.WriteLine($"A 低保 initial-review list posted on {listPosted:uuuu-MM-dd} must stay up through " +
                  $"{withCatalog.PostingEnd(civil.KeyOf("3"), listPosted):uuuu-MM-dd} (7 working days, National Day skipped).");
var township = new Body("xz", "某镇人民政府", BodyType.Township, new PrincipalLeader("赵镇长", new LocalDate(2024, 1, 1)), null) { Catalogs = [civil.Name] };
var townshipYear = withCatalog.CalendarFor(township, 2026);
Console.WriteLine($"A township assigned the catalog has {townshipYear.Scheduled.Count} periodic obligations from it in 2026 " +
                  $"(the seed leaves townships to their own regime, §2.2).");

Section("A register mixing the seed's entries and the catalog's rows, 2025, as of 2026-03-31 (§10, D35)");
Publication Website(LocalDate day) => new(day, []) { NationalChannels = [NationalChannel.GovernmentWebsite] };
var mixed = new RegisterBuilder(2025)
    .AddBodies([
    new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("王局长", new LocalDate(2020, 3, 1)), "李监督") { Catalogs = [civil.Name] },
    township with { Id = "xz", Catalogs = [civil.Name] },
])
    .AddRecords([
    new DisclosureRecord("im1", "mzj", ScheduleEntry.IM1, new LocalDate(2025, 3, 3), [new Publication(new LocalDate(2025, 3, 20), [Channel.GovernmentPortal])]),
    new DisclosureRecord("policy", "mzj", ObligationKey.InCatalog(civil.Name, "1"), new LocalDate(2025, 4, 30), [Website(new LocalDate(2025, 5, 20))]),
    new DisclosureRecord("list", "xz", ObligationKey.InCatalog(civil.Name, "3"), new LocalDate(2025, 9, 24),
        [new Publication(new LocalDate(2025, 9, 26), []) { NationalChannels = [NationalChannel.NoticeBoard], TakenDownOn = new LocalDate(2025, 10, 9) }]),
    new DisclosureRecord("approved", "xz", ObligationKey.InCatalog(civil.Name, "4"), new LocalDate(2025, 11, 3),
        [new Publication(new LocalDate(2025, 11, 5), []) { NationalChannels = [NationalChannel.TargetedPush] }]),
])
    .Build();
var mixedEvaluation = withCatalog.Evaluate(mixed, new LocalDate(2026, 3, 31));
foreach (var unit in mixedEvaluation.Units)
{
    Console.WriteLine($"{unit.Body.Name}: {unit.OnTime} on time, {unit.Late} late, {unit.Missing} missing; " +
                      (unit.Grade is { } g ? $"{unit.OnTimeRate:P1} {g.Label.Zh}" : "not graded by the seed (§2.2)"));
    foreach (var finding in unit.Findings.Where(finding => finding.Obligation is { IsBuiltIn: false } && mixed.Records.Any(record => record.Id == finding.SubjectId)))
    {
        Console.WriteLine($"    [{string.Join(", ", finding.ClauseIds)}] {finding.Message.Zh}");
    }

    var unrecorded = unit.Findings.Where(finding => finding.Obligation is { IsBuiltIn: false } && finding.Period is not null).GroupBy(finding => finding.Obligation!.Row).ToArray();
    Console.WriteLine($"    no record of {string.Join(", ", unrecorded.Select(row => $"序号{row.Key} ×{row.Count()} ({civil.GetRow(row.Key).TimeLimit!.Cadence.Label.En.ToLowerInvariant()})"))}");
}

Section("Evaluating the county's 2025 register in its database as of 2026-03-31 (§4, §13, D13, D14, D48)");
// The county's register lives in a database: here a SQLite file, made from the built-in JSON register on the first run. Its records
// stream from a data reader into the evaluation, none of them kept; the register is also read whole, for the sections further down.
await using var database = await SampleDatabase.OpenAsync(SampleDatabase.DefaultPath,
    () => typeof(Program).Assembly.GetManifestResourceStream("county-2025.json")!);
var evaluation = await RegisterTables.EvaluateAsync(policy, database, 2025, new LocalDate(2026, 3, 31));
var register = await RegisterTables.ReadAsync(database, 2025);
Console.WriteLine($"From {database.DataSource} (SQLite): {register.Bodies.Count} units, {register.Records.Count} records.");
foreach (var unit in evaluation.Units)
{
    var grade = unit.Grade is { } g ? $"{unit.OnTimeRate,7:P1}  {g.Label.Zh} {g.Label.En}" : $"{"—",7}  {unit.Level.Label.En}";
    var exempt = unit.Exempt > 0 ? $"  ({unit.Exempt} classified, exempt)" : "";
    var sanction = unit.Sanction == Sanction.None ? "" : $"  → {unit.Sanction.Label.Zh}{(unit.SanctionIsAdvisory ? " (advisory)" : "")}";
    Console.WriteLine($"    {DisplayWidth.PadRight(unit.Body.Name, 24)} {DisplayWidth.PadRight(unit.Level.Label.Zh, 16)} {grade}{exempt}{sanction}");
}

Console.WriteLine();
Console.WriteLine("Sanctions (D14), with their reasons:");
foreach (var unit in evaluation.Units.Where(unit => unit.Sanction != Sanction.None))
{
    foreach (var reason in unit.SanctionReasons)
    {
        Console.WriteLine($"    {unit.Body.Name}: [{string.Join(", ", reason.ClauseIds)}] {reason.Text.Zh}");
        Console.WriteLine($"    {new string(' ', DisplayWidth.Of(unit.Body.Name))}  {reason.Text.En}");
    }
}

var lateCount = evaluation.Findings.Count(f => f.Kind == FindingKind.Late);
var missingCount = evaluation.Findings.Count(f => f.Kind == FindingKind.Missing);
Console.WriteLine();
Console.WriteLine($"Disclosure findings: {lateCount} late, {missingCount} missing (§3.3, D13), for example:");
foreach (var finding in evaluation.Findings.Where(f => f.Kind == FindingKind.Missing).Take(3))
{
    Console.WriteLine($"    {finding.BodyId}: {finding.Message.Zh}");
}

Console.WriteLine();
Console.WriteLine("Supervision findings and observations (§2.1.C, §2.2, §3.1, §4.1, §5):");
foreach (var finding in evaluation.Findings.Where(f => f.Kind != FindingKind.Late && f.Kind != FindingKind.Missing))
{
    var unit = evaluation.GetUnit(finding.BodyId).Body.Name;
    Console.WriteLine($"    {unit}: [{string.Join(", ", finding.ClauseIds)}]{(finding.Kind.IsObservation ? " (reported)" : "")} {finding.Message.Zh}");
}

// A register that lives in a database is fed to the same evaluation record by record, through an EvaluationSession; a host with
// several counties evaluates each on a core of its own and merges them (§13). Here the county's units are split in two.
var halves = register.Bodies.Chunk((register.Bodies.Count + 1) / 2).ToArray();
var parts = new RegisterEvaluation[halves.Length];
Parallel.For(0, halves.Length, i =>
{
    var ids = halves[i].Select(body => body.Id).ToHashSet();
    var session = policy.BeginEvaluation(register.Year, halves[i], new LocalDate(2026, 3, 31));
    foreach (var record in register.Records.Where(record => ids.Contains(record.BodyId)))
    {
        session.Add(record);   // or a RecordBuffer refilled from each row a data reader returns
    }

    parts[i] = session.AddCommitments(register.Commitments.Where(c => ids.Contains(c.BodyId)))
        .AddDisclosureRules(register.DisclosureRules.Where(r => ids.Contains(r.BodyId)))
        .AddInspections(register.Inspections.Where(plan => plan.BodyId is null || ids.Contains(plan.BodyId)))
        .AddComplaints(register.Complaints.Where(c => ids.Contains(c.BodyId)))
        .AddRequests(register.Requests.Where(r => ids.Contains(r.BodyId)))
        .AddAnnualReports(register.AnnualReports.Where(r => ids.Contains(r.BodyId)))
        .AddRedressCases(register.RedressCases.Where(c => ids.Contains(c.BodyId)))
        .Complete();
});
var merged = RegisterEvaluation.Merge(parts);
var same = merged.Units.Select(unit => (unit.Body.Id, unit.Grade, unit.Sanction, unit.Findings.Count))
    .SequenceEqual(evaluation.Units.Select(unit => (unit.Body.Id, unit.Grade, unit.Sanction, unit.Findings.Count)));
Console.WriteLine();
Console.WriteLine($"Fed record by record in {parts.Length} partitions on {parts.Length} threads and merged: {(same ? "the same grades, sanctions and findings" : "a different evaluation")}.");

Section("Requests for disclosure to the bureau, 2025 (§8, D31–D40)");
Register bureauRequests;
using (var json = typeof(Program).Assembly.GetManifestResourceStream("bureau-requests-2025.json")!)
{
    bureauRequests = PolicyJson.ReadRegister(json);   // the bureau's six requests of 2025, each with its history of events
}

var feePages = 150;
var described = new Dictionary<string, string>
{
    ["YSQ-2025-007"] = "answered on the spot: already published, told where",
    ["YSQ-2025-012"] = "online, confirmed on an adjusted working Sunday, then corrected",
    ["YSQ-2025-031"] = "a third party consulted across the National Day holiday",
    ["YSQ-2025-044"] = "extended by 20 working days on the last day of its first period",
    ["YSQ-2025-020"] = "an excessive request, deferred to the body's own date (Art. 35)",
    ["YSQ-2025-025"] = $"a fee notice of {RequestFees.ByVolume(new LocalDate(2025, 7, 1), feePages)} yuan for {feePages} pages, never paid",
};
(string What, InformationRequest Request)[] requests = [.. bureauRequests.Requests.Select(request => (described[request.Id], request))];
var yearEnd = new LocalDate(2025, 12, 31);
foreach (var (what, request) in requests)
{
    var status = policy.ReplyStatusOn(request, yearEnd);
    Console.WriteLine($"{request.Id} — {what}");
    Console.WriteLine($"    on {yearEnd.ToString("uuuu-MM-dd", null)}: {status.State.Label.En}" +
                      (status.AbandonedOn is { } abandoned ? $" since {abandoned.ToString("uuuu-MM-dd", null)} (D32)" : "") +
                      (status.IsOverdue ? $", overdue by {Count(status.WorkingDaysLate, "working day")} (§8.13)" : "") +
                      (status.IsLate ? $", delivered {Count(status.WorkingDaysLate, "working day")} late (D17)" : "") +
                      (request.Outcome is { } outcome ? $"; {outcome.Label.Zh}, counted in row {outcome.ReportRow}" : ""));
    if (status.Deadline is { } deadline)
    {
        Console.WriteLine($"    {deadline.Explanation.En}");
    }
}

var consulted = requests[2].Request;
Console.WriteLine();
Console.WriteLine($"{consulted.Id} in Chinese: {policy.ReplyDue(consulted).Explanation.Zh}");
Console.WriteLine($"{consulted.Id} redress (§8.11, D39): {policy.RedressWindowsFor(consulted)}");

Section("The bureau's annual report on 2025 (§9, D34, D37, D38)");
// The county register holds the bureau's reconsiderations and lawsuits and the reports published; the requests are the six above.
var bureauYear = register.WithRequests(requests.Select(r => r.Request));
var report = policy.BuildAnnualReport(bureauYear, "mzj", 2025, new AnnualReportInput
{
    Overview = "2025年，县民政局坚持以公开为常态、不公开为例外，全年主动公开政府信息312条，办理政府信息公开申请6件。",
    Proactive = new ProactiveDisclosureFigures(Rules: DocumentCounts.Zero, NormativeDocuments: new DocumentCounts(3, 1, 12), LicensingDecisions: 46,
        PenaltyDecisions: 2, CoercionDecisions: 0, FeesTenThousandYuan: 0m),
    ProblemsAndImprovements = "一是依申请公开答复文书不够规范；二是基层工作人员业务培训不足。下一步将完善答复模板，开展专题培训。",
    OtherMatters = "本年度发出收费通知1件，申请人逾期未缴费，未实际收取信息处理费。",
});
var reportDue = policy.AnnualReportDue(register.Bodies.First(body => body.Id == "mzj"), 2025)!;
Console.WriteLine($"{report.Title}: due {reportDue.Due:uuuu-MM-dd}, a {reportDue.Due.DayOfWeek}, not moved (D34); {Count(report.Problems.Count, "problem")}");
Console.WriteLine($"    {DisplayWidth.PadRight("table 三", 8)} {string.Join(" ", ApplicantKind.InOrder.Select(kind => kind.Label.Zh))} 总计");
foreach (var row in RequestTable.Rows.Where(row => !row.IsResult || report.Requests[row].Total > 0))
{
    var counts = report.Requests[row];
    var figures = ApplicantKind.InOrder.Select(kind => DisplayWidth.PadLeft(counts[kind].ToString(), DisplayWidth.Of(kind.Label.Zh))).Append(DisplayWidth.PadLeft(counts.Total.ToString(), DisplayWidth.Of("总计")));
    Console.WriteLine($"    {DisplayWidth.PadRight(row.TableLabel, 8)} {string.Join(" ", figures)}  {row.Label.Zh}");
}

var redress = report.Redress;
Console.WriteLine($"    table 四: 行政复议 {redress.Reconsideration.Total} (维持 {redress.Reconsideration.Upheld}, 尚未审结 {redress.Reconsideration.Pending}); " +
                  $"直接起诉 {redress.DirectLitigation.Total} (纠正 {redress.DirectLitigation.Corrected}); 复议后起诉 {redress.LitigationAfterReconsideration.Total}");
foreach (var finding in evaluation.Findings.Where(f => f.Kind == FindingKind.AnnualReportLate || f.Kind == FindingKind.AnnualReportMissing))
{
    Console.WriteLine($"    §9.6: {finding.Message.Zh}");
}

Section("The 2027 notice, read from its text the day it is published (D1)");
// Made up for the sample: the real 2027 notice was not out when the data was taken. Paste the State Council's text as published.
const string notice2027 = """
    一、元旦：1月1日（周五）至3日（周日）放假，共3天。
    二、春节：2月5日（农历除夕、周五）至11日（农历正月初六、周四）放假调休，共7天。2月20日（周六）上班。
    三、清明节：4月3日（周六）至5日（周一）放假，共3天。
    四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
    五、端午节：6月9日（周三）放假，共1天。
    六、中秋节：9月15日（周三）放假，共1天。
    七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
    """;
var with2027 = calendar.WithNotice(HolidayNotice.ParseText(2027, notice2027));
Console.WriteLine($"Calendar now: {with2027.DataVersion}");
// The deadlines given while 2027 was provisional, checked again: the ones that moved, and the ones now official.
Deadline[] given = [.. year.Scheduled.Select(o => o.Deadline).Where(d => d.IsProvisional), bureau.DueDate(ScheduleEntry.IM1, new LocalDate(2027, 1, 25))];
var changes = DeadlineChanges.Between(given, with2027);
Console.WriteLine($"{given.Length} provisional deadlines given; {changes.Count(c => c.DueMoved)} moved, {changes.Count(c => c.BecameOfficial)} now official:");
foreach (var change in changes.Where(c => c.DueMoved))
{
    Console.WriteLine($"    {change.Explanation.Zh}");
}

Section("A county in Guangxi: 壮族三月三 (§11)");
var sanyuesan = RegionalHolidayRule.GuangxiSanyuesan;
var estimated = calendar.WithRegionalEstimates(sanyuesan);   // by choice: the region's notice is not loaded yet
var formedInApril = new LocalDate(2026, 4, 14);
var (firstDay, secondDay) = (sanyuesan.DaysOf(2026)[0].Date, sanyuesan.DaysOf(2026)[1].Date);
Console.WriteLine($"三月三 2026 by the lunar calendar: {firstDay:uuuu-MM-dd ddd} and {secondDay:uuuu-MM-dd ddd}; " +
                  $"estimated off (D46, the Sunday replaced by the Friday before): {string.Join(", ", estimated.RegionalEstimates.Single(estimate => estimate.Year == 2026).DaysOff.Select(day => $"{day.Date:uuuu-MM-dd ddd}"))}");
var nationally = policy.DueDate(ScheduleEntry.IM1, formedInApril);
var inGuangxi = policy.WithCalendar(estimated).DueDate(ScheduleEntry.IM1, formedInApril);
Console.WriteLine($"IM1 formed {formedInApril:uuuu-MM-dd}: due {nationally.Due:uuuu-MM-dd} nationally, " +
                  $"{inGuangxi.Due:uuuu-MM-dd} in Guangxi{(inGuangxi.IsProvisional ? " (provisional: the region's notice is not loaded)" : "")}");
// The region's notice, once out, replaces the estimate: 2026's as reported, Friday 17 to Monday 20 April.
var guangxi2026 = RegionalNotice.ParseText(sanyuesan.Region, sanyuesan.RegionName, 2026, "壮族三月三：4月17日（星期五）至20日（星期一）放假，共4天。");
var countyCalendar = estimated.WithRegionalNotice(guangxi2026);
var countyDeadline = policy.WithCalendar(countyCalendar).DueDate(ScheduleEntry.IM1, formedInApril);
Console.WriteLine($"With the 2026 notice of {guangxi2026.RegionName} (region {countyCalendar.Region}): due {countyDeadline.Due:uuuu-MM-dd}" +
                  (countyDeadline.IsProvisional ? " (provisional)" : ", official"));
Console.WriteLine($"    {countyDeadline.Days.First(day => day.Region is not null && !day.IsWorkingDay).Explanation.Zh}");

Section("Files for other systems");
var output = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "output")).FullName;
var evaluationFile = Path.Combine(output, "evaluation-2025.json");
using (var file = File.Create(evaluationFile))
{
    PolicyJson.WriteEvaluation(evaluation, file);
}

// The stamp is when the data last changed: an unchanged calendar re-exports byte for byte, so subscribers see no change.
var icsFile = Path.Combine(output, "mzj-2026.ics");
File.WriteAllText(icsFile, DisclosureIcs.Export(year, "mzj", bureau.Calendar, new IcsOptions(Instant.FromUtc(2026, 2, 13, 0, 0))));
var reportFile = Path.Combine(output, "mzj-annual-report-2025.html");
File.WriteAllText(reportFile, Written(writer => AnnualReportHtml.WriteChinese(report, writer)));
var reportEnglishFile = Path.Combine(output, "mzj-annual-report-2025.en.html");
File.WriteAllText(reportEnglishFile, Written(writer => AnnualReportHtml.WriteEnglish(report, writer)));
var reportJsonFile = Path.Combine(output, "mzj-annual-report-2025.json");
using (var file = File.Create(reportJsonFile))
{
    PolicyJson.WriteAnnualReport(report, file);
}

Console.WriteLine($"Evaluation (JSON):                    {evaluationFile}");
Console.WriteLine($"The bureau's 2025 annual report:      {reportFile}");
Console.WriteLine($"    in English:                       {reportEnglishFile}");
Console.WriteLine($"    as JSON:                          {reportJsonFile}");
Console.WriteLine($"The bureau's 2026 calendar (.ics):    {icsFile}");

static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

static string Written(Action<TextWriter> write)
{
    using var writer = new StringWriter();
    write(writer);
    return writer.ToString();
}

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('=', Math.Min(title.Length, 72)));
}
