using System.Globalization;
using System.Text;
using GovDisclosure.Policy;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.ICalendar;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace GovDisclosure.Policy.Tests.Docs;

/// <summary>
/// Every C# block of the documents, compiled. Each region holds exactly the text of one block (its <c>using</c> lines
/// stand at the top of this file); <see cref="DocumentationTests"/> checks that the two agree, runs the method in a
/// folder with the data files the blocks open, and asserts the outputs the block's comments promise.
/// </summary>
internal static class Snippets
{
    [Snippet("README.md", 1)]
    internal static void ReadmeQuickStart()
    {
        #region README.md 1
        var policy = DisclosurePolicy.Default;                       // the seed policy (民政局深化政务公开意见)
        var school = policy.ObligationsFor(BodyType.School);         // §2.2: ServiceDisclosure
        Console.WriteLine(string.Join(" ", school.Entries.Select(e => e.Code)));   // IM9 QU2 YR2 ST1 ST2 ST4 ST6

        var item = DisclosureItem.FromName("G05");                   // 财政预算及执行情况
        Console.WriteLine($"{policy.ScheduleFor(item).Entries[0]}"); // MO1 (monthly) Fiscal budget and its execution
        // Not Console.WriteLine(entry): SmartEnum converts a member to int, so that prints 10.

        var deadline = policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));   // a document formed before Spring Festival
        Console.WriteLine(deadline.ExplanationEn);
        // IM1 due 2024-03-13: 20 working days after the event date (D4), counted from 2024-02-08; 20 working days,
        // 14 days skipped (8 public holiday: Spring Festival; 6 weekend); adjusted working days counted: 2024-02-18.

        var calendar = ChinaWorkingDayCalendar.Official;             // State Council notices 2007–2026
        Console.WriteLine(calendar.Describe(new LocalDate(2024, 2, 4)).ExplanationZh);
        // 2024-02-04 星期日：调休上班（春节，2024年通知）
        #endregion
    }

    [Snippet("README.md", 2)]
    internal static void ReadmeNotice()
    {
        #region README.md 2
        var text = File.ReadAllText("2027.txt");                    // the notice as published on gov.cn
        var notice = HolidayNotice.ParseText(2027, text);           // CalendarDataException: every line it cannot read, quoted
        var calendar = ChinaWorkingDayCalendar.Official.WithNotice(notice);
        Console.WriteLine(calendar.DataVersion);   // holiday-cn@d4e53bf (2026-08-07); notices 2007–2027 (added at run time: 2027)
        Console.WriteLine(calendar.Describe(new LocalDate(2027, 2, 20)).ExplanationEn);
        // 2027-02-20 Saturday: adjusted working day making up for Spring Festival (2027 notice)
        #endregion
    }

    [Snippet("README.md", 3)]
    internal static void ReadmeRegional()
    {
        #region README.md 3
        var guangxi = RegionalNotice.ParseText(new RegionCode(450000), "广西壮族自治区", 2023,
            "壮族三月三：4月21日（星期五）至23日（星期日）放假，共3天。");
        var county = ChinaWorkingDayCalendar.Official.WithRegionalNotice(guangxi);
        Console.WriteLine(county.Region);   // 450000
        Console.WriteLine(county.Describe(new LocalDate(2023, 4, 23)).ExplanationEn);
        // 2023-04-23 Sunday: public holiday of 壮族三月三 (广西壮族自治区 2023 notice)

        var given = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2023, 4, 10));   // given on the national calendar
        foreach (var change in DeadlineChanges.Between([given], county))
        {
            Console.WriteLine(change.ExplanationEn);
            // IM1: due 2023-05-09, now 2023-05-11; 2023-04-21 working → off (广西壮族自治区 壮族三月三); 2023-04-23 working → off (广西壮族自治区 壮族三月三).
        }
        #endregion
    }

    [Snippet("README.md", 4)]
    internal static void ReadmeProfile()
    {
        #region README.md 4
        var county = DisclosurePolicy.Default.WithProfile(
            new PolicyProfile("莲都区")
                .Override(Cadence.Monthly, 10, DeadlineUnit.WorkingDays)      // monthly: 10 working days after the month ends
                .Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays)     // immediate: 5 working days
                .Without(ScheduleEntry.BA3));                                 // no land-supply batches here
        Console.WriteLine(county.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 1)));   // MO1 due 2024-10-18 (profile "莲都区")
        #endregion
    }

    [Snippet("README.md", 5)]
    internal static void ReadmeCountyCatalog()
    {
        #region README.md 5
        CountyCatalog civil;
        using (var csv = File.OpenRead("civil-affairs-catalog.csv"))         // UTF-8, the published column names
        {
            civil = CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录");
        }

        var policy = DisclosurePolicy.Default.WithCatalog(civil);
        var list = civil.Row("3");                                           // 社会救助/最低生活保障/初审对象名单
        Console.WriteLine(list.TimeLimit!.PostingWorkingDays);               // 7
        Console.WriteLine(policy.DueDate(list, new LocalDate(2024, 2, 8)));  // 某县民政领域基层政务公开标准目录 3 due 2024-02-28 ("某县民政领域基层政务公开标准目录" 序号 3, D35)
        Console.WriteLine($"{policy.PostingEnd(list, new LocalDate(2024, 9, 27)):uuuu-MM-dd}");   // 2024-10-12
        #endregion
    }

    [Snippet("README.md", 6)]
    internal static void ReadmeEvaluation()
    {
        #region README.md 6
        using var input = File.OpenRead("county-2025.json");
        var register = PolicyJson.ReadRegister(input);
        var evaluation = DisclosurePolicy.Default.Evaluate(register, asOf: new LocalDate(2026, 3, 31));
        foreach (var unit in evaluation.Units.Take(2))
        {
            Console.WriteLine($"{unit.Body.Name}: {unit.Grade?.NameZh} {unit.Counted} {unit.Sanction.NameZh}");
            foreach (var reason in unit.SanctionReasons)
            {
                Console.WriteLine($"  [{string.Join(", ", reason.ClauseIds)}] {reason.TextZh}");
            }
        }

        var forCadreRecords = evaluation.For("czj").ToAnnualAssessment();   // plain fields for a host's assessment records
        #endregion
    }

    [Snippet("README.md", 7)]
    internal static void ReadmeJsonAndIcs()
    {
        #region README.md 7
        Register register;
        using (var input = File.OpenRead("county-2025.json"))
        {
            register = PolicyJson.ReadRegister(input);                       // PolicyJsonException: every problem, path and line
        }

        var policy = DisclosurePolicy.Default;                               // or .WithProfile(PolicyJson.ReadProfile(...))
        var evaluation = policy.Evaluate(register, new LocalDate(2026, 3, 31));
        using (var output = File.Create("evaluation-2025.json"))
        {
            PolicyJson.WriteEvaluation(evaluation, output);                  // grades, sanctions, findings with reasons
        }

        var bureau = policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        var year = bureau.CalendarFor(BodyType.AdministrativeOrgan, 2026);
        var ics = DisclosureIcs.Export(year, "mzj", bureau.Calendar, new IcsOptions(Stamp: Instant.FromUtc(2026, 2, 13, 0, 0)));
        File.WriteAllText("mzj-2026.ics", ics);                             // stable UIDs; same stamp, same bytes
        #endregion
    }

    [Snippet("README.md", 8)]
    internal static void ReadmeStrictJson()
    {
        #region README.md 8
        var typo = Encoding.UTF8.GetBytes("""{ "name": "某县", "removedEntry": ["BA3"] }""");
        try
        {
            PolicyJson.ReadProfile(new MemoryStream(typo));
        }
        catch (PolicyJsonException e)
        {
            Console.WriteLine(e.Problems[0]);
            // $.removedEntry (line 1, column 21): a profile has no property "removedEntry"; did you mean "removedEntries"?
            // Known properties: $schema, name, overrides, removedEntries, gradeThresholds, complaintTierWorkingDays,
            // preDisclosureCalendarDays, minInspections, maxInspections, requestsInOnTimeRate, feeNoticeStopsClock.
        }
        #endregion
    }

    [Snippet("README.md", 9)]
    internal static void ReadmeStreaming()
    {
        #region README.md 9
        var missing = 0;
        using (var input = File.OpenRead("county-2025.json"))              // year and bodies come before the records
        {
            var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, input, new LocalDate(2026, 3, 31),
                onOutcome: outcome => missing += outcome.Outcome == Outcome.Missing ? 1 : 0);   // each outcome once; none kept
            Console.WriteLine($"{evaluation.Units.Count} units, {missing} missing");   // 28 units, 6 missing
        }
        #endregion
    }

    [Snippet("README.md", 10)]
    internal static void ReadmeRequests()
    {
        #region README.md 10
        var policy = DisclosurePolicy.Default;
        var request = InformationRequest.Receive("YSQ-2025-031", "mzj", RequestChannel.InPerson, new LocalDate(2025, 9, 22), null, ApplicantKind.NaturalPerson)
            .Consult(new LocalDate(2025, 9, 24), ConsultationParty.ThirdParty)          // the clock stops from the next day (§8.5, D33)
            .ConsultationAnswered(new LocalDate(2025, 10, 16));
        var deadline = policy.ReplyDue(request);
        Console.WriteLine(deadline.ExplanationEn);
        // YSQ-2025-031 reply due 2025-11-11: 20 working days after receipt of the request (§8.4), counted from
        // 2025-09-22; received 2025-09-22: in person: received the day it was handed in (§8.3), under the 2019
        // Regulations; stopped 2025-09-25 to 2025-10-16 (third party consulted on 2025-09-24, answered 2025-10-16): 12
        // working days not counted (§8.5, D33); 20 working days, 18 days skipped (10 weekend; 8 public holiday:
        // Mid-Autumn Festival and National Day); adjusted working days counted: 2025-09-28, 2025-10-11.

        var status = policy.ReplyDue(request, asOf: new LocalDate(2025, 11, 14));
        Console.WriteLine(status);   // Request YSQ-2025-031 on 2025-11-14: open, due 2025-11-11, overdue by 3 working days

        var delivered = request.Reply(new LocalDate(2025, 11, 10), RequestOutcome.PartlyDisclosed)
            .Deliver(new LocalDate(2025, 11, 10), DeliveryMethod.InPerson);
        Console.WriteLine(policy.RedressWindows(delivered));   // knew the reply 2025-11-10: reconsideration by 2026-01-09, litigation by 2026-05-11
        #endregion
    }

    [Snippet("README.md", 11)]
    internal static void ReadmeAnnualReport()
    {
        #region README.md 11
        var policy = DisclosurePolicy.Default;
        var bureau = new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("张伟", new LocalDate(2022, 3, 1)), "黄敏",
            role: BodyRole.Department);                                                    // §9.1: a department reports by 31 January
        InformationRequest[] requests =
        [
            InformationRequest.Receive("YSQ-2024-088", "mzj", RequestChannel.InPerson, new LocalDate(2024, 12, 23), null, ApplicantKind.NaturalPerson)
                .Reply(new LocalDate(2025, 1, 10), RequestOutcome.Disclosed).Deliver(new LocalDate(2025, 1, 10), DeliveryMethod.InPerson),
            InformationRequest.Receive("YSQ-2025-007", "mzj", RequestChannel.InPerson, new LocalDate(2025, 3, 10), null, ApplicantKind.CommercialEnterprise)
                .Reply(new LocalDate(2025, 3, 10), RequestOutcome.AlreadyDisclosed).Deliver(new LocalDate(2025, 3, 10), DeliveryMethod.InPerson),
            InformationRequest.Receive("YSQ-2025-044", "mzj", RequestChannel.InPerson, new LocalDate(2025, 12, 22), null, ApplicantKind.NaturalPerson),
        ];
        RedressCase[] cases = [new("FY-2025-003", "mzj", RedressCaseKind.Reconsideration, new LocalDate(2025, 9, 15), RedressResult.Upheld, new LocalDate(2025, 11, 10))];
        var register = new Register(2025, [bureau], [], requests: requests, redressCases: cases);

        var report = policy.AnnualReport(register, "mzj", 2025, new AnnualReportInput { Overview = "2025年，县民政局坚持以公开为常态、不公开为例外。" });
        Console.WriteLine(report.Requests);   // 一 2 + 二 1 = 三(七) 2 + 四 1
        Console.WriteLine(report.Requests[RequestTableRow.Disclosed].Total);   // 2
        Console.WriteLine(report.Redress.Reconsideration.Upheld);   // 1
        Console.WriteLine(policy.AnnualReportDue(bureau, 2025)!.Due.ToString("uuuu-MM-dd dddd", null));   // 2026-01-31 Saturday

        var edited = report with { Requests = report.Requests.With(RequestTableRow.NewThisYear, ApplicantCounts.FromColumns(1, 2, 0, 0, 0, 0)) };
        Console.WriteLine(edited.Problems[0]);
        // 三/一+二=三(七)+四/商业企业: Table 三, column commercial enterprise: 一 + 二 = 2 + 0 = 2, but 三(七) + 四 = 1 + 0 = 1.

        using (var html = File.CreateText("mzj-2025.html"))
        {
            AnnualReportHtml.WriteChinese(report, html);   // the national format's six sections and three tables, one printable page
        }

        using (var json = File.Create("mzj-2025.json"))
        {
            PolicyJson.WriteAnnualReport(report, json);    // PolicyJson.ReadAnnualReport loads it again, strictly
        }
        #endregion
    }

    [Snippet("README.md", 12)]
    internal static void ReadmeHosting()
    {
        #region README.md 12
        IClock clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 16, 30));   // a host passes SystemClock.Instance
        var today = ChinaTime.Today(clock);                                     // 00:30 in Beijing: New Year's Day already
        Console.WriteLine(today.ToString("uuuu-MM-dd", null));   // 2027-01-01

        // At start-up, once: every notice published since the package was built, then provisional dates for the year after.
        var calendar = ChinaWorkingDayCalendar.Official;
        foreach (var file in Directory.EnumerateFiles("notices", "*.txt"))    // notices/2027.txt, …
        {
            var year = int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture);
            calendar = calendar.WithNotice(HolidayNotice.ParseText(year, File.ReadAllText(file)));
        }

        var policy = DisclosurePolicy.Default.WithCalendar(calendar.WithProvisionalYearsThrough(today.Year + 1));   // the singleton

        var request = InformationRequest.Receive("YSQ-2026-101", "mzj", RequestChannel.InPerson, new LocalDate(2026, 12, 1), null, ApplicantKind.NaturalPerson);
        Console.WriteLine(policy.ReplyDue(request, clock));   // Request YSQ-2026-101 on 2027-01-01: open, due 2026-12-29, overdue by 3 working days
        #endregion
    }

    [Snippet("src/GovDisclosure.Policy/PACKAGE.md", 1)]
    internal static void PackageQuickStart()
    {
        #region src/GovDisclosure.Policy/PACKAGE.md 1
        var policy = DisclosurePolicy.Default;
        Console.WriteLine(policy.ObligationFor(BodyType.School).NameEn);   // service disclosure

        var calendar = ChinaWorkingDayCalendar.Official;
        Console.WriteLine(calendar.AddWorkingDays(new LocalDate(2024, 2, 8), 20).ToString("uuuu-MM-dd", null));   // 2024-03-13
        Console.WriteLine(calendar.Describe(new LocalDate(2024, 2, 4)).ExplanationZh);   // 2024-02-04 星期日：调休上班（春节，2024年通知）

        var deadline = policy.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 12));   // September's budget report
        Console.WriteLine(deadline);   // MO1 due 2024-11-01 (D5)
        #endregion
    }

    [Snippet("src/GovDisclosure.Policy.ICalendar/PACKAGE.md", 1)]
    internal static void ICalendarPackage()
    {
        #region src/GovDisclosure.Policy.ICalendar/PACKAGE.md 1
        var lastChanged = Instant.FromUtc(2026, 2, 13, 0, 0);          // when the deadlines' data last changed
        var policy = DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        var year = policy.CalendarFor(BodyType.AdministrativeOrgan, 2026);
        File.WriteAllText("mzj-2026.ics", DisclosureIcs.Export(year, "mzj", policy.Calendar, new IcsOptions(Stamp: lastChanged)));
        #endregion
    }
}

/// <summary>Marks the method that compiles block <see cref="Number"/> (from 1) of <see cref="Document"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SnippetAttribute(string document, int number) : Attribute
{
    public string Document { get; } = document;

    public int Number { get; } = number;
}
