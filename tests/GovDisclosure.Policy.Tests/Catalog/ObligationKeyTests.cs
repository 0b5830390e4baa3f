using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Catalog;

/// <summary>One key for every obligation (§3.3, §10, D3): the seed's schedule as the built-in catalog, county rows by 序号.</summary>
public sealed class ObligationKeyTests
{
    private static Gen<string> Names => Gen.Elements("某县民政", "某县应急", "catalog", "Seed", "seed ", "县 目录");

    private static Gen<string> Numbers => Gen.Elements("1", "3", "03", "12", "一", "A-1");

    [Fact]
    public void Sec3_3_every_entry_is_a_row_of_the_built_in_catalog_named_by_its_code()
    {
        Assert.All(ScheduleEntry.InOrder, entry =>
        {
            ObligationKey converted = entry;
            Assert.Same(entry.Key, ObligationKey.Of(entry));
            Assert.Same(entry.Key, converted);
            Assert.Equal(entry.Key, ObligationKey.Parse(entry.Code));
            Assert.Equal((ObligationKey.BuiltInCatalog, entry.Code, 0, true, entry.Code), (entry.Key.Catalog, entry.Key.Row, entry.Key.Part, entry.Key.IsBuiltIn, entry.Key.ToString()));
            Assert.True(entry.Key.TryGetEntry(out var found));
            Assert.Same(entry, found);
        });
    }

    [Fact]
    public void D3_every_item_is_a_row_of_the_built_in_catalog_too_but_no_entry()
    {
        Assert.All(DisclosureItem.InOrder, item =>
        {
            var key = ObligationKey.Of(item);
            Assert.Equal((ObligationKey.BuiltInCatalog, item.Code, true, item.Code), (key.Catalog, key.Row, key.IsBuiltIn, key.ToString()));
            Assert.Equal(key, ObligationKey.Parse(item.Code));
            Assert.False(key.TryGetEntry(out var entry));
            Assert.Null(entry);
        });
        Assert.Equal("seed", ObligationKey.BuiltInCatalog);
    }

    [Theory]
    [InlineData("im1")]
    [InlineData("IM99")]
    [InlineData("")]
    [InlineData("某县民政 3")]
    public void Sec3_3_a_code_of_no_entry_or_item_is_no_row_of_the_built_in_catalog(string code)
    {
        Assert.False(ObligationKey.TryParse(code, out var key));
        Assert.Null(key);
        var error = ArgumentAssert.Throws<ArgumentException>(() => ObligationKey.Parse(code));
        Assert.Equal("row", error.ParamName);
        Assert.StartsWith($"\"{code}\" is neither a schedule entry's code (IM1…ST7) nor a catalog item's code (G01…I04): the built-in catalog has no such row.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec3_3_null_parses_to_nothing_and_is_refused_by_the_throwing_form()
    {
        Assert.False(ObligationKey.TryParse(null, out _));
        ArgumentAssert.Throws<ArgumentNullException>(() => ObligationKey.Parse(null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => ObligationKey.Of((ScheduleEntry)null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => ObligationKey.Of((DisclosureItem)null!));
    }

    [Fact]
    public void Sec10_a_county_row_is_its_catalog_and_its_number_with_a_part_after_a_slash()
    {
        var row = ObligationKey.InCatalog("某县民政", "3");
        var second = ObligationKey.InCatalog("某县民政", "3", 1);

        Assert.Equal(("某县民政", "3", 0, false, "某县民政 3"), (row.Catalog, row.Row, row.Part, row.IsBuiltIn, row.ToString()));
        Assert.Equal((1, "某县民政 3/1"), (second.Part, second.ToString()));
        Assert.False(row.TryGetEntry(out _));
        Assert.NotEqual(row, second);
        Assert.True(row != second);
        Assert.False(row == second);
    }

    [Theory]
    [InlineData("", "3", "catalog", "The catalog's name is blank.")]
    [InlineData(" ", "3", "catalog", "The catalog's name is blank.")]
    [InlineData("某县民政", "", "row", "The row's 序号 is blank.")]
    [InlineData("某县民政", "\t", "row", "The row's 序号 is blank.")]
    [InlineData("seed", "IM1", "catalog", "\"seed\" is the built-in catalog, the seed's schedule; name its rows with ObligationKey.Of(ScheduleEntry) or ObligationKey.Parse.")]
    public void Sec10_a_county_row_needs_a_catalog_other_than_the_built_in_one_and_a_number(string catalog, string row, string parameter, string message)
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => ObligationKey.InCatalog(catalog, row));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D43_a_part_is_never_negative_and_a_null_name_is_refused()
    {
        Assert.Equal("part", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ObligationKey.InCatalog("某县民政", "3", -1)).ParamName);
        Assert.Equal(0, ObligationKey.InCatalog("某县民政", "3", 0).Part);
        ArgumentAssert.Throws<ArgumentNullException>(() => ObligationKey.InCatalog(null!, "3"));
        ArgumentAssert.Throws<ArgumentNullException>(() => ObligationKey.InCatalog("某县民政", null!));
    }

    [Fact]
    public void Sec10_a_catalogs_own_key_equals_the_key_a_register_names_by_text()
    {
        var catalog = Catalogs.CatalogDeadlineTests.Civil;

        Assert.Equal(ObligationKey.InCatalog(catalog.Name, "3"), catalog.KeyOf("3"));
        Assert.Equal(ObligationKey.InCatalog(catalog.Name, "3").GetHashCode(), catalog.KeyOf("3").GetHashCode());
        Assert.NotEqual(ObligationKey.InCatalog(catalog.Name, "3"), catalog.KeyOf("4"));
    }

    [Fact]
    public void Sec3_3_keys_compare_with_null_and_other_objects()
    {
        var key = ScheduleEntry.IM1.Key;

        Assert.False(key.Equals(null));
        Assert.False(key.Equals((object)"IM1"));
        Assert.True(key.Equals((object)ObligationKey.Parse("IM1")));
        Assert.True((ObligationKey?)null == null);
        Assert.False(key == null);
        Assert.False(null == key);
        Assert.True(key != null);
        Assert.NotEqual(ScheduleEntry.IM1.Key, ScheduleEntry.IM2.Key);
        Assert.NotEqual(ObligationKey.InCatalog("某县", "IM1"), ScheduleEntry.IM1.Key);
    }

    private static Gen<(string Catalog, string Row, int Part)> Keys =>
        from catalog in Names
        from row in Numbers
        from part in Gen.Choose(0, 2)
        select (catalog, row, part);

    [Property]
    public Property Sec10_keys_are_equal_exactly_when_catalog_row_and_part_are_equal_ordinally() =>
        Prop.ForAll(Keys.ToArbitrary(), Keys.ToArbitrary(), (one, two) =>
        {
            var key = ObligationKey.InCatalog(one.Catalog, one.Row, one.Part);
            var other = ObligationKey.InCatalog(two.Catalog, two.Row, two.Part);
            var same = one == two;
            return key.Equals(other) == same && (key == other) == same && (key != other) != same &&
                   (!same || key.GetHashCode() == other.GetHashCode()) &&
                   key.ToString() == $"{one.Catalog} {one.Row}" + (one.Part == 0 ? "" : $"/{one.Part}");
        });
}
