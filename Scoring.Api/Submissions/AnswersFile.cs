using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using Scoring.Rules.Format;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scoring.Api.Submissions;

/// <summary>Reads one agency's answers file (YAML or JSON) into a <see cref="Submission"/>; every problem names its line.</summary>
public static class AnswersFile
{
    /// <summary>The largest answers file accepted, in characters.</summary>
    public const int MaxLength = 1_000_000;

    private static readonly string[] RootKeys = ["agency", "name", "group", "criteria", "not-assessed", "answers", "inputs"];

    /// <summary>Reads answers for <paramref name="version"/>; returns the submission, or null with every problem found.</summary>
    public static (Submission? Submission, IReadOnlyList<Problem> Problems) Read(string text, string file, CriteriaVersion version)
    {
        var problems = new List<Problem>();
        YamlMappingNode root;
        try
        {
            if (text.Length > MaxLength)
            {
                return (null, [new Problem(file, null, $"Tệp quá lớn: {text.Length} ký tự, tối đa {MaxLength}.")]);
            }
            if (YamlSyntax.TabIndent(text) is { } tab)
            {
                return (null, [new Problem($"{file}, dòng {tab.Line}, cột {tab.Column}", null, YamlSyntax.TabMessage)]);
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                return (null, [new Problem(file, null, "Tệp trả lời phải là một bảng khóa: giá trị (agency, group, answers, inputs).")]);
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            var (line, column, message) = YamlSyntax.Explain(e, text);
            return (null, [new Problem($"{file}, dòng {line}, cột {column}", null, message)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed brackets, with no place.
            var (line, column, message) = YamlSyntax.Unplaced(text);
            return (null, [new Problem($"{file}, dòng {line}, cột {column}", null, message)]);
        }
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        string Where(YamlNode node) => $"{file}, dòng {node.Start.Line}";
        string? Field(string key)
        {
            var node = Child(root, key);
            return node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        }
        foreach (var key in root.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").Where(k => !RootKeys.Contains(k)))
        {
            problems.Add(new Problem(file, null, $"Khóa \"{key}\" không hợp lệ; các khóa được phép: {string.Join(", ", RootKeys)}."));
        }
        var agency = Field("agency");
        var group = Field("group");
        if (agency is null)
        {
            problems.Add(new Problem(file, null, "Thiếu mã đơn vị (agency)."));
        }
        if (group is null)
        {
            problems.Add(new Problem(file, null, "Thiếu mã khối (group)."));
        }
        if (Field("criteria") is { } criteria && criteria != version.Id)
        {
            problems.Add(new Problem(Where(Child(root, "criteria")!), null, $"Tệp trả lời dành cho bộ tiêu chí \"{criteria}\", không phải \"{version.Id}\"."));
        }
        if (Child(root, "group") is { } groupNode)
        {
            locations["group"] = Where(groupNode);
        }
        var items = version.AllItems.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in Entries(root, "answers", problems, file))
        {
            var code = keyNode.Value ?? "";
            locations[code] = Where(keyNode);
            if (!items.TryGetValue(code, out var item))
            {
                answers[code] = new Answer(null);
                continue;
            }
            if (AnswerValues.Read(item, valueNode, problems, Where(valueNode)) is { } answer)
            {
                answers[code] = answer;
            }
        }
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var declared = version.Inputs.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in Entries(root, "inputs", problems, file))
        {
            var code = keyNode.Value ?? "";
            locations[code] = Where(keyNode);
            var raw = (valueNode as YamlScalarNode)?.Value ?? "";
            var boolean = declared.TryGetValue(code, out var input) && input.Type == InputType.Boolean;
            if ((boolean && AnswerText.TryParseYesNo(raw, out var value)) || AnswerText.TryParseNumber(raw, out value))
            {
                inputs[code] = value;
            }
            else
            {
                problems.Add(new Problem(Where(valueNode), code, $"Số liệu \"{raw}\" không phải là {(boolean ? "Có/Không" : "một số")}."));
            }
        }
        var submission = new Submission(agency ?? "", Field("name"), group ?? "", answers, inputs, Field("not-assessed"), locations, file);
        // An answer that could not be read is reported once, not again as missing.
        var unreadable = problems.Select(p => p.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        problems.AddRange(SubmissionValidator.Validate(version, submission).Where(p => p.Code is null || !unreadable.Contains(p.Code)));
        return problems.Count == 0 ? (submission, problems) : (null, problems);
    }

    private static IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode root, string key, List<Problem> problems, string file)
    {
        var node = Child(root, key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }
        if (node is not YamlMappingNode map)
        {
            problems.Add(new Problem($"{file}, dòng {node.Start.Line}", null, $"\"{key}\" phải là một bảng mã: giá trị."));
            yield break;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode scalar)
            {
                yield return (scalar, v);
            }
        }
    }

    internal static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
