using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using YamlDotNet.RepresentationModel;
using static Scoring.Api.Submissions.AnswersFile;

namespace Scoring.Api.Submissions;

/// <summary>Turns what an agency wrote for one item into a typed <see cref="Answer"/>, by the item's kind.</summary>
internal static class AnswerValues
{
    private static readonly string[] AnswerKeys = ["value", "points", "level", "evidence", "explanation", "not-applicable"];

    /// <summary>Reads one answer node (a scalar, or a mapping with value, level, evidence, explanation).</summary>
    public static Answer? Read(Item item, YamlNode node, List<Problem> problems, string where)
    {
        if (node is YamlScalarNode scalar)
        {
            return FromText(item, scalar.Value ?? "", null, problems, where);
        }
        if (node is not YamlMappingNode map)
        {
            problems.Add(new Problem(where, item.Code, "Câu trả lời phải là một giá trị hoặc một bảng khóa (value, level, evidence, explanation)."));
            return null;
        }
        foreach (var key in map.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").Where(k => !AnswerKeys.Contains(k)))
        {
            problems.Add(new Problem(where, item.Code, $"Khóa \"{key}\" không hợp lệ trong câu trả lời; các khóa được phép: {string.Join(", ", AnswerKeys)}."));
        }
        string? Text(string key) => Child(map, key) is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var evidence = Text("evidence");
        var explanation = Text("explanation");
        if (Text("not-applicable") is "true")
        {
            return new Answer(null, null, true, evidence, explanation);
        }
        var level = Text("level");
        var value = Text("value") ?? Text("points");
        if (item.Kind is LevelsKind)
        {
            decimal? points = null;
            if (value is not null)
            {
                points = AnswerText.TryParseNumber(value, out var p) ? p : null;
                if (points is null)
                {
                    problems.Add(new Problem(where, item.Code, $"Điểm \"{value}\" không phải là một số."));
                    return null;
                }
            }
            return new Answer(points, level, false, evidence, explanation);
        }
        return FromText(item, value ?? "", (evidence, explanation), problems, where);
    }

    internal static Answer? FromText(Item item, string raw, (string? Evidence, string? Explanation)? extra, List<Problem> problems, string where)
    {
        var (evidence, explanation) = extra ?? (null, null);
        if (AnswerText.IsNotApplicable(raw))
        {
            return new Answer(null, null, true, evidence, explanation);
        }
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new Answer(null, null, false, evidence, explanation);
        }
        switch (item.Kind)
        {
            case LevelsKind:
                return new Answer(null, raw.Trim(), false, evidence, explanation);
            case YesNoKind when AnswerText.TryParseYesNo(raw, out var yes):
                return new Answer(yes, null, false, evidence, explanation);
            case YesNoKind:
                problems.Add(new Problem(where, item.Code, $"Giá trị \"{raw}\" không hợp lệ: cần \"có\" hoặc \"không\"."));
                return null;
            case FormulaKind:
                return new Answer(0m, null, false, evidence, explanation);
        }
        if (AnswerText.TryParseNumber(raw, out var number))
        {
            return new Answer(number, null, false, evidence, explanation);
        }
        problems.Add(new Problem(where, item.Code, $"Giá trị \"{raw}\" không phải là một số: cần {Expected(item)}."));
        return null;
    }

    private static string Expected(Item item) => item.Kind.Match(
        yesNo: _ => "\"có\" hoặc \"không\"",
        judgment: _ => $"một số điểm từ 0 đến {Num.Vi(item.Max)}",
        tiers: _ => "một tỷ lệ phần trăm từ 0 đến 100",
        levels: _ => "một mức đánh giá",
        count: _ => "một số nguyên (số lần, số lượng) từ 0",
        deductPer: _ => "một số nguyên (số lần, số lượng) từ 0",
        formula: _ => $"một số điểm từ 0 đến {Num.Vi(item.Max)}");
}
