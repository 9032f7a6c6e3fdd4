using System.Globalization;
using System.Text.RegularExpressions;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>An explanation as people read it: the engine's stored text (fixed byte for byte by frozen results) names a formula's inputs by
/// their codes and writes its numbers with a dot; pages, reports and the command line show the inputs' titles, "điểm tiêu chí I.1" for
/// <c>diem("I.1")</c>, words for the functions and operators, and decimal commas.</summary>
public static partial class PeopleText
{
    /// <summary>An item's inputs: "title: value", by their titles.</summary>
    public static string Inputs(ItemResult item, CriteriaVersion? version) =>
        string.Join(", ", item.Inputs.Select(u => $"{Title(u.Name, version)}: {u.Text ?? Num.Vi(u.Value)}"));

    /// <summary>How an item's points are computed, in words.</summary>
    public static string Formula(string formula, CriteriaVersion? version)
    {
        var text = ItemReference().Replace(formula, m => $"điểm tiêu chí {m.Groups[1].Value}");
        text = DotDecimal().Replace(text, m => m.Value.Replace('.', ','));
        text = Identifier().Replace(text, m => m.Value switch
        {
            "min" => "nhỏ nhất",
            "max" => "lớn nhất",
            "round" => "làm tròn",
            "if" => "nếu",
            "and" => "và",
            "or" => "hoặc",
            "not" => "không",
            var name when version?.Inputs.FirstOrDefault(i => i.Code == name) is { } input => $"[{input.Title}]",
            var other => other,
        });
        return text.Replace("==", "=", StringComparison.Ordinal).Replace("!=", "≠", StringComparison.Ordinal).Replace(">=", "≥", StringComparison.Ordinal)
            .Replace("<=", "≤", StringComparison.Ordinal).Replace("&&", "và", StringComparison.Ordinal).Replace("||", "hoặc", StringComparison.Ordinal)
            .Replace(" * ", " × ", StringComparison.Ordinal).Replace(" / ", " : ", StringComparison.Ordinal);
    }

    /// <summary>A stored sentence with group codes ("khối so-nganh") given the groups' names instead.</summary>
    public static string Groups(string? text, CriteriaVersion? version) =>
        text is null || version is null ? text ?? ""
            : version.Groups.Aggregate(text, (t, g) => t.Replace("khối " + g.Code, "khối " + g.Name, StringComparison.Ordinal));

    private static string Title(string name, CriteriaVersion? version) => version?.Inputs.FirstOrDefault(i => i.Code == name)?.Title ?? name;

    [GeneratedRegex("diem\\(\"([^\"]+)\"\\)")]
    private static partial Regex ItemReference();

    [GeneratedRegex("(?<![\\w.])\\d+\\.\\d+(?![\\w.])")]
    private static partial Regex DotDecimal();

    // A code written in a formula: lower-case ASCII words with underscores (Vietnamese words of the stored text have diacritics or are
    // outside this pattern's use: only whole words that name a function or an input are replaced).
    [GeneratedRegex("(?<![\\p{L}\\d_.])[a-z][a-z0-9_]*(?![\\p{L}\\d_])")]
    private static partial Regex Identifier();
}
