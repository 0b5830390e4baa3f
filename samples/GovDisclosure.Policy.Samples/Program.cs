// GovDisclosure.Policy sample: what the seed policy asks of a few kinds of body, the schedule a county
// bureau works to, and the working-day calendar its deadlines are counted in. Built-in data only.
using GovDisclosure.Policy;
using NodaTime;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var policy = DisclosurePolicy.Default;

Section($"Who must disclose what — {policy.Name}");
foreach (var bodyType in new[] { BodyType.AdministrativeOrgan, BodyType.School, BodyType.JudicialOrgan, BodyType.Village, BodyType.Other })
{
    var obligations = policy.ObligationsFor(bodyType);
    Console.WriteLine($"{bodyType.NameEn} ({bodyType.NameZh}): {obligations.Level.NameEn} ({obligations.Level.NameZh})");
    if (obligations.Regime is { } regime)
    {
        Console.WriteLine($"    governed by {regime.NameEn} ({regime.NameZh}), not by this policy");
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
    Console.WriteLine($"{group.Key.NameZh} {group.Key.NameEn}");
    foreach (var entry in group)
    {
        var items = entry.Items.Count > 0 ? string.Join(", ", entry.Items.Select(item => item.Code)) : entry.Subject.Name;
        Console.WriteLine($"    {entry.Code,-4} {entry.DescriptionZh}  [{items}]");
    }
}

var inferred = policy.Items.Select(policy.ScheduleFor).Where(schedule => schedule.IsInferred || schedule.HasUncoveredParts);
Console.WriteLine($"{Cadence.Statutory.NameZh} {Cadence.Statutory.NameEn} (inferred, D3): " +
                  string.Join(", ", inferred.Select(schedule => schedule.Item.Code + (schedule.IsInferred ? "" : " (in part)"))));

Section("Working days (D1, D2)");
var calendar = ChinaWorkingDayCalendar.Official;
Console.WriteLine($"Official calendar: {calendar.DataVersion}, {calendar.Coverage.Start:uuuu-MM-dd} to {calendar.Coverage.End:uuuu-MM-dd}");
foreach (var day in calendar.Describe(new LocalDate(2024, 2, 3), new LocalDate(2024, 2, 19)))
{
    Console.WriteLine($"    {day.ExplanationZh}");
}

var formed = new LocalDate(2024, 2, 8);
Console.WriteLine($"A document formed on {formed:uuuu-MM-dd} is due 20 working days later, on {calendar.AddWorkingDays(formed, 20):uuuu-MM-dd} (D3).");

var late = new LocalDate(2026, 12, 20);
try
{
    calendar.AddWorkingDays(late, 20);
}
catch (CalendarCoverageException e)
{
    Console.WriteLine($"From {late:uuuu-MM-dd}: {e.Message.Split(" (Parameter")[0]}");
}

var provisional = calendar.WithProvisionalYearsThrough(2027);
var due = provisional.AddWorkingDays(late, 20);
Console.WriteLine($"With provisional 2027: due {due:uuuu-MM-dd}{(provisional.IsProvisional(late, due) ? " — provisional until the 2027 notice is published" : "")}.");

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('=', Math.Min(title.Length, 72)));
}
