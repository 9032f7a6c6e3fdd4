using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Scoring.Rules.Tests.Generators;

/// <summary>Generates valid criteria files of random shape (sections, items of every kind, bonus, caps, rounding) as YAML text.</summary>
public static class VersionGen
{
    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>One item's YAML (as a flow mapping) and its maximum.</summary>
    private static Gen<(string Yaml, decimal Max)> Item(string code) =>
        Gen.Choose(0, 6).SelectMany(kind => Gen.Choose(1, 8).SelectMany(n => Gen.Choose(0, 1_000_000).Select(r =>
        {
            var rnd = new Random(r);
            var head = $"code: {code}, title: \"Tiêu chí {code}\"";
            switch (kind)
            {
                // yes-no: max in halves
                case 0:
                    return ($"{{ {head}, max: {D(n * 0.5m)}, kind: yes-no }}", n * 0.5m);
                // judgment: max a multiple of its step
                case 1:
                    var step = new[] { 0.25m, 0.5m, 1m }[rnd.Next(3)];
                    return ($"{{ {head}, max: {D(n * step)}, kind: judgment, step: {D(step)} }}", n * step);
                // tiers: 1 to 3 tiers starting at 0, points rising with the percentage, top tier = max
                case 2:
                    var froms = new[] { 0 }.Concat(Enumerable.Range(0, rnd.Next(3)).Select(_ => rnd.Next(1, 100))).Distinct().Order().ToList();
                    var tiers = froms.Select((f, k) => $"{{ from: {f}, points: {D(n * (k + 1) / (decimal)froms.Count)} }}");
                    return ($"{{ {head}, max: {n}, kind: tiers, tiers: [ {string.Join(", ", tiers)} ] }}", n);
                // levels: the first level reaches the max, the others less
                case 3:
                    var levels = Enumerable.Range(0, rnd.Next(1, 4)).Select(k => $"{{ code: m{k}, name: \"Mức {k}\", max: {D(Math.Max(0.5m, n - k) )} }}");
                    return ($"{{ {head}, max: {n}, kind: levels, step: 0.5, levels: [ {string.Join(", ", levels)} ] }}", n);
                // count x unit, capped
                case 4:
                    return ($"{{ {head}, max: {n}, kind: count, unit: {D(new[] { 0.25m, 0.5m, 1m, 2m }[rnd.Next(4)])} }}", n);
                // deduct-per occurrence, floored at 0
                case 5:
                    return ($"{{ {head}, max: {n}, kind: deduct-per, per: {D(new[] { 0.5m, 1m, 2m }[rnd.Next(3)])} }}", n);
                // formula over the inputs
                default:
                    var formula = rnd.Next(2) == 0 ? $"min(so_lan * 0.75, {n})" : $"if(co_mo_hinh, {n}, round(so_lan / 3, 2))";
                    return ($"{{ {head}, max: {n}, kind: formula, formula: \"{formula}\" }}", (decimal)n);
            }
        })));

    private static Gen<(string Yaml, decimal Max)> Section(int index) => index == 3 ? Superior(index) : Ordinary(index);

    /// <summary>A third section, when there is one, is the superior level's (awarded-by: superior): one judgment item staff enter.</summary>
    private static Gen<(string Yaml, decimal Max)> Superior(int index) =>
        Gen.Choose(1, 20).Select(n => ($"  - code: S{index}\n    title: \"Mục {index} do cấp trên đánh giá\"\n    max: {D(n * 0.5m)}\n    awarded-by: superior\n"
            + $"    items:\n      - {{ code: S{index}.1, title: \"Tiêu chí S{index}.1\", max: {D(n * 0.5m)}, kind: judgment, step: 0.5 }}\n", n * 0.5m));

    private static Gen<(string Yaml, decimal Max)> Ordinary(int index) =>
        Gen.Choose(1, 4).SelectMany(count => Gen.CollectToList(Enumerable.Range(1, count).Select(k => Item($"S{index}.{k}")))).Select(items =>
        {
            var max = items.Sum(i => i.Max);
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"  - code: S{index}\n    title: \"Mục {index}\"\n    max: {D(max)}\n    items:\n");
            foreach (var (yaml, _) in items)
            {
                sb.Append("      - ").Append(yaml).Append('\n');
            }
            return (sb.ToString(), max);
        });

    /// <summary>A whole valid criteria file.</summary>
    public static Gen<string> Yaml() =>
        Gen.Choose(1, 3).SelectMany(n => Gen.CollectToList(Enumerable.Range(1, n).Select(Section))).SelectMany(sections =>
            Gen.Elements("", "rounding: { mode: half-up, total: 0.01 }\n", "rounding: { mode: down, item: 0.25, section: 0.5, total: 1 }\n")
                .SelectMany(rounding => Gen.Elements("competition", "dense").SelectMany(method => Gen.Choose(0, 2).Select(own =>
                {
                    // The group on the version's scale; on its own smaller scale, not rescaled; or on its own scale rescaled to the version's.
                    var sum = sections.Sum(s => s.Max);
                    var scale = own == 0 ? sum : sum + 10;
                    var group = own switch
                    {
                        0 => "",
                        // its own scale, not rescaled, classified on its own thresholds (a decision's per-group bands)
                        1 => $", scale: {D(sum)}, classes: [ {{ name: Tốt, from: {D(sum * 0.9m)} }}, {{ name: Khá, from: {D(sum * 0.7m)}, to: {D(sum * 0.9m)} }}, "
                            + $"{{ name: Yếu, from: 0, to: {D(sum * 0.7m)} }} ]",
                        _ => $", scale: {D(sum)}, rescaling: proportional",
                    };
                    var sb = new StringBuilder();
                    sb.Append(CultureInfo.InvariantCulture, $"""
                        id: sinh-ngau-nhien
                        title: "Bộ tiêu chí sinh ngẫu nhiên"
                        sample: true
                        scale: {D(scale)}
                        ranking: {"{"} method: {method}, within: group {"}"}
                        groups: [ {"{"} code: g, name: "Khối"{group} {"}"} ]
                        inputs:
                          - {"{"} code: so_lan, title: "Số lần", type: count, default: 0 {"}"}
                          - {"{"} code: co_mo_hinh, title: "Có mô hình", type: yes-no, default: 0 {"}"}
                        sections:

                        """);
                    foreach (var (yaml, _) in sections)
                    {
                        sb.Append(yaml);
                    }
                    sb.Append(CultureInfo.InvariantCulture, $"""
                        bonus:
                          max: 1.5
                          items:
                            - {"{"} code: T.1, title: "Thưởng", max: 2, kind: count, unit: 1 {"}"}
                        classes:
                          - {"{"} name: Tốt, from: {D(scale * 0.9m)} {"}"}
                          - {"{"} name: Khá, from: {D(scale * 0.7m)}, to: {D(scale * 0.9m)} {"}"}
                          - {"{"} name: Yếu, from: 0, to: {D(scale * 0.7m)} {"}"}
                        caps:
                          - {"{"} when: "so_lan >= 5 and not co_mo_hinh", at-most: Khá, reason: "Nhiều vi phạm" {"}"}

                        """);
                    return sb.Append(rounding).ToString();
                }))));
}
