using Scoring.Engine.Criteria;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>The who-and-when of a version (its year, decision and effective period) and its groups, each with its own scale
/// and rescaling where the decision gives one.</summary>
public sealed partial class CriteriaReader
{
    /// <summary>The assessment year: a whole number from 2000 to 2100.</summary>
    private int? ReadYear(YamlMap root)
    {
        if (_y.Number(root, "year", "tệp tiêu chí (năm đánh giá, ví dụ 2026)", false) is not { } year)
        {
            return null;
        }
        if (year != decimal.Truncate(year) || year < 2000 || year > 2100)
        {
            _y.Error(root.Fields["year"], $"\"year\" (năm đánh giá) phải là một năm từ 2000 đến 2100, ví dụ 2026, nhưng là {year}.");
            return null;
        }
        Place("year", root, "year");
        return (int)year;
    }

    private VersionIdentity ReadDates(YamlMap root, VersionIdentity identity)
    {
        if (root.Fields.TryGetValue("decision", out var decisionNode) && _y.Map(decisionNode, "decision", "number", "date") is { } decision)
        {
            identity = identity with { DecisionNumber = _y.Text(decision, "number", "decision", false), DecisionDate = _y.Date(decision, "date", "decision") };
        }
        if (root.Fields.TryGetValue("effective", out var effectiveNode) && _y.Map(effectiveNode, "effective", "from", "to") is { } effective)
        {
            identity = identity with { EffectiveFrom = _y.Date(effective, "from", "effective"), EffectiveTo = _y.Date(effective, "to", "effective") };
            if (identity.EffectiveFrom > identity.EffectiveTo)
            {
                _y.Error(effectiveNode, "Ngày hết hiệu lực (to) phải sau ngày bắt đầu hiệu lực (from).");
            }
        }
        return identity;
    }

    private List<Group> ReadGroups(YamlMap root)
    {
        var groups = new List<Group>();
        foreach (var node in _y.List(root, "groups", "tệp tiêu chí", true))
        {
            if (_y.Map(node, "khối (groups)", "code", "name", "scale", "rescaling", "classes") is not { } g)
            {
                continue;
            }
            var code = _y.Text(g, "code", "khối", true);
            var name = _y.Text(g, "name", "khối", true);
            if (code is null || name is null)
            {
                continue;
            }
            var scale = _y.Number(g, "scale", $"khối {code}", false, positive: true);
            RescalingPolicy? rescaling = _y.Text(g, "rescaling", $"khối {code}", false) switch
            {
                null => null,
                "none" => RescalingPolicy.None,
                "proportional" => RescalingPolicy.Proportional,
                var other => RefuseRescaling(g.Fields["rescaling"], $"Cách quy đổi \"{other}\" của khối {code} không hợp lệ: cần none hoặc proportional."),
            };
            var classes = ReadGroupClasses(g, code);
            if (Claim("group:" + code, node, $"Mã khối \"{code}\""))
            {
                Place("group-scale:" + code, g, "scale");
                groups.Add(new Group(code, name, scale, rescaling, classes));
            }
        }
        return groups;
    }

    private RescalingPolicy? RefuseRescaling(YamlNode node, string message)
    {
        _y.Error(node, message);
        return null;
    }
}
