using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;
using Scoring.Rules.Expressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>Class bands, caps, eligibility conditions and expressions.</summary>
public sealed partial class CriteriaReader
{
    private List<ClassBand> ReadClasses(YamlMap root)
    {
        Place("classes", root, "classes");
        // Optional: a version without classes scores and ranks only.
        return ReadBands(root, "tệp tiêu chí", "class:", quotas: true);
    }

    /// <summary>A group's own thresholds for the version's classes (<c>classes</c> in the group), or null when it has none.</summary>
    private List<ClassBand>? ReadGroupClasses(YamlMap group, string code)
    {
        if (!group.Fields.ContainsKey("classes"))
        {
            return null;
        }
        Place("group-classes:" + code, group, "classes");
        return ReadBands(group, $"khối {code}", $"group-class:{code}:", quotas: false);
    }

    private List<ClassBand> ReadBands(YamlMap owner, string what, string prefix, bool quotas)
    {
        var classes = new List<ClassBand>();
        foreach (var node in _y.List(owner, "classes", what, false))
        {
            var keys = quotas ? new[] { "name", "from", "to", "quota" } : ["name", "from", "to"];
            if (_y.Map(node, "xếp loại (classes)" + (quotas ? "" : $" của {what}"), keys) is not { } c)
            {
                continue;
            }
            var name = _y.Text(c, "name", "xếp loại", true);
            var from = _y.Number(c, "from", $"xếp loại {name}", true);
            var to = _y.Number(c, "to", $"xếp loại {name}", false);
            if (name is null || from is null || !Claim(prefix + name, node, $"Tên xếp loại \"{name}\"" + (quotas ? "" : $" của {what}")))
            {
                continue;
            }
            classes.Add(new ClassBand(name, from.Value, to, quotas ? ReadQuota(c, name) : null));
        }
        return classes;
    }

    /// <summary>A class's quota: <c>quota: { percent: 20, of: "Hoàn thành tốt nhiệm vụ", ties: out }</c> or <c>{ count: 3 }</c>.</summary>
    private ClassQuota? ReadQuota(YamlMap band, string name)
    {
        if (!band.Fields.TryGetValue("quota", out var node) || _y.Map(node, $"chỉ tiêu (quota) của xếp loại {name}", "percent", "count", "of", "ties") is not { } q)
        {
            return null;
        }
        var what = $"chỉ tiêu của xếp loại {name}";
        Place("quota:" + name, band, "quota");
        var percent = _y.Number(q, "percent", what, false);
        var count = _y.Number(q, "count", what, false);
        if ((percent is null) == (count is null))
        {
            _y.Error(node, $"Chỉ tiêu của xếp loại {name} cần đúng một trong hai: percent (tỷ lệ phần trăm, ví dụ percent: 20) hoặc count (số đơn vị, ví dụ count: 3).");
            return null;
        }
        if (percent is > 100m)
        {
            _y.Error(q.Fields["percent"], $"Tỷ lệ chỉ tiêu của xếp loại {name} phải từ 0 đến 100 (phần trăm), nhưng là {percent}.");
            return null;
        }
        if (count is { } n && n != decimal.Truncate(n))
        {
            _y.Error(q.Fields["count"], $"Số đơn vị tối đa của xếp loại {name} phải là số nguyên, nhưng là {n}.");
            return null;
        }
        var of = _y.Text(q, "of", what, false);
        var ties = _y.Text(q, "ties", what, false) ?? "out";
        if (ties is not ("in" or "out"))
        {
            _y.Error(q.Fields["ties"], $"Cách xử lý đồng điểm ở ranh giới chỉ tiêu \"{ties}\" không hợp lệ: cần in (giữ tất cả đơn vị đồng điểm) hoặc out (chuyển tất cả xuống).");
        }
        return new ClassQuota(percent, count is { } c ? (int)c : null, of is null or "group" or "all" ? null : of, of == "all", ties == "in");
    }

    private List<ConditionRule> ReadConditions(YamlMap root, string key, bool isCap)
    {
        var rules = new List<ConditionRule>();
        var what = isCap ? "giới hạn xếp loại (caps)" : "điều kiện xếp loại (eligibility)";
        var context = new ExpressionContext(_inputs, _itemCodes, _formulaCodes, null, AllowTotal: true);
        foreach (var (node, index) in _y.List(root, key, "tệp tiêu chí", false).Select((n, i) => (n, i)))
        {
            var keys = isCap ? new[] { "code", "when", "at-most", "reason" } : ["code", "when", "reason"];
            if (_y.Map(node, what, keys) is not { } c)
            {
                continue;
            }
            var code = _y.Text(c, "code", what, false) ?? $"{key}-{index + 1}";
            var when = _y.Text(c, "when", what, true);
            var atMost = isCap ? _y.Text(c, "at-most", what, true) : null;
            var reason = _y.Text(c, "reason", what, true);
            var expr = when is null ? null : ParseExpression(when, c.Fields["when"], ExprType.Condition, context, $"{what} {code}");
            var ruleKey = (isCap ? "cap:" : "eligibility:") + code;
            if (expr is null || reason is null || (isCap && atMost is null) || !Claim(ruleKey, node, $"Mã \"{code}\" của {what}"))
            {
                continue;
            }
            if (isCap)
            {
                Place("atmost:" + code, c, "at-most");
            }
            rules.Add(new ConditionRule(code, ExprPrinter.Print(expr), expr, atMost, reason, isCap));
        }
        return rules;
    }

    private Expr? ParseExpression(string text, YamlNode node, ExprType expected, ExpressionContext context, string what)
    {
        var expr = ExpressionParser.Parse(text, expected, context, out var errors);
        var offset = node is YamlScalarNode { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } ? 1 : 0;
        foreach (var error in errors)
        {
            _problems.Add(new CriteriaProblem(_map.File, (int)node.Start.Line, (int)node.Start.Column + offset + error.Column - 1,
                $"Biểu thức của {what} \"{text}\": {error.Message}"));
        }
        return expr;
    }
}
