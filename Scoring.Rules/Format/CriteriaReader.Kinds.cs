using Scoring.Engine.Kinds;

namespace Scoring.Rules.Format;

/// <summary>The list-shaped kind parameters: tiers and levels.</summary>
public sealed partial class CriteriaReader
{
    private TiersKind? ReadTiers(YamlMap m, string what, string? code)
    {
        var tiers = new List<Tier>();
        var ok = true;
        foreach (var (node, index) in _y.List(m, "tiers", what, true).Select((n, i) => (n, i)))
        {
            if (_y.Map(node, $"mức tỷ lệ của {what}", "from", "to", "points") is not { } t)
            {
                ok = false;
                continue;
            }
            var from = _y.Number(t, "from", $"mức tỷ lệ của {what}", true);
            var to = _y.Number(t, "to", $"mức tỷ lệ của {what}", false);
            var points = _y.Number(t, "points", $"mức tỷ lệ của {what}", true);
            if (from is null || points is null)
            {
                ok = false;
                continue;
            }
            _map.Add($"tier:{code}:{index}", (int)node.Start.Line, (int)node.Start.Column);
            tiers.Add(new Tier(from.Value, to, points.Value));
        }
        return ok && tiers.Count > 0 ? new TiersKind(tiers) : null;
    }

    private LevelsKind? ReadLevels(YamlMap m, string what, string? code)
    {
        var step = _y.Number(m, "step", what, true, positive: true);
        var levels = new List<Level>();
        var ok = true;
        foreach (var (node, index) in _y.List(m, "levels", what, true).Select((n, i) => (n, i)))
        {
            if (_y.Map(node, $"mức của {what}", "code", "name", "max") is not { } l)
            {
                ok = false;
                continue;
            }
            var levelCode = _y.Text(l, "code", $"mức của {what}", true);
            var name = _y.Text(l, "name", $"mức của {what}", true);
            var max = _y.Number(l, "max", $"mức của {what}", true);
            if (levelCode is null || name is null || max is null)
            {
                ok = false;
                continue;
            }
            _map.Add($"level:{code}:{index}", (int)node.Start.Line, (int)node.Start.Column);
            levels.Add(new Level(levelCode, name, max.Value));
        }
        return ok && step is not null && levels.Count > 0 ? new LevelsKind(levels, step.Value) : null;
    }
}
