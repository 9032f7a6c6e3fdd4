using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Rules.Expressions;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>Sections, items and their scoring kinds.</summary>
public sealed partial class CriteriaReader
{
    private static readonly string[] ItemKeys =
        ["code", "title", "max", "kind", "step", "tiers", "levels", "unit", "per", "formula", "evidence", "applies-to", "may-be-not-applicable", "replaces"];

    private static readonly Dictionary<string, string[]> KindKeys = new(StringComparer.Ordinal)
    {
        ["yes-no"] = [],
        ["judgment"] = ["step"],
        ["tiers"] = ["tiers"],
        ["levels"] = ["levels", "step"],
        ["count"] = ["unit"],
        ["deduct-per"] = ["per"],
        ["formula"] = ["formula"],
    };

    /// <summary>Collects every item code (and which are formulas) so expressions can be checked wherever they appear.</summary>
    private void PreScanItems(YamlMap root)
    {
        var lists = new List<YamlNode>();
        if (root.Fields.GetValueOrDefault("sections") is YamlSequenceNode sections)
        {
            lists.AddRange(sections.Children.OfType<YamlMappingNode>().Select(s => Child(s, "items")).OfType<YamlNode>());
        }
        foreach (var block in new[] { "bonus", "deductions" })
        {
            if (root.Fields.GetValueOrDefault(block) is YamlMappingNode b && Child(b, "items") is { } items)
            {
                lists.Add(items);
            }
        }
        foreach (var item in lists.OfType<YamlSequenceNode>().SelectMany(l => l.Children).OfType<YamlMappingNode>())
        {
            if (Child(item, "code") is YamlScalarNode { Value: { } code })
            {
                _itemCodes.Add(code.Trim());
                if (Child(item, "kind") is YamlScalarNode { Value: "formula" })
                {
                    _formulaCodes.Add(code.Trim());
                }
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private List<Section> ReadSections(YamlMap root)
    {
        var sections = new List<Section>();
        foreach (var node in _y.List(root, "sections", "tệp tiêu chí", true))
        {
            if (_y.Map(node, "mục (sections)", "code", "title", "max", "applies-to", "awarded-by", "items") is not { } s)
            {
                continue;
            }
            var code = _y.Text(s, "code", "mục", true);
            var what = $"mục {code}";
            var title = _y.Text(s, "title", what, true);
            var max = _y.Number(s, "max", what, true, positive: true);
            var appliesTo = _y.Codes(s, "applies-to", what);
            var awardedBy = _y.Text(s, "awarded-by", what, false);
            if (awardedBy is not null and not "superior")
            {
                _y.Error(s.Fields["awarded-by"], $"\"awarded-by\" trong {what} chỉ nhận giá trị superior (điểm do cấp trên đánh giá).");
            }
            if (appliesTo.Count > 0)
            {
                Place("applies:section:" + code, s, "applies-to");
            }
            var items = new List<Item>();
            foreach (var itemNode in _y.List(s, "items", what, true))
            {
                if (ReadItem(itemNode, ItemRole.Tree, code) is { } item)
                {
                    items.Add(awardedBy == "superior" ? item with { AwardedBySuperior = true } : item);
                }
            }
            if (code is null || title is null || max is null || !Claim("section:" + code, node, $"Mã mục \"{code}\""))
            {
                continue;
            }
            sections.Add(new Section(code, title, max.Value, appliesTo, awardedBy == "superior", items));
        }
        return sections;
    }

    private PointBlock ReadBlock(YamlMap root, string key, ItemRole role)
    {
        if (!root.Fields.TryGetValue(key, out var node) || _y.Map(node, key, "max", "items") is not { } b)
        {
            return PointBlock.Empty;
        }
        Place(key, root, key);
        var max = _y.Number(b, "max", key, true) ?? 0m;
        var items = new List<Item>();
        foreach (var itemNode in _y.List(b, "items", key, true))
        {
            if (ReadItem(itemNode, role, null) is { } item)
            {
                items.Add(item);
            }
        }
        return new PointBlock(max, items);
    }

    private Item? ReadItem(YamlNode node, ItemRole role, string? section)
    {
        if (_y.Map(node, "tiêu chí (items)", ItemKeys) is not { } m)
        {
            return null;
        }
        var code = _y.Text(m, "code", "tiêu chí", true);
        var what = $"tiêu chí {code}";
        var title = _y.Text(m, "title", what, true);
        var max = _y.Number(m, "max", what, true, positive: true);
        var evidence = _y.Text(m, "evidence", what, false);
        if (evidence is not null and not ("required" or "optional"))
        {
            _y.Error(m.Fields["evidence"], $"\"evidence\" trong {what} chỉ nhận required hoặc optional.");
        }
        var appliesTo = _y.Codes(m, "applies-to", what);
        var mayBeNa = _y.Flag(m, "may-be-not-applicable", what);
        var replaces = _y.Codes(m, "replaces", what);
        var kind = ReadKind(m, what, code, max ?? 0m);
        if (code is null || title is null || max is null || kind is null || !Claim("item:" + code, node, $"Mã tiêu chí \"{code}\""))
        {
            return null;
        }
        if (mayBeNa)
        {
            Place("na:" + code, m, "may-be-not-applicable");
        }
        if (appliesTo.Count > 0)
        {
            Place("applies:item:" + code, m, "applies-to");
        }
        Place("kind:" + code, m, "kind");
        return new Item(code, title, max.Value, kind, role, section, appliesTo, mayBeNa, evidence == "required", replaces.Count > 0 ? replaces : null);
    }

    private ItemKind? ReadKind(YamlMap m, string what, string? code, decimal max)
    {
        var kind = _y.Text(m, "kind", what, true);
        if (kind is null)
        {
            return null;
        }
        if (!KindKeys.TryGetValue(kind, out var keys))
        {
            _y.Error(m.Fields["kind"], $"Loại chấm điểm \"{kind}\" của {what} không hợp lệ: cần một trong {string.Join(", ", KindKeys.Keys)}.");
            return null;
        }
        foreach (var key in KindKeys.Values.SelectMany(k => k).Distinct().Where(k => m.Has(k) && !keys.Contains(k)))
        {
            _y.Error(m.Fields[key], $"Khóa \"{key}\" không dùng cho loại \"{kind}\" ({what}).");
        }
        switch (kind)
        {
            case "yes-no":
                return new YesNoKind();
            case "judgment":
                return _y.Number(m, "step", what, true, positive: true) is { } step ? new JudgmentKind(step) : null;
            case "count":
                return _y.Number(m, "unit", what, true, positive: true) is { } unit ? new CountKind(unit) : null;
            case "deduct-per":
                return _y.Number(m, "per", what, true, positive: true) is { } per ? new DeductPerKind(per) : null;
            case "tiers":
                return ReadTiers(m, what, code);
            case "levels":
                return ReadLevels(m, what, code);
            default:
                var source = _y.Text(m, "formula", what, true);
                if (source is null)
                {
                    return null;
                }
                var context = new ExpressionContext(_inputs, _itemCodes, _formulaCodes, code, AllowTotal: false);
                var expr = ParseExpression(source, m.Fields["formula"], ExprType.Number, context, what);
                return expr is null ? null : new FormulaKind(ExprPrinter.Print(expr), expr);
        }
    }


}
