using System.Data;
using NodaTime.Text;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>
/// D48: a value is read from whatever type the provider gives — a date column or ISO text, a boolean or 0 and 1, any integer type — and
/// anything else is one problem naming the table, the key and the column. Providers' types shown by a <see cref="DataTableReader"/>.
/// </summary>
public sealed class RowReaderTests
{
    private static (RowReader Row, TableProblems Problems) Row(params (string Column, Type Type, object? Value)[] columns)
    {
        var table = new DataTable();
        foreach (var (column, type, _) in columns)
        {
            table.Columns.Add(column, type);
        }

        table.Rows.Add([.. columns.Select(c => c.Value ?? DBNull.Value)]);
        var reader = table.CreateDataReader();
        reader.Read();
        var problems = new TableProblems();
        var row = new RowReader(reader, "t", [.. columns.Select(c => c.Column)], problems);
        row.Begin(0);
        return (row, problems);
    }

    private static string Only(TableProblems problems) => Assert.Single(problems.Kept).ToString();

    [Theory]
    [InlineData(2025, 1, 1)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void D48_a_date_column_at_midnight_is_its_date(int year, int month, int day)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("on", typeof(DateTime), new DateTime(year, month, day)));

        Assert.Equal(new LocalDate(year, month, day), row.Date(1, required: true));
        Assert.True(row.Valid);
        Assert.False(problems.Any);
    }

    [Fact]
    public void D48_a_date_column_with_a_time_of_day_a_DateOnly_and_a_number_are_told_apart()
    {
        var (timed, timedProblems) = Row(("id", typeof(string), "r1"), ("on", typeof(DateTime), new DateTime(2025, 3, 1, 0, 0, 1)));
        var (dateOnly, _) = Row(("id", typeof(string), "r1"), ("on", typeof(DateOnly), new DateOnly(2025, 3, 1)));
        var (number, numberProblems) = Row(("id", typeof(string), "r1"), ("on", typeof(double), 45717.0));

        Assert.Null(timed.Date(1, required: true));
        Assert.Equal("t, id 'r1', column on: holds 2025-03-01 00:00:01, a time of day; expected a date.", Only(timedProblems));
        Assert.Equal(new LocalDate(2025, 3, 1), dateOnly.Date(1, required: true));
        Assert.Null(number.Date(1, required: false));
        Assert.Equal("t, id 'r1', column on: holds a value of type Double (Double); expected a date.", Only(numberProblems));
    }

    [Theory]
    [InlineData("2025-02-28", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-12-31", true)]
    [InlineData("2025-12-32", false)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-01-00", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("2025-1-01", false)]
    [InlineData("2025/01/01", false)]
    [InlineData("2025-01-01 ", false)]
    [InlineData("2025-0a-01", false)]
    [InlineData("20250101", false)]
    public void D48_ISO_text_is_a_date_only_when_it_is_exactly_a_day_of_the_calendar(string text, bool isDate)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("on", typeof(string), text));

        var date = row.Date(1, required: true);

        Assert.Equal(isDate, date is not null);
        Assert.Equal(isDate, !problems.Any);
        Assert.Equal(isDate ? LocalDatePattern.Iso.Parse(text).Value : (LocalDate?)null, date);
    }

    [Theory]
    [InlineData(typeof(bool), true, true)]
    [InlineData(typeof(bool), false, false)]
    [InlineData(typeof(long), 1L, true)]
    [InlineData(typeof(long), 0L, false)]
    [InlineData(typeof(int), 1, true)]
    [InlineData(typeof(short), (short)0, false)]
    [InlineData(typeof(byte), (byte)1, true)]
    public void D48_a_flag_is_a_boolean_or_the_integer_0_or_1(Type type, object value, bool flag)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("f", type, value));

        Assert.Equal(flag, row.Flag(1));
        Assert.False(problems.Any);
    }

    [Fact]
    public void D48_a_flag_that_is_empty_is_false_and_one_of_another_value_or_type_is_a_problem()
    {
        var (empty, _) = Row(("id", typeof(string), "r1"), ("f", typeof(bool), null));
        var (two, twoProblems) = Row(("id", typeof(string), "r1"), ("f", typeof(long), 2L));
        var (text, textProblems) = Row(("id", typeof(string), "r1"), ("f", typeof(string), "yes"));

        Assert.False(empty.Flag(1));
        Assert.Null(empty.OptionalFlag(1));
        Assert.Null(two.OptionalFlag(1));
        Assert.Equal("t, id 'r1', column f: holds 2; expected a flag (true or false, 1 or 0).", Only(twoProblems));
        Assert.Null(text.OptionalFlag(1));
        Assert.Equal("t, id 'r1', column f: holds a value of type String (String); expected a flag (true or false, 1 or 0).", Only(textProblems));
    }

    [Theory]
    [InlineData(typeof(decimal), "12", 12)]
    [InlineData(typeof(short), "-3", -3)]
    [InlineData(typeof(byte), "200", 200)]
    [InlineData(typeof(int), "7", 7)]
    [InlineData(typeof(long), "250", 250)]
    [InlineData(typeof(long), "-10", -10)]
    public void D48_a_whole_number_may_be_any_integer_type_or_a_decimal_without_a_fraction(Type type, string value, int expected)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("n", type, Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, row.Integer(1, required: true, -10, 250));
        Assert.False(problems.Any);
    }

    [Theory]
    [InlineData(typeof(decimal), "1.5", "holds a value of type Decimal (Decimal); expected a whole number.")]
    [InlineData(typeof(decimal), "100000000000000000000", "holds a value of type Decimal (Decimal); expected a whole number.")]
    [InlineData(typeof(double), "3", "holds a value of type Double (Double); expected a whole number.")]
    [InlineData(typeof(long), "251", "holds 251; expected a whole number from -10 to 250.")]
    [InlineData(typeof(long), "-11", "holds -11; expected a whole number from -10 to 250.")]
    public void D48_a_number_that_is_not_whole_or_not_in_range_is_a_problem(Type type, string value, string message)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("n", type, Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Null(row.Integer(1, required: true, -10, 250));
        Assert.Equal("t, id 'r1', column n: " + message, Only(problems));
        Assert.False(row.Valid);
    }

    [Fact]
    public void D48_an_id_may_be_text_or_a_hosts_integer_key_and_nothing_else()
    {
        var (number, _) = Row(("id", typeof(long), 42L));
        var (text, _) = Row(("id", typeof(string), "r1"));
        var (guid, guidProblems) = Row(("id", typeof(Guid), Guid.Empty));
        var (blank, blankProblems) = Row(("id", typeof(string), " "));

        Assert.Equal("42", number.Id(0, required: true));
        Assert.Equal("r1", text.Id(0, required: true));
        Assert.Null(guid.Id(0, required: true));
        Assert.Equal($"t, id '{Guid.Empty}', column id: holds a value of type Guid (Guid); expected text or a whole number.", Only(guidProblems));
        Assert.Equal(" ", blank.Id(0, required: true));
        Assert.Equal("t, id ' ', column id: is blank; the column needs a value.", Only(blankProblems));
    }

    [Fact]
    public void D48_a_key_with_a_position_names_both_and_a_long_value_is_quoted_cut()
    {
        var (row, problems) = Row(("record_id", typeof(string), "r1"), ("position", typeof(int), 2), ("channels", typeof(string), new string('渠', 100)));
        row.Begin(0, "r1", 1);

        Assert.Equal(-1, row.Codes(2, new Channel[13], "a channel"));
        Assert.StartsWith($"t, record_id 'r1', position 2, column channels: holds '{new string('渠', 80)}… (100 characters)', and '", Only(problems));
    }

    [Theory]
    [InlineData(80, "")]
    [InlineData(81, "… (81 characters)")]
    public void D48_a_value_is_quoted_whole_up_to_eighty_characters(int length, string tail)
    {
        var text = new string('x', length);

        Assert.Equal(text[..Math.Min(length, 80)] + tail, RowReader.Quote(text));
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("GovernmentPortal", new[] { "GovernmentPortal" })]
    [InlineData("GovernmentPortal, DisclosureColumn", new[] { "GovernmentPortal", "DisclosureColumn" })]
    [InlineData(" GovernmentPortal ,DisclosureColumn ", new[] { "GovernmentPortal", "DisclosureColumn" })]
    public void D48_a_list_of_codes_is_separated_by_commas_and_empty_text_is_none(string text, string[] codes)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("channels", typeof(string), text));
        var into = new Channel[Channel.InOrder.Count];

        var count = row.Codes(1, into, "a channel");

        Assert.Equal(codes, into.Take(count).Select(c => c.Name));
        Assert.False(problems.Any);
    }

    [Theory]
    [InlineData("GovernmentPortal,", "'' is not a channel code")]
    [InlineData(",GovernmentPortal", "'' is not a channel code")]
    [InlineData("governmentportal", "'governmentportal' is not a channel code")]
    public void D48_an_empty_or_unknown_code_in_a_list_is_a_problem(string text, string message)
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("channels", typeof(string), text));

        Assert.Equal(-1, row.Codes(1, new Channel[Channel.InOrder.Count], "a channel"));
        Assert.Contains(message, Only(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void D48_a_list_longer_than_the_set_is_a_problem_and_an_empty_cell_is_no_codes()
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("channels", typeof(string), "GovernmentPortal,GovernmentPortal,GovernmentPortal"));
        var (empty, emptyProblems) = Row(("id", typeof(string), "r1"), ("channels", typeof(string), null));

        Assert.Equal(-1, row.Codes(1, new Channel[2], "a channel"));
        Assert.Equal("t, id 'r1', column channels: holds more than 2 codes; a channel list names each at most once.", Only(problems));
        Assert.Equal(0, empty.Codes(1, new Channel[2], "a channel"));
        Assert.False(emptyProblems.Any);
    }

    [Fact]
    public void D48_a_code_column_names_the_valid_codes_and_an_empty_optional_one_is_none()
    {
        var (row, problems) = Row(("id", typeof(string), "r1"), ("kind", typeof(string), "Ministry"), ("role", typeof(string), null));

        Assert.Null(row.Code<BodyType>(1, required: true, "a body type"));
        Assert.Null(row.Code<BodyRole>(2, required: false, "a body role"));
        Assert.Equal($"t, id 'r1', column kind: holds 'Ministry', which is not a body type code; expected one of {string.Join(", ", BodyType.InOrder.Select(t => t.Name))}.",
            Only(problems));
    }
}
