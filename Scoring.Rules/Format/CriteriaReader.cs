using Scoring.Engine.Criteria;
using Scoring.Rules.Expressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>Reads a criteria file (YAML, or its canonical JSON) into a <see cref="CriteriaVersion"/>, reporting every structural problem with its line.</summary>
public sealed partial class CriteriaReader
{
    /// <summary>The largest criteria file accepted, in characters.</summary>
    public const int MaxLength = 1_000_000;

    private static readonly string[] RootKeys =
        ["id", "title", "jurisdiction", "sample", "year", "decision", "effective", "replaces", "scale", "rounding", "rescaling",
         "ranking", "groups", "inputs", "sections", "bonus", "deductions", "classes", "caps", "eligibility", "deadline", "late"];

    private readonly List<CriteriaProblem> _problems = [];
    private readonly YamlFields _y;
    private readonly SourceMap _map;
    private readonly Dictionary<string, InputType> _inputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _itemCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _formulaCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codeLines = new(StringComparer.Ordinal);

    private CriteriaReader(string file)
    {
        _y = new YamlFields(file, _problems);
        _map = new SourceMap(file);
    }

    /// <summary>Reads criteria text; <paramref name="file"/> names it in messages. Never throws on bad input.</summary>
    public static ReadResult Read(string text, string file)
    {
        var reader = new CriteriaReader(file);
        var version = reader.ReadText(text);
        return new ReadResult(version, reader._map, reader._problems);
    }

    private CriteriaVersion? ReadText(string text)
    {
        if (text.Length > MaxLength)
        {
            _problems.Add(new CriteriaProblem(_map.File, 1, 1, $"Tệp tiêu chí quá lớn: {text.Length} ký tự, tối đa {MaxLength}."));
            return null;
        }
        if (YamlSyntax.TabIndent(text) is { } tab)
        {
            _problems.Add(new CriteriaProblem(_map.File, tab.Line, tab.Column, YamlSyntax.TabMessage));
            return null;
        }
        YamlNode root;
        try
        {
            if (!CheckEvents(text))
            {
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
            {
                _problems.Add(new CriteriaProblem(_map.File, 1, 1, "Tệp tiêu chí phải chứa đúng một tài liệu YAML."));
                return null;
            }
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var (line, column, message) = YamlSyntax.Explain(e, text);
            _problems.Add(new CriteriaProblem(_map.File, line, column, message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed brackets, with no place.
            var (line, column, message) = YamlSyntax.Unplaced(text);
            _problems.Add(new CriteriaProblem(_map.File, line, column, message));
            return null;
        }
        var map = _y.Map(root, "tệp tiêu chí", RootKeys);
        return map is null ? null : ReadVersion(map);
    }

    /// <summary>Refuses anchors and aliases (no alias bombs) and overly deep nesting before building the tree.</summary>
    private bool CheckEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            {
                _problems.Add(new CriteriaProblem(_map.File, (int)current.Start.Line, (int)current.Start.Column,
                    "Không dùng neo và tham chiếu YAML (&, *) trong tệp tiêu chí: hãy viết đầy đủ từng mục."));
                return false;
            }
            depth += current.NestingIncrease;
            if (depth > 32)
            {
                _problems.Add(new CriteriaProblem(_map.File, (int)current.Start.Line, (int)current.Start.Column, "Tệp lồng nhau quá sâu."));
                return false;
            }
        }
        return true;
    }

    private CriteriaVersion? ReadVersion(YamlMap root)
    {
        const string what = "tệp tiêu chí";
        var id = _y.Text(root, "id", what, true);
        if (id is not null && !IsCode(id))
        {
            _y.Error(root.Fields["id"], $"Mã phiên bản \"{id}\" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ mau-2024.");
        }
        var identity = new VersionIdentity(
            id ?? "",
            _y.Text(root, "title", what, true) ?? "",
            _y.Text(root, "jurisdiction", what, false),
            null, null, null, null,
            _y.Text(root, "replaces", what, false),
            _y.Flag(root, "sample", what),
            ReadYear(root));
        identity = ReadDates(root, identity);
        var scale = _y.Number(root, "scale", what, true, positive: true) ?? 100m;
        Place("scale", root, "scale");
        ReadInputs(root);
        PreScanItems(root);
        var groups = ReadGroups(root);
        var sections = ReadSections(root);
        var bonus = ReadBlock(root, "bonus", ItemRole.Bonus);
        var deductions = ReadBlock(root, "deductions", ItemRole.Deduction);
        var classes = ReadClasses(root);
        var caps = ReadConditions(root, "caps", isCap: true);
        var eligibility = ReadConditions(root, "eligibility", isCap: false);
        var inputs = ReadInputDeclarations(root);
        return new CriteriaVersion(identity, scale, groups, inputs, sections, bonus, deductions, classes, caps, eligibility,
            ReadRounding(root), ReadRescaling(root), ReadRanking(root), ReadSubmissionPolicy(root));
    }

    private void Place(string key, YamlMap map, string field)
    {
        var node = map.Fields.GetValueOrDefault(field) ?? map.Node;
        _map.Add(key, (int)node.Start.Line, (int)node.Start.Column);
    }

    /// <summary>Records a code's place; reports a duplicate (with the first line) and returns false.</summary>
    private bool Claim(string key, YamlNode node, string what)
    {
        var line = (int)node.Start.Line;
        if (_codeLines.TryGetValue(key, out var first))
        {
            _y.Error(node, $"{what} bị trùng (đã dùng ở dòng {first}).");
            return false;
        }
        _codeLines[key] = line;
        _map.Add(key, line, (int)node.Start.Column);
        return true;
    }

    private static bool IsCode(string text) => text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsIdentifier(string text) =>
        text.Length is > 0 and <= 64 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && text is not ("tong_diem" or "true" or "false" or "and" or "or" or "not") && !ExpressionParser.Functions.Contains(text);
}
