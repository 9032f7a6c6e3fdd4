using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>Typed access to YAML mappings with Vietnamese problems at the node's line; never throws on bad input.</summary>
internal sealed class YamlFields
{
    private readonly string _file;
    private readonly List<CriteriaProblem> _problems;
    private readonly Dictionary<YamlNode, string> _written = new(ReferenceEqualityComparer.Instance);

    public YamlFields(string file, List<CriteriaProblem> problems)
    {
        _file = file;
        _problems = problems;
    }

    public void Error(YamlNode node, string message) =>
        _problems.Add(new CriteriaProblem(_file, (int)node.Start.Line, (int)node.Start.Column, message));

    /// <summary>Reads a mapping, reporting keys outside <paramref name="allowed"/>.</summary>
    public YamlMap? Map(YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{char.ToUpperInvariant(what[0])}{what[1..]} phải là một bảng khóa: giá trị (mapping).");
            return null;
        }
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        YamlNode? previous = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (CommaDecimal(previous, keyNode, value) is { } whole)
            {
                // "max: 7,5" inside { … } parses as "max: 7" and a key "5": read it back as the number the author wrote.
                _written[previous!] = whole;
                continue;
            }
            previous = value;
            if (!allowed.Contains(key))
            {
                Error(keyNode, $"Khóa \"{key}\" không hợp lệ trong {what}; các khóa được phép: {string.Join(", ", allowed)}.");
                continue;
            }
            if (!result.TryAdd(key, value))
            {
                Error(keyNode, $"Khóa \"{key}\" bị lặp lại trong {what}.");
            }
        }
        return new YamlMap(node, result);
    }

    /// <summary>A decimal written with a comma inside a flow mapping: the digits after the comma came out as a key with no value,
    /// right after a number. Returns the number as written ("7,5"), or null.</summary>
    private static string? CommaDecimal(YamlNode? previous, YamlNode key, YamlNode value) =>
        previous is YamlScalarNode { Value: { } before } && key is YamlScalarNode { Value: { Length: > 0 } after }
        && value is YamlScalarNode { Value: null or "" } && after.All(char.IsAsciiDigit) && before.Length > 0 && before.All(c => char.IsAsciiDigit(c) || c is '.' or '-')
        && key.Start.Line == previous.End.Line && key.Start.Column == previous.End.Column + 1
            ? before + "," + after
            : null;

    public string? Text(YamlMap map, string key, string what, bool required)
    {
        if (!map.Fields.TryGetValue(key, out var node))
        {
            if (required)
            {
                _problems.Add(new CriteriaProblem(_file, Line(map), 1, $"Thiếu khóa bắt buộc \"{key}\" trong {what}."));
            }
            return null;
        }
        if (_written.TryGetValue(node, out var written))
        {
            return written;
        }
        if (node is not YamlScalarNode { Value: { } value } || (required && string.IsNullOrWhiteSpace(value)))
        {
            Error(node, $"\"{key}\" trong {what} phải là một giá trị chữ, không để trống.");
            return null;
        }
        return value.Trim();
    }

    public decimal? Number(YamlMap map, string key, string what, bool required, bool positive = false)
    {
        var text = Text(map, key, what, required);
        if (text is null)
        {
            return null;
        }
        if (text.Contains(',', StringComparison.Ordinal))
        {
            // The file is refused by this error; reading goes on with the number meant, so that nothing else is reported because of it.
            Error(map.Fields[key], $"\"{key}\" trong {what}: viết {text.Replace(',', '.')}, không viết {text} (số thập phân dùng dấu chấm).");
            text = text.Replace(',', '.');
            if (text.Count(c => c == '.') != 1)
            {
                return null;
            }
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) > 1_000_000_000m)
        {
            Error(map.Fields[key], $"\"{key}\" trong {what} phải là một số viết bằng chữ số, không quá 1000000000, nhưng là \"{text}\".");
            return null;
        }
        if (value < 0m || (positive && value == 0m))
        {
            Error(map.Fields[key], $"\"{key}\" trong {what} phải là số {(positive ? "lớn hơn 0" : "không âm")}, nhưng là {text}.");
            return null;
        }
        return value;
    }

    public DateOnly? Date(YamlMap map, string key, string what)
    {
        var text = Text(map, key, what, false);
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(map.Fields[key], $"\"{key}\" trong {what} phải là ngày dạng năm-tháng-ngày, ví dụ 2024-01-05, nhưng là \"{text}\".");
            return null;
        }
        return date;
    }

    public bool Flag(YamlMap map, string key, string what)
    {
        var text = Text(map, key, what, false);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Error(map.Fields[key], $"\"{key}\" trong {what} phải là true hoặc false, nhưng là \"{text}\".");
                return false;
        }
    }

    public IReadOnlyList<YamlNode> List(YamlMap map, string key, string what, bool required)
    {
        if (!map.Fields.TryGetValue(key, out var node))
        {
            if (required)
            {
                _problems.Add(new CriteriaProblem(_file, Line(map), 1, $"Thiếu khóa bắt buộc \"{key}\" trong {what}."));
            }
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"\"{key}\" trong {what} phải là một danh sách.");
            return [];
        }
        if (required && sequence.Children.Count == 0)
        {
            Error(node, $"\"{key}\" trong {what} cần ít nhất một phần tử.");
        }
        return [.. sequence.Children];
    }

    public IReadOnlyList<string> Codes(YamlMap map, string key, string what)
    {
        var codes = new List<string>();
        foreach (var node in List(map, key, what, false))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                codes.Add(value.Trim());
            }
            else
            {
                Error(node, $"Mỗi phần tử của \"{key}\" trong {what} phải là một mã.");
            }
        }
        return codes;
    }

    private static int Line(YamlMap map) => (int)map.Node.Start.Line;
}

/// <summary>A YAML mapping node with its fields by key.</summary>
internal sealed record YamlMap(YamlNode Node, Dictionary<string, YamlNode> Fields)
{
    public bool Has(string key) => Fields.ContainsKey(key);
}
