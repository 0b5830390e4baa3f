namespace GovDisclosure.Policy.Catalogs;

/// <summary>The published Chinese names of a county catalog's columns (§10), as its CSV header and its problems name them.</summary>
internal static class CatalogColumns
{
    internal const string Number = "序号";
    internal const string FirstLevel = "一级事项";
    internal const string SecondLevel = "二级事项";
    internal const string ThirdLevel = "三级事项";
    internal const string Items = "一级事项/二级事项/三级事项";
    internal const string Content = "公开内容（要素）";
    internal const string LegalBasis = "公开依据";
    internal const string TimeLimit = "公开时限";
    internal const string ResponsibleBody = "公开主体";
    internal const string Channels = "公开渠道和载体";
    internal const string Audience = "公开对象";
    internal const string Mode = "公开方式";
    internal const string Levels = "公开层级";
    internal const string Remarks = "备注";

    /// <summary>The columns every catalog has, in the published order.</summary>
    internal static readonly string[] Required =
        [Number, FirstLevel, SecondLevel, Content, LegalBasis, TimeLimit, ResponsibleBody, Channels, Audience, Mode];

    /// <summary>The columns a catalog may add: a single-level body's catalog has no 公开层级 (§10).</summary>
    internal static readonly string[] Optional = [ThirdLevel, Levels, Remarks];

    private static readonly string[] Published = [Number, FirstLevel, SecondLevel, ThirdLevel, Content, LegalBasis, TimeLimit, ResponsibleBody, Channels, Audience, Mode, Levels, Remarks];

    /// <summary>Where a problem's column stands in the published order, so that a row's problems read left to right; -1 for the whole row.</summary>
    internal static int Order(string? column) => Array.IndexOf(Published, column);
}
